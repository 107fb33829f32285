import { createHash } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { Services } from '../app/services';
import { callerOf } from '../cases/caller';
import { CommentSchema } from '../cases/caseSchemas';
import { loadVisibleCase } from '../cases/runCommand';
import { sessionAudit as audit } from '../cases/sessionAudit';
import { scrubText } from '../pii/maskCaseData';
import { defineRoute, type Route } from '../routes/defineRoute';
import { IdParams, Obj } from '../routes/schemas';
import type { Comment } from '../store/types';
import type { Session } from '../types';

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);
const publicComment = (comment: Comment) => ({ ...comment, text: scrubText(comment.text) });

/**
 * Comments on a case: ID and mobile numbers typed into them are masked when listed.
 *
 * @example
 * ```ts
 * registerRoutes(app, commentRoutes(services), services);
 * ```
 */
export function commentRoutes(services: Services): Route[] {
  const visible = (session: Session, id: string) =>
    loadVisibleCase(services, callerOf(session), id);
  const now = () => services.clock.now().toISOString();
  const randomId = (prefix: string) => `${prefix}_${crypto.randomUUID().replaceAll('-', '')}`;

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
  ];
}
