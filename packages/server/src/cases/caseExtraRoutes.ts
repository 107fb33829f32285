import { createHash } from 'node:crypto';
import { gridcaseError } from '@gridcase/engine';
import { Type } from '@sinclair/typebox';
import type { Services } from '../app/services';
import { checkContentType, safeName } from '../attachments/checkUpload';
import { casePiiFields, scrubText } from '../pii/maskCaseData';
import { revealValues } from '../pii/revealValues';
import { defineRoute, type Route } from '../routes/defineRoute';
import { AnyJson, Id, IdParams, Obj, OpenObj } from '../routes/schemas';
import type { Comment } from '../store/types';
import type { Session } from '../types';
import { callerOf } from './caller';
import { AttachmentSchema, CommentSchema } from './caseSchemas';
import { loadVisibleCase } from './runCommand';
import { worksCase } from './worksCase';

const audit = (
  session: Session,
  at: string,
  action: string,
  caseId: string,
  detail: Record<string, unknown>,
) => ({
  at,
  countyId: session.county.id,
  actor: { userId: session.user.id },
  action,
  caseId,
  detail,
});

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);
const randomId = (prefix: string) => `${prefix}_${crypto.randomUUID().replaceAll('-', '')}`;
const publicComment = (comment: Comment) => ({ ...comment, text: scrubText(comment.text) });

/**
 * Comments, attachments and the audited personal-data reveal of a case.
 *
 * @example
 * ```ts
 * registerRoutes(app, caseExtraRoutes(services), services);
 * ```
 */
export function caseExtraRoutes(services: Services): Route[] {
  const visible = (session: Session, id: string) =>
    loadVisibleCase(services, callerOf(session), id);
  const now = () => services.clock.now().toISOString();

  return [
    defineRoute({
      method: 'get',
      path: '/cases/:id/comments',
      operationId: 'listComments',
      summary: 'Comments on the case, oldest first (ID and mobile numbers masked)',
      tags: ['cases'],
      params: IdParams,
      responses: { 200: { description: 'Comments', schema: Type.Array(CommentSchema) } },
      handler: async (c, { params, session }) => {
        const record = await visible(session, params.id);
        return c.json(
          (await services.store.listComments(session.county.id, record.id)).map(publicComment),
        );
      },
    }),
    defineRoute({
      method: 'post',
      path: '/cases/:id/comments',
      operationId: 'addComment',
      summary: 'Add a comment (an `Idempotency-Key`, if sent, makes retries safe)',
      tags: ['cases'],
      params: IdParams,
      body: Obj({ text: Type.String({ minLength: 1, maxLength: 2000 }) }),
      responses: { 201: { description: 'The comment', schema: CommentSchema } },
      handler: async (c, { params, body, session }) => {
        const record = await visible(session, params.id);
        const key = c.req.header('idempotency-key');
        const id = key
          ? `cm_${shortHash(`${session.user.id}:${record.id}:${key}`)}`
          : randomId('cm');
        const existing =
          key &&
          (await services.store.listComments(session.county.id, record.id)).find(
            (m) => m.id === id,
          );
        if (existing) return c.json(publicComment(existing), 201);
        const comment: Comment = {
          id,
          countyId: session.county.id,
          caseId: record.id,
          at: now(),
          userId: session.user.id,
          userName: session.user.name,
          text: body.text,
        };
        await services.store.addComment(
          comment,
          audit(session, comment.at, 'case.comment', record.id, { commentId: id }),
        );
        return c.json(publicComment(comment), 201);
      },
    }),
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
    defineRoute({
      method: 'post',
      path: '/cases/:id/pii/reveal',
      operationId: 'revealPii',
      summary: 'Show personal data unmasked, for a stated purpose (audited, rate-limited)',
      description:
        'Only for those who work the case (assignee, the assignee role in the case’s area, a co-handling agency, or whoever may act now).',
      tags: ['cases'],
      params: IdParams,
      rateLimit: 'reveals',
      body: Obj({
        purpose: Type.String({ maxLength: 200 }),
        fields: Type.Optional(
          Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 }),
        ),
      }),
      responses: {
        200: {
          description: 'Unmasked values by field path',
          schema: OpenObj({
            caseId: Type.String(),
            purpose: Type.String(),
            values: Type.Record(Type.String(), AnyJson),
          }),
        },
      },
      handler: async (c, { params, body, session }) => {
        const record = await visible(session, params.id);
        if (body.purpose.trim().length < 2) throw gridcaseError('pii.reasonRequired');
        const pinned = await services.definitions.get(
          session.county.id,
          record.definition.id,
          record.definition.version,
        );
        if (!worksCase(session, record, pinned.definition)) throw gridcaseError('pii.forbidden');
        const values = revealValues(
          record.context.data,
          casePiiFields(pinned.definition),
          body.fields,
        );
        await services.store.appendAudit([
          audit(session, now(), 'pii.reveal', record.id, {
            purpose: body.purpose.trim(),
            fields: Object.keys(values),
          }),
        ]);
        return c.json({ caseId: record.id, purpose: body.purpose.trim(), values });
      },
    }),
  ];
}
