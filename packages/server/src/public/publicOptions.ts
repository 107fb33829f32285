import type { PublicChannelOptions } from '../types';

/** Defaults for {@link PublicChannelOptions}. */
export const DEFAULT_PUBLIC_OPTIONS: PublicChannelOptions = {
  trustedProxies: [],
  reportsPerAddress: { capacity: 5, perSecond: 5 / 3600 },
  reportsPerCounty: { capacity: 200, perSecond: 200 / 3600 },
  uploadsPerAddress: { capacity: 30, perSecond: 30 / 3600 },
  readsPerAddress: { capacity: 60, perSecond: 1 },
  photoBytes: 5 * 1024 * 1024,
  photoTypes: ['image/jpeg', 'image/png', 'image/webp'],
  photosPerReport: 6,
  uploadTtlMs: 3600_000,
  pendingUploadBytes: 64 * 1024 * 1024,
  duplicateWindowMs: 10 * 60_000,
};

/**
 * The citizen channel's options with defaults filled in.
 *
 * @example
 * ```ts
 * publicOptions({ trustedProxies: ['10.0.0.2'] }).photoBytes; // 5242880
 * ```
 */
export function publicOptions(given: Partial<PublicChannelOptions> = {}): PublicChannelOptions {
  return { ...DEFAULT_PUBLIC_OPTIONS, ...given };
}
