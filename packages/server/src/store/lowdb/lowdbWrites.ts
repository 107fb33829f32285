import { chainAudit } from '../../audit';
import { refuseCommit, validateCommit, validateHistorySeq } from '../commit';
import { addMs, countyKey, deadlineKey } from '../keys';
import { createDeadlineLeases } from '../leases';
import { assertStorable } from '../storable';
import type { AuditDraft, CaseStore, CommitResult, DefinitionVersion, OutboxRow } from '../types';
import type { LowdbCore } from './lowdbCore';

/** Chains audit drafts onto the head, after the poison check (hashing recurses). */
const chain = (core: LowdbCore, drafts: AuditDraft[]) => {
  assertStorable(drafts, core.maxDepth);
  return chainAudit(core.state.auditHead, drafts);
};

type WriteMethods = Pick<
  CaseStore,
  | 'putCounty'
  | 'putUser'
  | 'saveDraft'
  | 'publishDefinition'
  | 'commit'
  | 'pruneIdempotency'
  | 'addComment'
  | 'addAttachment'
  | 'claimDueDeadlines'
  | 'markDeadlinesFired'
  | 'claimOutbox'
  | 'markOutboxSent'
  | 'markOutboxFailed'
  | 'putWebhook'
  | 'deleteWebhook'
  | 'appendAudit'
>;

/**
 * The writing half of the lowdb store. Each method takes the core, decides synchronously
 * (checks, audit chaining, one `log()`), then awaits the fsync: nothing can slip in between
 * a check and its write, and nothing is acknowledged before it is on disk.
 *
 * @example
 * ```ts
 * const writes = lowdbWrites(() => ready());
 * await writes.putCounty(county);
 * ```
 */
export function lowdbWrites(core: () => Promise<LowdbCore>): WriteMethods {
  const leases = createDeadlineLeases();
  const simple = async (draft: Parameters<LowdbCore['log']>[0]) => {
    await (await core()).log(draft).durable;
  };
  return {
    async claimDueDeadlines(nowIso, limit, leaseMs) {
      const heap = (await core()).state.deadlineHeap;
      return structuredClone(leases.claim((n) => heap.due(nowIso, n), nowIso, limit, leaseMs));
    },
    putCounty: (v) => simple({ t: 'county', v }),
    putUser: (v) => simple({ t: 'user', v }),
    saveDraft: (draft) => simple({ t: 'draft', v: { ...draft, version: 0, status: 'draft' } }),
    async publishDefinition(draft, audit) {
      const c = await core();
      const version =
        (c.state.published.get(countyKey(draft.countyId, draft.definitionId))?.length ?? 0) + 1;
      const v: DefinitionVersion = {
        ...draft,
        version,
        status: 'published',
        definition: { ...draft.definition, version },
        publishedAt: draft.publishedAt ?? audit.at,
      };
      const { op, durable } = c.log({
        t: 'publish',
        v,
        audit: chain(c, [audit]),
      });
      await durable;
      return (op as { v: DefinitionVersion }).v;
    },
    async commit(input): Promise<CommitResult> {
      const c = await core();
      validateCommit(input);
      const key = countyKey(input.case.countyId, input.case.id);
      const known = input.idempotency && c.state.idempotency.get(input.idempotency.key);
      if (known) {
        await c.settle(known.lsn); // never answer with a record that is not on disk yet
        const op = await c.readOp(known.lsn);
        if (op.t === 'commit' && op.v.idempotency) {
          return { ok: false, reason: 'duplicateIdempotencyKey', record: op.v.idempotency };
        }
      }
      const refusal = refuseCommit(input, c.state.cases.get(key)?.version, undefined);
      if (refusal) return refusal;
      validateHistorySeq(input, c.state.history.get(key)?.lastSeq ?? 0);
      const audit = chain(c, input.audit);
      const { op, durable } = c.log({ t: 'commit', v: input, audit });
      await durable;
      return { ok: true, audit: op.t === 'commit' ? op.audit : [] };
    },
    async pruneIdempotency(before) {
      const c = await core();
      let count = 0;
      for (const record of c.state.idempotency.values()) if (record.at < before) count += 1;
      if (count > 0) await c.log({ t: 'idempotencyPrune', before }).durable;
      return count;
    },
    async addComment(v, audit) {
      const c = await core();
      await c.log({ t: 'comment', v, audit: chain(c, [audit]) }).durable;
    },
    async addAttachment(v, audit) {
      const c = await core();
      await c.log({ t: 'attachment', v, audit: chain(c, [audit]) }).durable;
    },
    async claimOutbox(nowIso, limit, leaseMs) {
      const c = await core();
      const free: OutboxRow[] = [];
      for (const row of c.state.outbox.values()) {
        if (row.nextAttemptAt <= nowIso && !(row.lockedUntil && row.lockedUntil > nowIso))
          free.push(row);
      }
      free.sort((a, b) =>
        a.nextAttemptAt < b.nextAttemptAt
          ? -1
          : a.nextAttemptAt > b.nextAttemptAt
            ? 1
            : a.id < b.id
              ? -1
              : 1,
      );
      const claimed = free.slice(0, Math.max(0, limit));
      if (claimed.length === 0) return [];
      const lockedUntil = addMs(nowIso, leaseMs);
      await c.log({ t: 'outboxClaim', ids: claimed.map((r) => r.id), lockedUntil }).durable;
      return claimed.map((row) => ({ ...structuredClone(row), lockedUntil }));
    },
    async markDeadlinesFired(rows, at) {
      const c = await core();
      const live = rows.filter((r) =>
        c.state.deadlines.has(deadlineKey(r.countyId, r.caseId, r.id)),
      );
      if (live.length === 0) return;
      const refs = live.map(({ countyId, caseId, id }) => ({ countyId, caseId, id }));
      await c.log({ t: 'deadlinesFired', rows: refs, at }).durable;
    },
    async markOutboxSent(id, at) {
      const c = await core();
      if (c.state.outbox.has(id)) await c.log({ t: 'outboxSent', id, at }).durable;
    },
    async markOutboxFailed(id, error, nextAttemptAt) {
      const c = await core();
      if (c.state.outbox.has(id))
        await c.log({ t: 'outboxFailed', id, error, nextAttemptAt }).durable;
    },
    putWebhook: (v) => simple({ t: 'webhook', v }),
    async deleteWebhook(countyId, id) {
      const c = await core();
      if (c.state.webhooks.has(countyKey(countyId, id))) {
        await c.log({ t: 'webhookDelete', countyId, id }).durable;
      }
    },
    async appendAudit(drafts) {
      const c = await core();
      const { op, durable } = c.log({ t: 'audit', audit: chain(c, drafts) });
      await durable;
      return op.t === 'audit' ? op.audit : [];
    },
  };
}
