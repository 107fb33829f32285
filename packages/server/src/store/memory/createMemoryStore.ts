import { gridcaseError } from '@gridcase/engine';
import { type AuditHead, chainAudit, EMPTY_AUDIT_HEAD } from '../../audit';
import { refuseCommit, validateCommit, validateHistorySeq } from '../commit';
import { BLOB_ID, countyKey, deadlineKey } from '../keys';
import {
  caseFactsOf,
  caseIndexEntry,
  matchesCaseQuery,
  matchesCaseText,
  pageOf,
  sortCaseEntries,
} from '../query';
import { DEFAULT_MAX_DEPTH, toStorable } from '../storable';
import type { AuditDraft, AuditEntry, CaseStore, DefinitionVersion } from '../types';
import { memoryMigrations } from './memoryMigrations';
import { memoryQueues } from './memoryQueues';
import { createMemoryState } from './memoryState';

export interface MemoryStoreOptions {
  /** Deepest nesting a stored value may have (default 64). */
  maxDepth?: number;
}

const out = <T>(value: T): T => structuredClone(value);
const byDefinition = (a: DefinitionVersion, b: DefinitionVersion) =>
  a.definitionId === b.definitionId
    ? a.version - b.version
    : a.definitionId < b.definitionId
      ? -1
      : 1;

