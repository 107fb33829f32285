import { gridcaseError } from '@gridcase/engine';
import type { Context } from 'hono';
import type { Services } from '../app/services';
import { checkContentType, safeName } from '../attachments/checkUpload';
import { createRateLimiter } from '../http/rateLimiter';
import { defineRoute, type Route } from '../routes/defineRoute';
import type { County } from '../store/types';
import type { GridcaseEnv, PublicChannelOptions } from '../types';
import { clientAddress } from './clientAddress';
import { openCaseTypes } from './openCaseTypes';
import { createPendingUploads } from './pendingUploads';
import { publicOptions } from './publicOptions';
import {
  CountyParams,
  IntakeSchema,
  RatingBody,
  ReceiptSchema,
  ReportBody,
  StatusSchema,
  TrackParams,
  UploadSchema,
} from './publicSchemas';
import { publicStatus } from './publicStatus';
import { rateReport } from './rateReport';
import { createRecentReports } from './recentReports';
import { submitReport } from './submitReport';
import { normalizeTrackingCode, publicCaseId, verifySecret } from './trackingCode';

const SECRET_HEADER = {
  name: 'X-Tracking-Secret',
  description: 'The secret the citizen got with the tracking code.',
  required: true,
};

/**
 * The citizen channel, no sign-in: a county's public forms, photo uploads, reports, status by
 * tracking code and secret, and one rating after closing. Limits per client address and per
 * county (429 `public.rateLimited` with `Retry-After`), a honeypot field, duplicate detection;
 * a wrong secret and an unknown code give the same 404. See docs/api.md.
 *
 * @example
 * ```ts
 * registerRoutes(app, publicRoutes(services, { trustedProxies: ['10.0.0.2'] }), services);
 * ```
 */
