import type { Locale } from '@gridcase/forms';
import type { HTMLAttributes, ReactNode, Ref } from 'react';
import '../styles.css';
import { useGridcase } from '../provider/useGridcase';
import { type GridcaseTheme, themeToCssVars } from '../theme/theme';

export interface GcRootProps extends HTMLAttributes<HTMLElement> {
  locale?: Locale;
  theme?: GridcaseTheme;
  as?: 'div' | 'section';
  ref?: Ref<HTMLElement>;
  children?: ReactNode;
}

/**
 * The root element of every gridcase component: carries the `gc-root` class all styles are
 * scoped under, the `lang` attribute, and the theme's CSS variables.
 */
export function GcRoot({ locale, theme, as = 'div', className, style, ref, ...rest }: GcRootProps) {
  const ctx = useGridcase();
  // one element type for TypeScript; `section` and `div` take the same attributes
  const Tag = as as 'div';
  const vars = themeToCssVars({ ...ctx.theme, ...theme });
  return (
    <Tag
      {...rest}
      ref={ref as Ref<HTMLDivElement>}
      lang={locale ?? ctx.locale}
      className={className ? `gc-root ${className}` : 'gc-root'}
      style={{ ...vars, ...style }}
    />
  );
}
