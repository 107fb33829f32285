import type { Locale } from '@gridcase/forms';
import type { UploadHandler } from '@gridcase/forms/react';
import { useEffect, useMemo, useRef } from 'react';
import { catalogError } from '../client/catalogError';
import type { PublicIntake, PublicUpload } from '../client/citizenTypes';

/**
 * The photo fields' upload: a photo of a type or size the county refuses is refused here with the
 * server's own coded error (no megabytes sent over a phone's data plan for nothing); the others
 * go to the server, which holds them until the report names them. Every refusal is reported
 * through `onRefused`; the thumbnails are object URLs, released when the page goes.
 *
 * @example
 * ```ts
 * const onUpload = usePhotoUpload(client.uploadPhoto, intake.limits, 'zh-CN', setRefusal);
 * ```
 */
export function usePhotoUpload(
  upload: ((file: File) => Promise<PublicUpload>) | undefined,
  limits: PublicIntake['limits'] | undefined,
  locale: Locale,
  onRefused: (error: unknown) => void,
): UploadHandler | undefined {
  const urls = useRef<string[]>([]);
  useEffect(
    () => () => {
      for (const url of urls.current) URL.revokeObjectURL(url);
    },
    [],
  );
  const refused = useRef(onRefused);
  refused.current = onRefused;
  return useMemo(() => {
    if (!upload || !limits) return undefined;
    return async (file: File) => {
      try {
        if (!limits.photoTypes.includes(file.type)) {
          throw catalogError('public.uploadTypeNotAllowed', {}, locale);
        }
        if (file.size > limits.photoBytes) {
          const limitMb = Math.floor(limits.photoBytes / 1048576);
          throw catalogError('public.uploadTooLarge', { limitMb }, locale);
        }
        const held = await upload(file);
        const url = URL.createObjectURL(file);
        urls.current.push(url);
        return { id: held.uploadId, name: held.name, url };
      } catch (error) {
        refused.current(error);
        throw error;
      }
    };
  }, [upload, limits, locale]);
}