export function publicRoutes(
  services: Services,
  given: Partial<PublicChannelOptions> = {},
): Route[] {
  const options = publicOptions(given);
  const limiter = (rule: PublicChannelOptions['readsPerAddress']) =>
    createRateLimiter(rule, services.clock);
  const limits = {
    reads: limiter(options.readsPerAddress),
    uploads: limiter(options.uploadsPerAddress),
    reports: limiter(options.reportsPerAddress),
    county: limiter(options.reportsPerCounty),
  };
  const pending = createPendingUploads(services.clock, {
    ttlMs: options.uploadTtlMs,
    maxBytes: options.pendingUploadBytes,
  });
  const recent = createRecentReports(services.clock, options.duplicateWindowMs);

  const take = (bucket: keyof typeof limits, key: string) => {
    const taken = limits[bucket].take(key);
    if (!taken.ok)
      throw gridcaseError('public.rateLimited', { retryAfter: taken.retryAfterSeconds });
  };
  const address = (c: Context<GridcaseEnv>) => clientAddress(c, options.trustedProxies);
  const countyOf = async (countyId: string): Promise<County> => {
    const county = await services.store.getCounty(countyId);
    if (!county) throw gridcaseError('public.countyUnknown');
    return county;
  };
  /** The case behind a code and secret, or the one 404 for every kind of miss. */
  const tracked = async (c: Context<GridcaseEnv>, countyId: string, rawCode: string) => {
    const code = normalizeTrackingCode(rawCode);
    const record = code
      ? await services.store.getCase(countyId, publicCaseId(countyId, code))
      : undefined;
    const secret = c.req.header('x-tracking-secret') ?? '';
    const ok = await verifySecret(secret, record?.citizen?.secretHash);
    if (!ok || !record || record.citizen?.trackingCode !== code) {
      throw gridcaseError('public.trackingNotFound');
    }
    const pinned = await services.definitions.get(
      countyId,
      record.definition.id,
      record.definition.version,
    );
    return { record, pinned };
  };
  const statusOf = async (c: Context<GridcaseEnv>, countyId: string, code: string) => {
    const { record, pinned } = await tracked(c, countyId, code);
    const history = await services.store.getHistory(countyId, record.id);
    return publicStatus(pinned.definition, record, history);
  };

  return [
    defineRoute({
      method: 'get',
      path: '/public/:countyId/intake',
      operationId: 'publicIntake',
      summary: 'The public forms of the case types a county opened to citizens (no sign-in)',
      tags: ['public'],
      auth: false,
      params: CountyParams,
      responses: { 200: { description: 'County, areas, open case types', schema: IntakeSchema } },
      handler: async (c, { params }) => {
        take('reads', address(c));
        const county = await countyOf(params.countyId);
        const open = await openCaseTypes(services, county.id);
        return c.json({
          county: { id: county.id, name: county.name },
          areas: county.areas.map(({ id, name, level, parentId }) => ({
            id,
            name,
            level,
            ...(parentId ? { parentId } : {}),
          })),
          caseTypes: open.map(({ definitionId, definition }) => {
            const form = definition.forms[definition.meta?.public?.form ?? ''];
            return {
              caseType: definition.caseType,
              definitionId,
              title: definition.title,
              schema: form?.schema ?? {},
              uiSchema: form?.ui ?? {},
            };
          }),
          limits: {
            photoBytes: options.photoBytes,
            photoTypes: options.photoTypes,
            photosPerReport: options.photosPerReport,
          },
        });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/public/:countyId/uploads',
      operationId: 'publicUpload',
      summary: 'Upload one photo for a report (multipart, field `file`); claim it within an hour',
      description:
        'JPEG, PNG or WebP (the bytes are checked), 5 MiB by default. The photo is held until a report names its `uploadId`; unclaimed photos are discarded after an hour.',
      tags: ['public'],
      auth: false,
      params: CountyParams,
      rawBody: {
        maxBytes: () => options.photoBytes + 64 * 1024,
        contentType: 'multipart/form-data',
        tooLarge: 'public.uploadTooLarge',
      },
      responses: { 201: { description: 'The held photo', schema: UploadSchema } },
      handler: async (c, { params }) => {
        take('uploads', address(c));
        const county = await countyOf(params.countyId);
        const limitMb = Math.floor(options.photoBytes / 1048576);
        if (!/^multipart\/form-data/i.test(c.req.header('content-type') ?? '')) {
          throw gridcaseError('public.uploadTypeNotAllowed');
        }
        const form = await c.req.parseBody().catch(() => {
          throw gridcaseError('public.uploadTypeNotAllowed');
        });
        const file = form.file;
        if (!(file instanceof File)) throw gridcaseError('public.uploadTypeNotAllowed');
        if (file.size > options.photoBytes)
          throw gridcaseError('public.uploadTooLarge', { limitMb });
        const bytes = new Uint8Array(await file.arrayBuffer());
        if (bytes.byteLength === 0) throw gridcaseError('public.uploadTypeNotAllowed');
        let contentType: string;
        try {
          contentType = checkContentType(file.type, bytes, options.photoTypes);
        } catch {
          throw gridcaseError('public.uploadTypeNotAllowed');
        }
        let name: string;
        try {
          name = safeName(file.name || 'photo');
        } catch {
          name = 'photo';
        }
        const held = pending.add({
          countyId: county.id,
          name,
          contentType,
          size: bytes.byteLength,
          bytes,
        });
        if (!held) throw gridcaseError('public.rateLimited', { retryAfter: 60 });
        return c.json({ uploadId: held.uploadId, name, size: held.size, contentType }, 201);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/public/:countyId/reports',
      operationId: 'publicReport',
      summary: 'Report a matter as a citizen; answers a tracking code and a secret',
      description:
        "The data must satisfy the case type's public form. `website` is a honeypot and must stay empty. The case lands in the definition's triage stage as the system actor `citizen`.",
      tags: ['public'],
      auth: false,
      params: CountyParams,
      body: ReportBody,
      responses: { 201: { description: 'Tracking code and secret', schema: ReceiptSchema } },
      handler: async (c, { params, body }) => {
        const county = await countyOf(params.countyId);
        take('reports', address(c));
        take('county', county.id);
        if (body.website?.trim()) throw gridcaseError('public.rejected');
        const pinned = (await openCaseTypes(services, county.id)).find(
          (v) => v.definition.caseType === body.caseType,
        );
        if (!pinned) throw gridcaseError('public.caseTypeClosed', { caseType: body.caseType });
        const ids = [...new Set(body.uploads ?? [])];
        if (ids.length > options.photosPerReport) {
          throw gridcaseError('public.tooManyPhotos', { max: options.photosPerReport });
        }
        const photos = pending.peek(county.id, ids);
        if (!photos) throw gridcaseError('public.uploadUnknown');
        const receipt = await submitReport(services, {
          county,
          pinned,
          data: body.data,
          areaId: body.area,
          photos,
          checkDuplicate: (data) => {
            if (recent.seen(county.id, pinned.definition.caseType, data)) {
              throw gridcaseError('public.duplicate');
            }
          },
        });
        pending.remove(ids);
        const { caseId: _caseId, ...shown } = receipt;
        return c.json(shown, 201);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/public/:countyId/track/:trackingCode',
      operationId: 'publicTrack',
      summary: "The status of a citizen's own case, by tracking code and secret",
      description:
        'Public history only: stage titles, dates, outcome. A wrong secret, a missing one and an unknown code all answer the same 404 `public.trackingNotFound`.',
      tags: ['public'],
      auth: false,
      params: TrackParams,
      headers: [SECRET_HEADER],
      responses: { 200: { description: 'The public status', schema: StatusSchema } },
      handler: async (c, { params }) => {
        take('reads', address(c));
        await countyOf(params.countyId);
        return c.json(await statusOf(c, params.countyId, params.trackingCode));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/public/:countyId/track/:trackingCode/rating',
      operationId: 'publicRate',
      summary: "Rate a closed case once (1-5); a low score reopens it by the county's rules",
      tags: ['public'],
      auth: false,
      params: TrackParams,
      body: RatingBody,
      headers: [SECRET_HEADER],
      responses: { 200: { description: 'The public status after rating', schema: StatusSchema } },
      handler: async (c, { params, body }) => {
        take('reads', address(c));
        const county = await countyOf(params.countyId);
        const first = await tracked(c, county.id, params.trackingCode);
        await services.mutex.run(`case:${county.id}:${first.record.id}`, async () => {
          const { record, pinned } = await tracked(c, county.id, params.trackingCode);
          await rateReport(services, {
            county,
            record,
            pinned,
            score: body.score,
            comment: body.comment,
          });
        });
        return c.json(await statusOf(c, county.id, params.trackingCode));
      },
    }),
  ];
}
