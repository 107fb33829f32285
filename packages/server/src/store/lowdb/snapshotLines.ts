import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';

const hex8 = (n: number) => n.toString(16).padStart(8, '0');
const FLUSH_AT = 1 << 20;

/**
 * Writes snapshot lines `<crc32> <kind> <payload>` in 1 MiB chunks; every chunk write awaits
 * the disk, so a big snapshot never holds the event loop for long.
 *
 * @example
 * ```ts
 * const out = new SnapshotLineWriter(handle);
 * out.line('county', json);
 * if (out.full) await out.flush();
 * ```
 */
export class SnapshotLineWriter {
  readonly #handle: FileHandle;
  #parts: string[] = [];
  #size = 0;
  count = 0;

  constructor(handle: FileHandle) {
    this.#handle = handle;
  }

  get full(): boolean {
    return this.#size >= FLUSH_AT;
  }

  line(kind: string, payload: string): void {
    const text = `${kind} ${payload}`;
    this.#parts.push(`${hex8(crc32(text))} ${text}\n`);
    this.#size += text.length + 10;
    this.count += 1;
  }

  async flush(): Promise<void> {
    if (this.#parts.length === 0) return;
    const bytes = Buffer.from(this.#parts.join(''), 'utf8');
    this.#parts = [];
    this.#size = 0;
    let written = 0;
    while (written < bytes.length) {
      written += (await this.#handle.write(bytes, written, bytes.length - written)).bytesWritten;
    }
  }
}

/**
 * Checks one snapshot line and splits it, or returns `undefined` when its checksum fails.
 *
 * @example
 * ```ts
 * parseSnapshotLine(raw); // { kind: 'county', payload: '{...}' }
 * ```
 */
export function parseSnapshotLine(raw: string): { kind: string; payload: string } | undefined {
  if (raw.length < 10 || raw[8] !== ' ') return undefined;
  const text = raw.slice(9);
  if (hex8(crc32(text)) !== raw.slice(0, 8)) return undefined;
  const space = text.indexOf(' ');
  if (space < 0) return undefined;
  return { kind: text.slice(0, space), payload: text.slice(space + 1) };
}

/**
 * The lines of a UTF-8 file, streamed in 1 MiB chunks (no regex splitting, unlike readline).
 * Rejects with ENOENT when the file is missing.
 *
 * @example
 * ```ts
 * for await (const line of readLines(path)) handle(line);
 * ```
 */
export async function* readLines(path: string): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      yield text.slice(start, nl);
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest) yield rest;
}
