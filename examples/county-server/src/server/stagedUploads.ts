import { createHash, randomBytes } from 'node:crypto';
import type { AuthProvider, CaseStore } from '@gridcase/server';
import { Hono } from 'hono';

/** A photo stored before its case exists. */
interface Staged {
  id: string;
  countyId: string;
  userId: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  at: string;
}

/** The case events the uploads listen to (the server's event hub). */
export interface CaseCreatedSource {
  subscribe(
    listener: (event: { type: string; countyId: string; caseId: string }) => void,
  ): () => void;
}

export interface StagedUploadsOptions {
  store: CaseStore;
  auth: AuthProvider;
  hub: CaseCreatedSource;
  now: () => Date;
  maxBytes?: number;
  onError?: (message: string, error: unknown) => void;
}

const MAGIC: [string, number[]][] = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/webp', [0x52, 0x49, 0x46, 0x46]],
];
const STAGE_MS = 24 * 3_600_000;

/** Ids of every `{ id: string }` object inside case data (photo and file fields). */
function referencedIds(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) referencedIds(item, out);
  else if (value && typeof value === 'object') {
    const id = (value as { id?: unknown }).id;
    if (typeof id === 'string') out.add(id);
    for (const child of Object.values(value)) referencedIds(child, out);
  }
  return out;
}

/**
 * Photos chosen on a registration form, before the case exists. The gridcase API stores
 * attachments only on an existing case, yet the hazard report requires its photos at
 * registration; so the example host stores the bytes first (`POST /uploads?name=`, signed in,
 * images only), and when the case is opened naming them (`case.created` on the server's event
 * hub, by the same user, in the same county) records them as the case's attachments, audited.
 * Staged photos nobody names are forgotten after a day (their bytes stay in the blob store).
 *
 * @example
 * ```ts
 * const uploads = stagedUploads({ store, auth, hub: api.gridcase.services.hub, now });
 * host.route('/example', uploads.routes);
 * ```
 */
export function stagedUploads(options: StagedUploadsOptions) {
  const { store, auth } = options;
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const staged = new Map<string, Staged>();
  const routes = new Hono();

  routes.post('/uploads', async (c) => {
    const identity = await auth.authenticate(c.req.raw).catch(() => null);
    const userId = identity && ('userId' in identity ? identity.userId : identity.id);
    const user = userId ? await store.getUser(userId) : undefined;
    if (!user || user.disabled)
      return c.json({ code: 'auth.required', message: 'Sign in first' }, 401);
    const name = [...(c.req.query('name') ?? '')]
      .map((ch) => (ch === '/' || ch === '\\' || ch.charCodeAt(0) < 32 ? '_' : ch))
      .join('')
      .slice(0, 200);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const type = MAGIC.find(([, magic]) => magic.every((b, i) => bytes[i] === b))?.[0];
    if (!name || bytes.byteLength === 0 || bytes.byteLength > maxBytes || !type) {
      return c.json(
        {
          code: 'attachment.invalid',
          message: 'A JPEG, PNG or WebP photo up to 10 MiB, with ?name=',
        },
        400,
      );
    }
    const at = options.now();
    for (const [id, entry] of staged)
      if (Date.parse(entry.at) + STAGE_MS < at.getTime()) staged.delete(id);
    const id = `att-${randomBytes(12).toString('hex')}`;
    await store.putBlob(id, bytes);
    staged.set(id, {
      id,
      countyId: user.countyId,
      userId: user.id,
      name,
      contentType: type,
      size: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      at: at.toISOString(),
    });
    return c.json({ id, name }, 201);
  });

  async function attach(countyId: string, caseId: string) {
    const record = await store.getCase(countyId, caseId);
    if (!record) return;
    const named = [...referencedIds(record.context.data)].filter((id) => staged.has(id));
    if (named.length === 0) return;
    const openedBy = (await store.getHistory(countyId, caseId))[0]?.actor.userId;
    for (const id of named) {
      const entry = staged.get(id);
      if (!entry || entry.countyId !== countyId || entry.userId !== openedBy) continue;
      staged.delete(id);
      const at = options.now().toISOString();
      const { userId, countyId: _county, at: _staged, ...meta } = entry;
      await store.addAttachment(
        { ...meta, countyId, caseId, at, userId },
        {
          at,
          countyId,
          actor: { userId },
          action: 'case.attachment',
          caseId,
          detail: { attachmentId: id, contentType: entry.contentType, size: entry.size },
        },
      );
    }
  }

  const stop = options.hub.subscribe((event) => {
    if (event.type !== 'case.created') return;
    attach(event.countyId, event.caseId).catch((error) =>
      options.onError?.(`attaching staged photos to ${event.caseId} failed`, error),
    );
  });
  return { routes, stop };
}
