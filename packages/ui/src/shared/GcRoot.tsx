import type { Locale } from '@gridcase/forms';
import type { HTMLAttributes, ReactNode } from 'react';
import '../styles.css';
import { useGridcase } from '../provider/useGridcase';
import { type GridcaseTheme, themeToCssVars } from '../theme/theme';

export interface GcRootProps extends HTMLAttributes<HTMLElement> {
  locale?: Locale;
  theme?: GridcaseTheme;
  as?: 'div' | 'section';
  children?: ReactNode;
}

/**
 * The root element of every gridcase component: carries the `gc-root` class all styles are
 * scoped under, the `lang` attribute, and the theme's CSS variables.
 */
export function GcRoot({ locale, theme, as = 'div', className, style, ...rest }: GcRootProps) {
  const ctx = useGridcase();
  const Tag = as;
  const vars = themeToCssVars({ ...ctx.theme, ...theme });
  return (
    <Tag
      {...rest}
      lang={locale ?? ctx.locale}
      className={className ? `gc-root ${className}` : 'gc-root'}
      style={{ ...vars, ...style }}
    />
  );
}
