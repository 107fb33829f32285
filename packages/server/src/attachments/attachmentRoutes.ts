import { createHash } from 'node:crypto';
import { gridcaseError } from '@gridcase/engine';
import { Type } from '@sinclair/typebox';
import type { Services } from '../app/services';
import { callerOf } from '../cases/caller';
import { AttachmentSchema } from '../cases/caseSchemas';
import { loadVisibleCase } from '../cases/runCommand';
import { sessionAudit as audit } from '../cases/sessionAudit';
import { defineRoute, type Route } from '../routes/defineRoute';
import { Id, IdParams, Obj } from '../routes/schemas';
import type { Session } from '../types';
import { checkContentType, safeName } from './checkUpload';

/**
 * Attachments of a case: uploads checked for size, type (and bytes) and name, stored under a
 * server-made id; downloads served as attachments in a sandbox.
 *
 * @example
 * ```ts
 * registerRoutes(app, attachmentRoutes(services), services);
 * ```
 */
export function attachmentRoutes(services: Services): Route[] {
  const visible = (session: Session, id: string) =>
    loadVisibleCase(services, callerOf(session), id);
  const now = () => services.clock.now().toISOString();
  const randomId = (prefix: string) => `${prefix}_${crypto.randomUUID().replaceAll('-', '')}`;

  return [
    defineRoute({
      method: 'get',
      path: '/cases/:id/attachments',
      operationId: 'listAttachments',
      summary: 'Attachments of the case (metadata)',
      tags: ['cases'],
      params: IdParams,
      responses: { 200: { description: 'Attachments', schema: Type.Array(AttachmentSchema) } },
      handler: async (c, { params, session }) => {
        const record = await visible(session, params.id);
        return c.json(await services.store.listAttachments(session.county.id, record.id));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/cases/:id/attachments',
      operationId: 'uploadAttachment',
      summary: 'Upload a file as the raw body; `?name=` gives its display name',
      description:
        'Content-Type must be one of the configured types (images, PDF, audio, video, text by default) and match the bytes; size limit 10 MiB by default.',
      tags: ['cases'],
      params: IdParams,
      query: Obj({ name: Type.String({ minLength: 1, maxLength: 400 }) }),
      rawBody: { maxBytes: (limits) => limits.attachmentBytes },
      responses: { 201: { description: 'The stored attachment', schema: AttachmentSchema } },
      handler: async (c, { params, query, session }) => {
        const record = await visible(session, params.id);
        const name = safeName(query.name);
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        if (bytes.byteLength === 0)
          throw gridcaseError('request.invalid', { reason: 'empty file' });
        if (bytes.byteLength > services.limits.attachmentBytes)
          throw gridcaseError('attachment.tooLarge', { limit: services.limits.attachmentBytes });
        const contentType = checkContentType(
          c.req.header('content-type'),
          bytes,
          services.limits.attachmentTypes,
        );
        const id = randomId('att');
        await services.store.putBlob(id, bytes);
        const meta = {
          id,
          countyId: session.county.id,
          caseId: record.id,
          name,
          contentType,
          size: bytes.byteLength,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          at: now(),
          userId: session.user.id,
        };
        await services.store.addAttachment(
          meta,
          audit(session, meta.at, 'case.attachment', record.id, {
            attachmentId: id,
            contentType,
            size: meta.size,
          }),
        );
        return c.json(meta, 201);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/cases/:id/attachments/:attId',
      operationId: 'getAttachment',
      summary: 'The bytes of an attachment (served as a download)',
      tags: ['cases'],
      params: Obj({ id: Id, attId: Id }),
      responses: { 200: { description: 'The file', contentType: 'application/octet-stream' } },
      handler: async (c, { params, session }) => {
        const record = await visible(session, params.id);
        const meta = (await services.store.listAttachments(session.county.id, record.id)).find(
          (a) => a.id === params.attId,
        );
        const bytes = meta && (await services.store.getBlob(meta.id));
        if (!meta || !bytes) throw gridcaseError('attachment.notFound');
        c.header('Content-Type', meta.contentType);
        c.header(
          'Content-Disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(meta.name)}`,
        );
        c.header('Content-Security-Policy', "default-src 'none'; sandbox");
        return c.body(new Uint8Array(bytes));
      },
    }),
  ];
}
