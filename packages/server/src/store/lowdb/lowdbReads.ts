import {
  type CaseRecord,
  gridcaseError,
  type HistoryEntry,
  isGridcaseError,
} from '@gridcase/engine';
import { countyKey } from '../keys';
import { caseFactsOf, matchesCaseQuery, matchesCaseText, pageOf, sortCaseEntries } from '../query';
import type { AuditEntry, CaseStore, DefinitionVersion } from '../types';
import type { LowdbCore } from './lowdbCore';
import type { LowdbOp } from './lowdbOps';
import { unpackRef } from './lowdbOps';
import type { CaseSlot } from './lowdbState';

type ReadMethods = Pick<
  CaseStore,
  | 'getCounty'
  | 'listCounties'
  | 'getUser'
  | 'listUsers'
  | 'getDefinition'
  | 'listDefinitions'
  | 'getCase'
  | 'listCases'
  | 'getHistory'
  | 'caseFacts'
  | 'getIdempotency'
  | 'listIdempotency'
  | 'listOutbox'
  | 'listComments'
  | 'listAttachments'
  | 'dueDeadlines'
  | 'nextDeadlineAt'
  | 'listWebhooks'
  | 'readAudit'
  | 'auditHead'
>;

const parse = <T>(json: string | undefined): T | undefined =>
  json === undefined ? undefined : (JSON.parse(json) as T);
const parseAll = <T>(jsons: Iterable<string>): T[] =>
  [...jsons].map((json) => JSON.parse(json) as T);

/** The case a slot points at, read from its commit's journal line. */
const readCase = async (core: LowdbCore, slot: CaseSlot): Promise<CaseRecord> => {
  const op = await core.readOp(slot.lsn);
  if (op.t !== 'commit' || op.v.case.id !== slot.id) {
    throw gridcaseError('store.corrupt', {
      lsn: slot.lsn,
      reason: `line does not hold case ${slot.id}`,
    });
  }
  return op.v.case;
};

/** Reads ops by lsn, each line once per call. */
const opReader = (core: LowdbCore) => {
  const cache = new Map<number, Promise<LowdbOp>>();
  return (lsn: number) => {
    const known = cache.get(lsn);
    if (known) return known;
    const op = core.readOp(lsn);
    cache.set(lsn, op);
    return op;
  };
};

/**
 * The reading half of the lowdb store. Results are parsed from stored JSON (or read from the
 * journal for history, audit and idempotency records), so they never alias the store.
 *
 * @example
 * ```ts
 * const reads = lowdbReads(() => ready());
 * await reads.getCase('c1', 'k1');
 * ```
 */