/**
 * The reference `CaseStore`: everything in maps, deep copies in and out, every write applied
 * whole or not at all. For tests and for hosts that persist elsewhere; it forgets everything
 * when the process ends.
 *
 * @example
 * ```ts
 * const store = createMemoryStore();
 * await store.open();
 * const result = await store.commit(commit); // { ok: true, audit: [...] }
 * ```
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): CaseStore {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const state = createMemoryState();
  let opened = false;
  const copy = <T>(value: T): T => toStorable(value, maxDepth);
  const ready = () => {
    if (!opened) throw gridcaseError('store.unavailable', { reason: 'the store is not open' });
  };
  const head = (): AuditHead => state.audit.at(-1) ?? EMPTY_AUDIT_HEAD;
  const appendAudit = (drafts: readonly AuditDraft[]): AuditEntry[] => {
    const entries = chainAudit(head(), drafts);
    state.audit.push(...entries);
    return entries;
  };
  const pushTo = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };

  return {
    async open() {
      opened = true;
    },
    async close() {
      opened = false;
    },

    async putCounty(county) {
      ready();
      state.counties.set(county.id, copy(county));
    },
    async getCounty(id) {
      ready();
      return out(state.counties.get(id));
    },
    async listCounties() {
      ready();
      return out([...state.counties.values()]);
    },
    async putUser(user) {
      ready();
      state.users.set(user.id, copy(user));
    },
    async getUser(id) {
      ready();
      return out(state.users.get(id));
    },
    async listUsers(countyId) {
      ready();
      return out([...state.users.values()].filter((u) => u.countyId === countyId));
    },

    async saveDraft(draft) {
      ready();
      const row = copy({ ...draft, version: 0, status: 'draft' as const });
      state.drafts.set(countyKey(draft.countyId, draft.definitionId), row);
    },
    async publishDefinition(draft, audit) {
      ready();
      const key = countyKey(draft.countyId, draft.definitionId);
      const versions = state.published.get(key) ?? [];
      const version = versions.length + 1;
      const row: DefinitionVersion = copy({
        ...draft,
        version,
        status: 'published',
        definition: { ...draft.definition, version },
        publishedAt: draft.publishedAt ?? audit.at,
      });
      const auditCopy = copy(audit);
      state.published.set(key, [...versions, row]);
      appendAudit([auditCopy]);
      return out(row);
    },
    async getDefinition(countyId, definitionId, version) {
      ready();
      const key = countyKey(countyId, definitionId);
      if (version === 'draft') return out(state.drafts.get(key));
      const versions = state.published.get(key) ?? [];
      return out(version === 'latest' ? versions.at(-1) : versions[version - 1]);
    },
    async listDefinitions(countyId) {
      ready();
      const rows = [...state.drafts.values(), ...[...state.published.values()].flat()];
      return out(rows.filter((row) => row.countyId === countyId).sort(byDefinition));
    },

    async commit(input) {
      ready();
      validateCommit(input);
      const key = countyKey(input.case.countyId, input.case.id);
      const idem = input.idempotency && state.idempotency.get(input.idempotency.key);
      const refusal = refuseCommit(input, state.cases.get(key)?.version, idem);
      if (refusal) return out(refusal);
      validateHistorySeq(input, state.history.get(key)?.at(-1)?.seq ?? 0);
      const commit = copy(input); // throws before anything changes
      const { countyId, id: caseId } = commit.case;
      state.cases.set(key, commit.case);
      for (const entry of commit.history) pushTo(state.history, key, entry);
      for (const id of commit.deadlinesCancel)
        state.deadlines.delete(deadlineKey(countyId, caseId, id));
      for (const row of commit.deadlinesSet)
        state.deadlines.set(deadlineKey(countyId, caseId, row.id), row);
      for (const id of commit.deadlinesFired ?? []) {
        const row = state.deadlines.get(deadlineKey(countyId, caseId, id));
        if (row && !row.firedAt) row.firedAt = commit.case.updatedAt;
      }
      for (const row of commit.outbox) state.outbox.set(row.id, row);
      if (commit.idempotency) state.idempotency.set(commit.idempotency.key, commit.idempotency);
      return { ok: true, audit: out(appendAudit(commit.audit)) };
    },
    async getCase(countyId, caseId) {
      ready();
      return out(state.cases.get(countyKey(countyId, caseId)));
    },
    async listCases(query) {
      ready();
      const matches = [...state.cases.values()]
        .filter((record) => matchesCaseText(record, query))
        .map((record) => ({ ...caseIndexEntry(record), record }))
        .filter((entry) => matchesCaseQuery(entry, query));
      const page = pageOf(sortCaseEntries(matches, query), query);
      return { items: out(page.items.map((entry) => entry.record)), total: page.total };
    },
    async caseFacts(query, nowIso) {
      ready();
      const matches = [...state.cases.values()]
        .filter((record) => matchesCaseText(record, query))
        .map((record) => ({ ...caseIndexEntry(record), record }))
        .filter((entry) => matchesCaseQuery(entry, query));
      const items = pageOf(sortCaseEntries(matches, query), query).items.map((e) => e.record);
      return out(
        items.map((record) =>
          caseFactsOf(
            record,
            state.history.get(countyKey(record.countyId, record.id)) ?? [],
            nowIso,
          ),
        ),
      );
    },
    async getHistory(countyId, caseId) {
      ready();
      return out(state.history.get(countyKey(countyId, caseId)) ?? []);
    },
    async getIdempotency(key) {
      ready();
      return out(state.idempotency.get(key));
    },
    async listIdempotency(afterKey, limit) {
      ready();
      const keys = [...state.idempotency.keys()].filter(
        (k) => afterKey === undefined || k > afterKey,
      );
      const page = keys.sort().slice(0, Math.max(0, limit));
      return out(page.map((key) => state.idempotency.get(key)!));
    },
    async pruneIdempotency(beforeIso) {
      ready();
      let removed = 0;
      for (const [key, record] of state.idempotency) {
        if (record.at < beforeIso) removed += state.idempotency.delete(key) ? 1 : 0;
      }
      return removed;
    },

    async addComment(comment, audit) {
      ready();
      const [row, draft] = copy([comment, audit] as const);
      pushTo(state.comments, countyKey(row.countyId, row.caseId), row);
      appendAudit([draft]);
    },
    async listComments(countyId, caseId) {
      ready();
      return out(state.comments.get(countyKey(countyId, caseId)) ?? []);
    },
    async addAttachment(meta, audit) {
      ready();
      const [row, draft] = copy([meta, audit] as const);
      pushTo(state.attachments, countyKey(row.countyId, row.caseId), row);
      appendAudit([draft]);
    },
    async listAttachments(countyId, caseId) {
      ready();
      return out(state.attachments.get(countyKey(countyId, caseId)) ?? []);
    },
    async putBlob(id, bytes) {
      ready();
      if (!BLOB_ID.test(id)) {
        throw gridcaseError('store.valueRejected', {
          reason: `blob id ${JSON.stringify(id)}`,
          maxDepth,
        });
      }
      state.blobs.set(id, new Uint8Array(bytes));
    },
    async getBlob(id) {
      ready();
      const bytes = state.blobs.get(id);
      return bytes && new Uint8Array(bytes);
    },

    ...memoryQueues(state, ready, copy),
    ...memoryMigrations(state.migrations, ready, copy),
    async appendAudit(drafts) {
      ready();
      return out(appendAudit(copy(drafts)));
    },
    async readAudit(fromSeq = 1, limit = Number.POSITIVE_INFINITY) {
      ready();
      const start = Math.max(0, fromSeq - 1);
      return out(state.audit.slice(start, start + Math.max(0, limit)));
    },
    async auditHead() {
      ready();
      const { seq, hash } = head();
      return { seq, hash };
    },
  };
}
