import type { CSSProperties } from 'react';

/**
 * Theme tokens. Each maps to one CSS variable on the component root (`primary` ->
 * `--gc-primary`), so a host may equally set the variables in its own stylesheet on
 * `.gc-root`.
 */
export interface GridcaseTheme {
  primary?: string;
  primaryText?: string;
  text?: string;
  mutedText?: string;
  background?: string;
  surface?: string;
  border?: string;
  danger?: string;
  warning?: string;
  success?: string;
  focus?: string;
  radius?: string;
  fontFamily?: string;
  fontSize?: string;
}

const VARS: Record<keyof GridcaseTheme, string> = {
  primary: '--gc-primary',
  primaryText: '--gc-primary-text',
  text: '--gc-text',
  mutedText: '--gc-muted',
  background: '--gc-bg',
  surface: '--gc-surface',
  border: '--gc-border',
  danger: '--gc-danger',
  warning: '--gc-warning',
  success: '--gc-success',
  focus: '--gc-focus',
  radius: '--gc-radius',
  fontFamily: '--gc-font',
  fontSize: '--gc-font-size',
};

/**
 * Turns theme tokens into the inline CSS variables a component root carries.
 *
 * @example
 * ```ts
 * themeToCssVars({ primary: '#b91c1c' }); // { '--gc-primary': '#b91c1c' }
 * ```
 */
export function themeToCssVars(theme: GridcaseTheme | undefined): CSSProperties {
  const style: Record<string, string> = {};
  for (const key of Object.keys(theme ?? {}) as (keyof GridcaseTheme)[]) {
    const value = theme?.[key];
    if (value && VARS[key]) style[VARS[key]] = value;
  }
  return style as CSSProperties;
}

/** The CSS variable name of each token (for docs and tests). */
export const themeVariables: Readonly<Record<keyof GridcaseTheme, string>> = VARS;
