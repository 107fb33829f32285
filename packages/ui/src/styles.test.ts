import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Every selector of a stylesheet, comments and at-rule preludes left out. */
function selectors(css: string): string[] {
  const body = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  for (const m of body.matchAll(/([^{}]+)\{[^{}]*\}/g)) {
    for (const s of (m[1] ?? '').split(',')) out.push(s.trim());
  }
  return out;
}

describe('styles.css', () => {
  const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');

  it('scopes every rule under .gc-root so nothing leaks into the host page', () => {
    const all = selectors(css);
    expect(all.length).toBeGreaterThan(20);
    const leaking = all.filter((s) => !/^\.gc-root(?![\w-])/.test(s));
    expect(leaking).toEqual([]);
  });

  it('has no @import, :root or global at-rules that would reach outside the components', () => {
    expect(css).not.toMatch(/@import|:root|@font-face/);
  });
});

describe('styles.css next to the forms renderer', () => {
  it('uses no class name the forms renderer styles, so neither restyles the other', async () => {
    const { schemaFormCss } = await import('@gridcase/forms/react');
    const classes = (css: string) => new Set(css.match(/\.gc-[\w-]+/g) ?? []);
    const ours = classes(readFileSync(new URL('./styles.css', import.meta.url), 'utf8'));
    const theirs = classes(schemaFormCss);
    theirs.delete('.gc-form'); // we theme the form on purpose: `.gc-root .gc-form`
    expect([...ours].filter((c) => theirs.has(c))).toEqual([]);
  });
});
