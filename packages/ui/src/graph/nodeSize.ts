const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Roughly how wide text is at 14px: CJK characters ~14px, others ~7.5px. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += CJK.test(ch) ? 14 : 7.5;
  return w;
}

/**
 * The box a stage needs for its title and one line of details, within sensible bounds.
 *
 * @example
 * ```ts
 * nodeSize('组织调解', '5 个工作日 · 人民调解员'); // { width: 190, height: 64 }
 * ```
 */
export function nodeSize(title: string, details = ''): { width: number; height: number } {
  const content = Math.max(textWidth(title), textWidth(details) * 0.85);
  return {
    width: Math.round(Math.min(260, Math.max(120, content + 36))),
    height: details ? 64 : 48,
  };
}
