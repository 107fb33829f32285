import type { LocalizedText } from '../types';

/** A set of messages keyed by a stable, dotted key (`form.required`). */
export type MessageCatalog = Readonly<Record<string, LocalizedText>>;

/**
 * Declares a message catalog. It returns its argument unchanged; its point is the type: keys stay
 * literal, so a translator built from it rejects unknown keys at compile time, and every entry
 * must carry both zh-CN and en.
 *
 * @example
 * ```ts
 * export const caseMessages = defineMessages({
 *   'case.overdue': { 'zh-CN': '已超期 {days} 个工作日', en: 'Overdue by {days} working days' },
 * });
 * ```
 */
export function defineMessages<const C extends Record<string, LocalizedText>>(catalog: C): C {
  return catalog;
}
