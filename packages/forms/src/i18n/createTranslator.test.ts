import { describe, expect, expectTypeOf, it } from 'vitest';
import { createTranslator } from './createTranslator';
import { defineMessages } from './defineMessages';

const base = defineMessages({
  'case.assigned': { 'zh-CN': '已指派给{name}', en: 'Assigned to {name}' },
  'case.overdue': { 'zh-CN': '已超期 {days} 个工作日', en: 'Overdue by {days} working days' },
  'case.draft': { 'zh-CN': '', en: 'Draft' },
});
const extra = defineMessages({
  'case.closed': { 'zh-CN': '已结案', en: 'Closed' },
  'case.assigned': { 'zh-CN': '已分派给{name}', en: 'Dispatched to {name}' },
});

describe('createTranslator', () => {
  it('speaks Chinese and English and interpolates named placeholders', () => {
    expect(createTranslator('zh-CN', base)('case.assigned', { name: '李民警' })).toBe(
      '已指派给李民警',
    );
    expect(createTranslator('en', base)('case.overdue', { days: 3 })).toBe(
      'Overdue by 3 working days',
    );
  });

  it('falls back to English when the Chinese text is empty', () => {
    expect(createTranslator('zh-CN', base)('case.draft')).toBe('Draft');
  });

  it('falls back to the key for an unknown key, and leaves unknown placeholders visible', () => {
    const t = createTranslator('zh-CN', base);
    expect(t('nope.missing' as never)).toBe('nope.missing');
    expect(t('case.assigned')).toBe('已指派给{name}');
    expect(t('case.assigned', { other: 'x' })).toBe('已指派给{name}');
  });

  it('merges catalogs, later ones overriding earlier ones', () => {
    const t = createTranslator('zh-CN', base, extra);
    expect(t('case.closed')).toBe('已结案');
    expect(t('case.assigned', { name: '王' })).toBe('已分派给王');
  });

  it('does not read inherited properties of params as values', () => {
    const t = createTranslator(
      'en',
      defineMessages({ x: { 'zh-CN': '{toString}', en: '{toString}' } }),
    );
    expect(t('x', {})).toBe('{toString}');
  });

  it('reports its locale and which keys it knows', () => {
    const t = createTranslator('en', base);
    expect(t.locale).toBe('en');
    expect(t.has('case.overdue')).toBe(true);
    expect(t.has('case.unknown')).toBe(false);
  });

  it('rejects a locale gridcase does not ship', () => {
    expect(() => createTranslator('fr' as never, base)).toThrow(/Unknown locale/);
  });

  it('types keys from the catalogs', () => {
    const t = createTranslator('zh-CN', base, extra);
    expectTypeOf(t)
      .parameter(0)
      .toEqualTypeOf<'case.assigned' | 'case.overdue' | 'case.draft' | 'case.closed'>();
    // @ts-expect-error an unknown key does not compile
    t('case.unknown');
  });
});
