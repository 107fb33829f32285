import { describe, expect, it } from 'vitest';
import { themeToCssVars, themeVariables } from './theme';

describe('themeToCssVars', () => {
  it('maps tokens to --gc- variables and skips empty ones', () => {
    expect(themeToCssVars({ primary: '#b91c1c', radius: '0', danger: '' })).toEqual({
      '--gc-primary': '#b91c1c',
      '--gc-radius': '0',
    });
    expect(themeToCssVars(undefined)).toEqual({});
  });

  it('names only variables the stylesheet declares', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');
    for (const name of Object.values(themeVariables)) expect(css).toContain(`${name}:`);
  });
});
