import type { PoolClient } from 'pg';
import { type AuditHead, chainAudit } from '../../../audit';
import type { AuditDraft, AuditEntry, CaseStore } from '../../types';
import type { PgContext } from '../db/pgContext';

/**
 * Locks the audit chain head (`SELECT ... FOR UPDATE` on its one row) for the rest of the
 * transaction and returns it. Every writer of audit entries goes through here, so entries of
 * concurrent transactions, in this process or another, get contiguous seqs in commit order.
 *
 * @example
 * ```ts
 * const head = await lockAuditHead(client); // { seq: 41, hash: 'ab12...' }
 * ```
 */
export async function lockAuditHead(client: PoolClient): Promise<AuditHead> {
  const { rows } = await client.query<{ seq: string; hash: string }>(
    'SELECT seq, hash FROM gc_audit_head WHERE id = 1 FOR UPDATE',
  );
  const row = rows[0];
  if (!row) throw new Error('gc_audit_head has no row');
  return { seq: Number(row.seq), hash: row.hash };
}

/**
 * Appends drafts to the audit chain inside the caller's transaction: locks the head (unless
 * the caller holds it already and passes it), chains, inserts the entries and moves the head.
 * Drafts must already be checked JSON.
 *
 * @example
 * ```ts
 * const entries = await appendAuditTx(client, [draft]); // entries[0].seq === head.seq + 1
 * ```
 */
export async function appendAuditTx(
  client: PoolClient,
  drafts: readonly AuditDraft[],
  lockedHead?: AuditHead,
): Promise<AuditEntry[]> {
  if (drafts.length === 0) return [];
  const entries = chainAudit(lockedHead ?? (await lockAuditHead(client)), drafts);
  const last = entries.at(-1)!;
  await client.query(
    `WITH a AS (INSERT INTO gc_audit (seq, entry)
       SELECT (e->>'seq')::bigint, e FROM json_array_elements($1::json) AS e)
     UPDATE gc_audit_head SET seq = $2, hash = $3 WHERE id = 1`,
    [JSON.stringify(entries), last.seq, last.hash],
  );
  return entries;
}

/**
 * The audit half of the PostgreSQL store: append, read in seq order, head.
 *
 * @example
 * ```ts
 * const audit = pgAudit(ctx);
 * await audit.appendAudit([draft]);
 * ```
 */
export function pgAudit(
  ctx: PgContext,
): Pick<CaseStore, 'appendAudit' | 'readAudit' | 'auditHead'> {
  return {
    async appendAudit(drafts) {
      const checked = ctx.copy(drafts);
      return ctx.db().transaction((client) => appendAuditTx(client, checked));
    },
    async readAudit(fromSeq = 1, limit = Number.POSITIVE_INFINITY) {
      const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : null;
      const { rows } = await ctx
        .db()
        .query<{ entry: AuditEntry }>(
          'SELECT entry FROM gc_audit WHERE seq >= $1 ORDER BY seq LIMIT $2',
          [Math.max(1, Math.floor(fromSeq)), max],
        );
      return rows.map((row) => row.entry);
    },
    async auditHead() {
      const { rows } = await ctx
        .db()
        .query<{ seq: string; hash: string }>('SELECT seq, hash FROM gc_audit_head WHERE id = 1');
      return { seq: Number(rows[0]?.seq ?? 0), hash: rows[0]?.hash ?? '0'.repeat(64) };
    },
  };
}
