import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gridcaseError } from '@gridcase/engine';
import { BLOB_ID } from '../keys';
import { fsyncDir, removeStaleTemps, writeFileDurably } from './durableFs';

/** Attachment bytes live under `<dir>/blobs/`. */
export const BLOB_DIR = 'blobs';

/**
 * Attachment bytes as files, `<dir>/blobs/<xx>/<id>` where `xx` is the first byte of
 * sha256(id) in hex (256 fan-out directories), each written durably (temp, fsync, rename,
 * directory fsync).
 *
 * @example
 * ```ts
 * const blobs = new BlobFiles('/var/lib/gridcase');
 * await blobs.put('att-1', bytes);
 * await blobs.get('att-1'); // Uint8Array
 * ```
 */
export class BlobFiles {
  readonly #root: string;

  constructor(dir: string) {
    this.#root = join(dir, BLOB_DIR);
  }

  #dirOf(id: string): string {
    return join(this.#root, createHash('sha256').update(id).digest('hex').slice(0, 2));
  }

  async put(id: string, bytes: Uint8Array): Promise<void> {
    if (!BLOB_ID.test(id)) {
      throw gridcaseError('store.valueRejected', {
        reason: `blob id ${JSON.stringify(id)}`,
        maxDepth: 0,
      });
    }
    const dir = this.#dirOf(id);
    const created = await mkdir(dir, { recursive: true });
    if (created) await fsyncDir(this.#root);
    await writeFileDurably(join(dir, id), async (handle) => {
      await handle.writeFile(bytes);
    });
  }

  async get(id: string): Promise<Uint8Array | undefined> {
    if (!BLOB_ID.test(id)) return undefined;
    try {
      return new Uint8Array(await readFile(join(this.#dirOf(id), id)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** Creates the root and removes temp files a crash left behind. */
  async prepare(): Promise<void> {
    await mkdir(this.#root, { recursive: true });
    for (let i = 0; i < 256; i += 1)
      await removeStaleTemps(join(this.#root, i.toString(16).padStart(2, '0')));
  }
}
