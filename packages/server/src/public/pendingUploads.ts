import type { Clock } from '../clock';

/** A citizen's photo waiting for the report that claims it. */
export interface PendingUpload {
  uploadId: string;
  countyId: string;
  name: string;
  contentType: string;
  size: number;
  bytes: Uint8Array;
  expiresAt: number;
}

/** Photos uploaded before their report, held in memory until claimed or expired. */
export interface PendingUploads {
  /** Holds a photo; false when the memory budget is spent even after dropping expired ones. */
  add(upload: Omit<PendingUpload, 'uploadId' | 'expiresAt'>): PendingUpload | undefined;
  /** The photos with these ids in this county, if every one is still there (else undefined). */
  peek(countyId: string, ids: readonly string[]): PendingUpload[] | undefined;
  /** Forgets claimed photos. */
  remove(ids: readonly string[]): void;
}

/**
 * Creates the in-memory holding area for unclaimed photos: each expires `ttlMs` after upload,
 * and at most `maxBytes` are held at once (expired ones are swept first). Unclaimed bytes never
 * reach the store, so abandoned uploads cost no disk.
 *
 * @example
 * ```ts
 * const pending = createPendingUploads(clock, { ttlMs: 3600_000, maxBytes: 64 << 20 });
 * const held = pending.add({ countyId, name: 'a.jpg', contentType: 'image/jpeg', size, bytes });
 * ```
 */
export function createPendingUploads(
  clock: Clock,
  limits: { ttlMs: number; maxBytes: number },
): PendingUploads {
  const held = new Map<string, PendingUpload>();
  let total = 0;
  const sweep = (now: number) => {
    for (const [id, upload] of held) {
      if (upload.expiresAt <= now) {
        held.delete(id);
        total -= upload.size;
      }
    }
  };
  return {
    add(upload) {
      const now = clock.now().getTime();
      sweep(now);
      if (total + upload.size > limits.maxBytes) return undefined;
      const uploadId = `up_${crypto.randomUUID().replaceAll('-', '')}`;
      const entry = { ...upload, uploadId, expiresAt: now + limits.ttlMs };
      held.set(uploadId, entry);
      total += upload.size;
      return entry;
    },
    peek(countyId, ids) {
      sweep(clock.now().getTime());
      const found = ids.map((id) => held.get(id));
      if (found.some((u) => !u || u.countyId !== countyId)) return undefined;
      return found as PendingUpload[];
    },
    remove(ids) {
      for (const id of ids) {
        const upload = held.get(id);
        if (!upload) continue;
        held.delete(id);
        total -= upload.size;
      }
    },
  };
}
