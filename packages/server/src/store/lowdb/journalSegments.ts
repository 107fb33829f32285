import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Journal segments live in `<dir>/journal/` as `00000001.jsonl`, `00000002.jsonl`, ... */
export const JOURNAL_DIR = 'journal';

/**
 * The path of segment `n`.
 *
 * @example
 * ```ts
 * segmentPath('/data', 3); // '/data/journal/00000003.jsonl'
 * ```
 */
export function segmentPath(dir: string, n: number): string {
  return join(dir, JOURNAL_DIR, `${String(n).padStart(8, '0')}.jsonl`);
}

/**
 * The segment numbers present (regular files only), ascending.
 *
 * @example
 * ```ts
 * await listSegments('/data'); // [1, 2, 3]
 * ```
 */
export async function listSegments(dir: string): Promise<number[]> {
  const entries = await readdir(join(dir, JOURNAL_DIR), { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => /^(\d{8})\.jsonl$/.exec(entry.name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}
