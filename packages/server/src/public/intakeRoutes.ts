import { gridcaseError } from '@gridcase/engine';
import { checkContentType, safeName } from '../attachments/checkUpload';
import { defineRoute, type Route } from '../routes/defineRoute';
import { openCaseTypes } from './openCaseTypes';
import type { PublicChannel } from './publicChannel';
import { CountyParams, IntakeSchema, UploadSchema } from './publicSchemas';

/**
 * `GET /public/:countyId/intake` (the public forms of the open case types, the county's areas,
 * the photo limits) and `POST /public/:countyId/uploads` (one photo, held until claimed).
 *
 * @example
 * ```ts
 * routes.push(...intakeRoutes(createPublicChannel(services)));
 * ```
 */
export function intakeRoutes(channel: PublicChannel): Route[] {
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
        channel.take('reads', channel.address(c));
        const county = await channel.countyOf(params.countyId);
        const open = await openCaseTypes(channel.services, county.id);
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
              formTitle: form?.title ?? definition.title,
              schema: form?.schema ?? {},
              uiSchema: form?.ui ?? {},
            };
          }),
          limits: {
            photoBytes: channel.options.photoBytes,
            photoTypes: channel.options.photoTypes,
            photosPerReport: channel.options.photosPerReport,
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
        maxBytes: () => channel.options.photoBytes + 64 * 1024,
        contentType: 'multipart/form-data',
        tooLarge: 'public.uploadTooLarge',
      },
      responses: { 201: { description: 'The held photo', schema: UploadSchema } },
      handler: async (c, { params }) => {
        channel.take('uploads', channel.address(c));
        const county = await channel.countyOf(params.countyId);
        const limitMb = Math.floor(channel.options.photoBytes / 1048576);
        if (!/^multipart\/form-data/i.test(c.req.header('content-type') ?? '')) {
          throw gridcaseError('public.uploadTypeNotAllowed');
        }
        const form = await c.req.parseBody().catch(() => {
          throw gridcaseError('public.uploadTypeNotAllowed');
        });
        const file = form.file;
        if (!(file instanceof File)) throw gridcaseError('public.uploadTypeNotAllowed');
        if (file.size > channel.options.photoBytes)
          throw gridcaseError('public.uploadTooLarge', { limitMb });
        const bytes = new Uint8Array(await file.arrayBuffer());
        if (bytes.byteLength === 0) throw gridcaseError('public.uploadTypeNotAllowed');
        let contentType: string;
        try {
          contentType = checkContentType(file.type, bytes, channel.options.photoTypes);
        } catch {
          throw gridcaseError('public.uploadTypeNotAllowed');
        }
        let name: string;
        try {
          name = safeName(file.name || 'photo');
        } catch {
          name = 'photo';
        }
        const held = channel.pending.add({
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
  ];
}
