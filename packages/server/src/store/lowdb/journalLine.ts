import { crc32 } from 'node:zlib';

const PREFIX = '{"c":"';
const MIDDLE = '","o":';
/** Bytes before the op JSON: `{"c":"` + 8 hex digits + `","o":`. */
const HEAD = PREFIX.length + 8 + MIDDLE.length;
const NEWLINE = 0x0a;

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/**
 * One journal line: still plain JSON Lines (`{"c":"<crc32>","o":<op>}` and a newline), where
 * `c` is the CRC-32 of the op's UTF-8 bytes. A torn or bit-flipped line fails the check.
 *
 * @example
 * ```ts
 * encodeJournalLine('{"n":1,"t":"audit"}'); // '{"c":"1a2b3c4d","o":{"n":1,"t":"audit"}}\n'
 * ```
 */
export function encodeJournalLine(opJson: string): Buffer {
  const op = Buffer.from(opJson, 'utf8');
  return Buffer.concat([
    Buffer.from(`${PREFIX}${hex8(crc32(op))}${MIDDLE}`, 'latin1'),
    op,
    Buffer.from('}\n', 'latin1'),
  ]);
}

/**
 * The op JSON of one line (without its newline), or `undefined` when the line is not a whole,
 * checksum-true journal line.
 *
 * @example
 * ```ts
 * decodeJournalLine(buffer.subarray(start, end)); // '{"n":1,...}' or undefined
 * ```
 */
export function decodeJournalLine(line: Buffer): string | undefined {
  const end = line.length > 0 && line[line.length - 1] === NEWLINE ? line.length - 1 : line.length;
  if (end < HEAD + 1 || line.toString('latin1', 0, PREFIX.length) !== PREFIX) return undefined;
  if (line.toString('latin1', PREFIX.length + 8, HEAD) !== MIDDLE || line[end - 1] !== 0x7d)
    return undefined;
  const op = line.subarray(HEAD, end - 1);
  if (hex8(crc32(op)) !== line.toString('latin1', PREFIX.length, PREFIX.length + 8))
    return undefined;
  return op.toString('utf8');
}

/**
 * Splits a segment's bytes into lines, each ending at a newline; a last piece without one is
 * returned as `tail` (a torn write).
 *
 * @example
 * ```ts
 * const { lines, tail } = splitLines(await readFile(segmentPath));
 * ```
 */
export function splitLines(bytes: Buffer): {
  lines: Array<{ off: number; line: Buffer }>;
  tail?: number;
} {
  const lines: Array<{ off: number; line: Buffer }> = [];
  let off = 0;
  while (off < bytes.length) {
    const nl = bytes.indexOf(NEWLINE, off);
    if (nl < 0) return { lines, tail: off };
    lines.push({ off, line: bytes.subarray(off, nl + 1) });
    off = nl + 1;
  }
  return { lines };
}
