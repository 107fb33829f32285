import { createHash } from 'node:crypto';
import type { CaseStore } from '@gridcase/server';
import { photoPng } from './photoPng';
import type { SeedPhoto } from './types';

/**
 * Stores generated photos as blobs (before the command that names them) and returns a function
 * that records them as attachments of the case once it exists, audited like an upload.
 *
 * @example
 * ```ts
 * const attach = await storePhotos(store, photos);
 * const view = await api.call(...); // open the case
 * await attach(countyId, view.case.id, userId, nowIso);
 * ```
 */
export async function storePhotos(store: CaseStore, photos: SeedPhoto[]) {
  const stored: { photo: SeedPhoto; bytes: Uint8Array }[] = [];
  for (const photo of photos) {
    const bytes = photoPng(photo.color);
    await store.putBlob(photo.id, bytes);
    stored.push({ photo, bytes });
  }
  return async (countyId: string, caseId: string, userId: string, at: string) => {
    for (const { photo, bytes } of stored) {
      await store.addAttachment(
        {
          id: photo.id,
          countyId,
          caseId,
          name: photo.name,
          contentType: 'image/png',
          size: bytes.byteLength,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          at,
          userId,
        },
        {
          at,
          countyId,
          actor: { userId },
          action: 'case.attachment',
          caseId,
          detail: { attachmentId: photo.id, contentType: 'image/png', size: bytes.byteLength },
        },
      );
    }
  };
}
