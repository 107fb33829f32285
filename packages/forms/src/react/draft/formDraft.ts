/**
 * Drafts of half-filled forms, kept in this device's `localStorage` only (never sent anywhere),
 * under `gridcase.draft.<key>`. A draft may hold personal data (names, ID numbers, phones): it
 * is dropped when its form is submitted, after {@link DRAFT_MAX_AGE_MS}, and by
 * {@link clearFormDrafts} (call it on sign-out on shared devices).
 */
import type { FormValues } from '../types';

const PREFIX = 'gridcase.draft.';

/** How long a draft is kept when nobody comes back to it: 7 days. */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 3600_000;

interface StoredDraft {
  savedAt: number;
  values: FormValues;
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    // storage switched off (private mode, a sandboxed frame): drafts are simply not kept
    return undefined;
  }
}

/** Object URLs (`blob:`) die with the page: a restored draft must not point at them. */
function withoutPageUrls(_key: string, value: unknown): unknown {
  return typeof value === 'string' && value.startsWith('blob:') ? undefined : value;
}

/**
 * The draft saved under `key`, if there is one younger than {@link DRAFT_MAX_AGE_MS}.
 *
 * @example
 * ```ts
 * const values = readFormDraft('case:GC-2026-1001:accept'); // { note: '...' } or undefined
 * ```
 */
export function readFormDraft(key: string, now = Date.now()): FormValues | undefined {
  const store = storage();
  const text = store?.getItem(PREFIX + key);
  if (!store || !text) return undefined;
  try {
    const draft = JSON.parse(text) as StoredDraft;
    if (typeof draft.savedAt === 'number' && now - draft.savedAt <= DRAFT_MAX_AGE_MS) {
      return draft.values && typeof draft.values === 'object' ? draft.values : undefined;
    }
  } catch {
    // not ours, or damaged: forget it
  }
  store.removeItem(PREFIX + key);
  return undefined;
}

/**
 * Saves what a form holds now as the draft under `key` (`blob:` URLs left out).
 *
 * @example
 * ```ts
 * saveFormDraft('public:fengyuan:dispute', { summary: '楼道堆放杂物' });
 * ```
 */
export function saveFormDraft(key: string, values: FormValues, now = Date.now()): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify({ savedAt: now, values }, withoutPageUrls));
  } catch {
    // full or refused: the form still works, only without a draft
  }
}

/**
 * Drops the draft under `key` (done by `<SchemaForm draftKey>` after a successful submit).
 *
 * @example
 * ```ts
 * clearFormDraft('case:GC-2026-1001:accept');
 * ```
 */
export function clearFormDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

/**
 * Drops every gridcase form draft on this device, e.g. when a user signs out of a shared phone.
 *
 * @example
 * ```ts
 * function signOut() { clearFormDrafts(); session.end(); }
 * ```
 */
export function clearFormDrafts(): void {
  const store = storage();
  if (!store) return;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}
