import { gridcaseError } from '@gridcase/engine';
import { BLOB_ID } from '../../keys';
import type { AttachmentMeta, CaseStore, Comment, WebhookSubscription } from '../../types';
import type { PgContext } from '../db/pgContext';
import { appendAuditTx } from './pgAudit';

type ExtraMethods = Pick<
  CaseStore,
  | 'addComment'
  | 'listComments'
  | 'addAttachment'
  | 'listAttachments'
  | 'putBlob'
  | 'getBlob'
  | 'putWebhook'
  | 'listWebhooks'
  | 'deleteWebhook'
>;

/**
 * Comments, attachment metadata and bytes, and webhook subscriptions on PostgreSQL. A comment
 * or attachment and its audit entry land in one transaction; lists are oldest first.
 *
 * @example
 * ```ts
 * const extras = pgExtras(ctx, 64);
 * await extras.addComment(comment, auditDraft);
 * ```
 */
export function pgExtras(ctx: PgContext, maxDepth: number): ExtraMethods {
  const addWithAudit = async (
    table: 'gc_comments' | 'gc_attachments',
    row: Comment | AttachmentMeta,
    audit: Parameters<CaseStore['addComment']>[1],
  ) => {
    const [doc, draft] = ctx.copy([row, audit] as const);
    await ctx.db().transaction(async (client) => {
      await client.query(
        `INSERT INTO ${table} (county_id, case_id, id, doc) VALUES ($1, $2, $3, $4::json)`,
        [doc.countyId, doc.caseId, doc.id, JSON.stringify(doc)],
      );
      await appendAuditTx(client, [draft]);
    });
  };
  const listFor = async <T>(table: 'gc_comments' | 'gc_attachments', c: string, k: string) =>
    (
      await ctx
        .db()
        .query<{ doc: T }>(
          `SELECT doc FROM ${table} WHERE county_id = $1 AND case_id = $2 ORDER BY pos`,
          [c, k],
        )
    ).rows.map((row) => row.doc);
  return {
    addComment: (comment, audit) => addWithAudit('gc_comments', comment, audit),
    listComments: (countyId, caseId) => listFor<Comment>('gc_comments', countyId, caseId),
    addAttachment: (meta, audit) => addWithAudit('gc_attachments', meta, audit),
    listAttachments: (countyId, caseId) =>
      listFor<AttachmentMeta>('gc_attachments', countyId, caseId),
    async putBlob(id, bytes) {
      const db = ctx.db();
      if (!BLOB_ID.test(id)) {
        throw gridcaseError('store.valueRejected', {
          reason: `blob id ${JSON.stringify(id)}`,
          maxDepth,
        });
      }
      await db.query(
        `INSERT INTO gc_blobs (id, bytes) VALUES ($1, $2)
         ON CONFLICT (id) DO UPDATE SET bytes = EXCLUDED.bytes`,
        [id, Buffer.from(bytes)],
        'write',
      );
    },
    async getBlob(id) {
      const { rows } = await ctx
        .db()
        .query<{ bytes: Buffer }>('SELECT bytes FROM gc_blobs WHERE id = $1', [id]);
      return rows[0] && new Uint8Array(rows[0].bytes);
    },
    async putWebhook(sub) {
      await ctx.db().query(
        `INSERT INTO gc_webhooks (county_id, id, doc) VALUES ($1, $2, $3::json)
           ON CONFLICT (county_id, id) DO UPDATE SET doc = EXCLUDED.doc`,
        [sub.countyId, sub.id, ctx.json(sub)],
        'write',
      );
    },
    async listWebhooks(countyId) {
      const { rows } = await ctx
        .db()
        .query<{ doc: WebhookSubscription }>(
          'SELECT doc FROM gc_webhooks WHERE county_id = $1 ORDER BY id',
          [countyId],
        );
      return rows.map((row) => row.doc);
    },
    async deleteWebhook(countyId, id) {
      await ctx
        .db()
        .query('DELETE FROM gc_webhooks WHERE county_id = $1 AND id = $2', [countyId, id], 'write');
    },
  };
}
