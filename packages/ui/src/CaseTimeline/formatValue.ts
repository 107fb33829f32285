/** How a value shows in the "what changed" table: short, readable, never `[object Object]`. */
export function formatValue(
  value: unknown,
  texts: { empty: string; yes: string; no: string },
  max = 80,
): string {
  if (value === undefined || value === null || value === '') return texts.empty;
  if (Array.isArray(value) && value.length === 0) return texts.empty;
  if (typeof value === 'boolean') return value ? texts.yes : texts.no;
  if (typeof value === 'string' || typeof value === 'number') return cut(String(value), max);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return cut(value.join('、'), max);
  }
  return cut(JSON.stringify(value), max);
}

function cut(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}