export function lowdbReads(core: () => Promise<LowdbCore>): ReadMethods {
  const reads: Omit<ReadMethods, 'caseFacts'> = {
    getCounty: async (id) => parse((await core()).state.counties.get(id)),
    listCounties: async () => parseAll((await core()).state.counties.values()),
    getUser: async (id) => parse((await core()).state.users.get(id)?.json),
    async listUsers(countyId) {
      const rows = [...(await core()).state.users.values()].filter((u) => u.countyId === countyId);
      return parseAll(rows.map((row) => row.json));
    },
    async getDefinition(countyId, definitionId, version) {
      const s = (await core()).state;
      const key = countyKey(countyId, definitionId);
      if (version === 'draft') return parse(s.drafts.get(key));
      const versions = s.published.get(key) ?? [];
      return parse(version === 'latest' ? versions.at(-1) : versions[version - 1]);
    },
    async listDefinitions(countyId) {
      const s = (await core()).state;
      const prefix = countyKey(countyId, '');
      const rows: DefinitionVersion[] = [];
      const keys = [...new Set([...s.drafts.keys(), ...s.published.keys()])]
        .filter((k) => k.startsWith(prefix))
        .sort();
      for (const key of keys) {
        const draft = s.drafts.get(key);
        if (draft) rows.push(JSON.parse(draft) as DefinitionVersion);
        rows.push(...parseAll<DefinitionVersion>(s.published.get(key) ?? []));
      }
      return rows;
    },
    async getCase(countyId, caseId) {
      const c = await core();
      const slot = c.state.cases.get(countyKey(countyId, caseId));
      return slot && readCase(c, slot);
    },
    async listCases(query) {
      const c = await core();
      let matches: CaseSlot[] = [];
      for (const slot of c.state.indexes.candidates(query)) {
        if (matchesCaseQuery(slot, query)) matches.push(slot);
      }
      if (query.text) {
        const kept: CaseSlot[] = [];
        for (let i = 0; i < matches.length; i += 256) {
          const part = matches.slice(i, i + 256);
          const records = await Promise.all(part.map((slot) => readCase(c, slot)));
          records.forEach((record, j) => {
            if (matchesCaseText(record, query)) kept.push(part[j]!);
          });
        }
        matches = kept;
      }
      const page = pageOf(sortCaseEntries(matches, query), query);
      return {
        items: await Promise.all(page.items.map((slot) => readCase(c, slot))),
        total: page.total,
      };
    },
    async getHistory(countyId, caseId) {
      const c = await core();
      const read = opReader(c);
      const refs = c.state.history.get(countyKey(countyId, caseId))?.refs ?? [];
      const entries = await Promise.all(
        refs.map(async (ref) => {
          const { lsn, index } = unpackRef(ref);
          const op = await read(lsn);
          return op.t === 'commit' ? op.v.history[index] : undefined;
        }),
      );
      return entries.filter((entry): entry is HistoryEntry => entry !== undefined);
    },
    async getIdempotency(key) {
      const c = await core();
      const known = c.state.idempotency.get(key);
      if (!known) return undefined;
      const op = await c.readOp(known.lsn);
      return op.t === 'commit' ? op.v.idempotency : undefined;
    },
    async listIdempotency(afterKey, limit) {
      const c = await core();
      const keys = [...c.state.idempotency.keys()]
        .filter((key) => afterKey === undefined || key > afterKey)
        .sort()
        .slice(0, Math.max(0, limit));
      const read = opReader(c);
      const records = await Promise.all(
        keys.map(async (key) => {
          const op = await read(c.state.idempotency.get(key)!.lsn);
          return op.t === 'commit' ? op.v.idempotency : undefined;
        }),
      );
      return records.filter((record) => record !== undefined);
    },
    async listOutbox(afterId, limit) {
      const rows = [...(await core()).state.outbox.values()]
        .filter((row) => !row.sentAt && (afterId === undefined || row.id > afterId))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return structuredClone(rows.slice(0, Math.max(0, limit)));
    },
    listComments: async (countyId, caseId) =>
      parseAll((await core()).state.comments.get(countyKey(countyId, caseId)) ?? []),
    listAttachments: async (countyId, caseId) =>
      parseAll((await core()).state.attachments.get(countyKey(countyId, caseId)) ?? []),
    dueDeadlines: async (nowIso, limit) =>
      structuredClone((await core()).state.deadlineHeap.due(nowIso, limit)),
    nextDeadlineAt: async () => (await core()).state.deadlineHeap.next(),
    async listWebhooks(countyId) {
      const rows = [...(await core()).state.webhooks.values()].filter(
        (w) => w.countyId === countyId,
      );
      return parseAll(rows.map((row) => row.json));
    },
    async readAudit(fromSeq = 1, limit = Number.POSITIVE_INFINITY) {
      const c = await core();
      const read = opReader(c);
      const last = Math.min(c.state.auditRefs.length, fromSeq - 1 + limit);
      const entries: Array<Promise<AuditEntry | undefined>> = [];
      for (let seq = Math.max(1, fromSeq); seq <= last; seq += 1) {
        const { lsn, index } = unpackRef(c.state.auditRefs.get(seq - 1));
        entries.push(
          read(lsn).then(
            (op) => ('audit' in op ? op.audit[index] : undefined),
            (error) => {
              // name the entry whose line is unreadable, so the audit check can point at it
              if (!isGridcaseError(error) || error.code !== 'store.corrupt') throw error;
              throw gridcaseError('store.corrupt', { ...error.details, auditSeq: seq });
            },
          ),
        );
      }
      const settled = await Promise.allSettled(entries);
      const failed = settled.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason; // the first unreadable entry in seq order
      return settled
        .map((result) => (result as PromiseFulfilledResult<AuditEntry | undefined>).value)
        .filter((entry): entry is AuditEntry => entry !== undefined);
    },
    async auditHead() {
      const { seq, hash } = (await core()).state.auditHead;
      return { seq, hash };
    },
  };
  return {
    ...reads,
    async caseFacts(query, nowIso) {
      const { items } = await reads.listCases(query);
      return Promise.all(
        items.map(async (record) =>
          caseFactsOf(record, await reads.getHistory(record.countyId, record.id), nowIso),
        ),
      );
    },
  };
}
