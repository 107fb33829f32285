import {
  type Actor,
  type CaseRecord,
  createCase,
  type ErrorCode,
  errorStatus,
  type GridcaseErrorShape,
  type HistoryEntry,
  lintDefinition,
  type StepResult,
  step,
  unreachableError,
  type WorkflowDefinition,
} from '@gridcase/engine';
import type { Locale, LocalizedText } from '@gridcase/forms';
import { filterCases } from '../CaseWorklist/filterCases';
import { catalogError } from '../client/catalogError';
import { GridcaseApiError } from '../client/GridcaseApiError';
import type { CaseAttachment, CaseComment, CaseDetail, GridcaseClient } from '../client/types';
import { toDetail, toSummary } from './describeCase';
import { memoryKpis } from './memoryKpis';
import { memoryMigrations } from './memoryMigrations';

/** One case the memory client holds. */
export interface StoredCase {
  record: CaseRecord;
  history: HistoryEntry[];
  comments: CaseComment[];
  attachments: { meta: CaseAttachment; blob: Blob }[];
}

export interface MemoryClientOptions {
  /** The published definitions cases run on. */
  definitions: WorkflowDefinition[];
  /** Who is signed in: every call acts as this user. */
  actor: Actor;
  countyId?: string;
  /** Display names of areas, agencies and people (by user id). */
  names?: {
    areas?: Record<string, LocalizedText>;
    agencies?: Record<string, LocalizedText>;
    people?: Record<string, string>;
  };
  /** The clock (default: real time). */
  now?: () => Date;
  /** Language of engine messages (default zh-CN). */
  locale?: Locale;
}

/** The memory client plus what a demo needs to set itself up. */
export interface MemoryClient extends GridcaseClient {
  /** Opens a case as `actor` (default: the signed-in user), like `POST /cases`. */
  openCase(
    definitionId: string,
    areaPath: string[],
    data: Record<string, unknown>,
    actor?: Actor,
  ): Promise<CaseDetail>;
  /** Acts as another user from now on. */
  signIn(actor: Actor): void;
}

const fail = (error: GridcaseErrorShape) => new GridcaseApiError(errorStatus(error.code), error);

/**
 * A `GridcaseClient` that keeps cases in memory and runs them on the real engine (`createCase`,
 * `step`, `availableActions`, `lintDefinition`): for demos, prototypes and tests of a host's
 * pages without a server. Personal data is not masked and nothing is stored.
 *
 * @example
 * ```tsx
 * const client = createMemoryClient({ definitions: [disputeMediation], actor: gridMember });
 * await client.openCase('dispute-mediation', ['county', 'town', 'village', 'grid'], intake);
 * <GridcaseProvider client={client}><CaseWorklist /></GridcaseProvider>
 * ```
 */
export function createMemoryClient(options: MemoryClientOptions): MemoryClient {
  /** Every published version by `id@version`; `defs` holds the latest of each id. */
  const versions = new Map(options.definitions.map((d) => [`${d.id}@${d.version}`, d]));
  const defs = new Map<string, WorkflowDefinition>();
  for (const d of options.definitions) {
    if ((defs.get(d.id)?.version ?? -1) < d.version) defs.set(d.id, d);
  }
  const drafts = new Map<string, WorkflowDefinition>();
  const cases = new Map<string, StoredCase>();
  const now = options.now ?? (() => new Date());
  const locale = options.locale ?? 'zh-CN';
  const countyId = options.countyId ?? 'county';
  const areas = new Map(Object.entries(options.names?.areas ?? {}));
  const agencies = new Map(Object.entries(options.names?.agencies ?? {}));
  let actor = options.actor;
  let seq = 1000;
  /** An error from the engine's catalog, as the server would answer it. */
  const refuse = (code: ErrorCode, details?: Record<string, unknown>) =>
    catalogError(code, details, locale);

  const get = (id: string) => {
    const c = cases.get(id);
    if (!c) throw refuse('case.notFound', { caseId: id });
    return c;
  };
  const defOf = (record: CaseRecord) => {
    const { id, version } = record.definition;
    const d = versions.get(`${id}@${version}`) ?? defs.get(id);
    if (!d) throw refuse('definition.notFound', { definitionId: record.definition.id });
    return d;
  };
  const people = options.names?.people ?? {};
  const detail = (c: StoredCase) =>
    toDetail(defOf(c.record), c.record, actor, { areas, agencies, people });
  const apply = (c: StoredCase, result: StepResult) => {
    if (!result.ok) throw fail(result.error);
    c.record = result.case;
    for (const e of result.effects) if (e.type === 'history') c.history.push(e.entry);
    return detail(c);
  };
  const summaries = () =>
    [...cases.values()].map((c) => toSummary(defOf(c.record), c.record, areas, now()));
  const inScope = (record: CaseRecord) =>
    actor.roles.some((r) => record.areaPath.includes(r.areaId));

  return {
    signIn: (next) => {
      actor = next;
    },
    openCase: async (definitionId, areaPath, data, as = actor) => {
      const definition = defs.get(definitionId);
      if (!definition) throw refuse('definition.notFound', { definitionId });
      seq += 1;
      const id = `GC-${now().getUTCFullYear()}-${seq}`;
      const result = createCase(definition, { id, countyId, areaPath, data, actor: as }, now(), {
        locale,
      });
      const stored: StoredCase = {
        record: undefined as never,
        history: [],
        comments: [],
        attachments: [],
      };
      const view = apply(stored, result);
      cases.set(id, stored);
      return view;
    },
    listCases: async (query = {}) => filterCases(summaries(), query, now()),
    worklist: async (scope, query = {}) => {
      const mine = (s: { id: string }) => {
        const c = get(s.id);
        if (scope === 'area') return inScope(c.record);
        if (scope === 'role')
          return actor.roles.some((r) => r.role === c.record.context.assignee?.role);
        return c.record.context.assignee?.userId === actor.userId || detail(c).actions.length > 0;
      };
      return filterCases(summaries().filter(mine), { status: 'active', ...query }, now());
    },
    getCase: async (id) => detail(get(id)),
    runCommand: async (id, command, opts = {}) => {
      const c = get(id);
      if (opts.ifMatch !== undefined && opts.ifMatch !== c.record.version) {
        throw refuse('case.versionConflict', { currentVersion: c.record.version });
      }
      return apply(c, step(defOf(c.record), c.record, { ...command, actor }, now(), { locale }));
    },
    getHistory: async (id) => [...get(id).history],
    listComments: async (id) => [...get(id).comments],
    addComment: async (id, text) => {
      const c = get(id);
      const comment = {
        id: `${id}-c${c.comments.length + 1}`,
        at: now().toISOString(),
        userId: actor.userId,
        ...(actor.name ? { userName: actor.name } : {}),
        text,
      };
      c.comments.push(comment);
      return comment;
    },
    listAttachments: async (id) => get(id).attachments.map((a) => a.meta),
    uploadAttachment: async (id, blob, name) => {
      const c = get(id);
      const meta = {
        id: `${id}-a${c.attachments.length + 1}`,
        name,
        contentType: blob.type || 'application/octet-stream',
        size: blob.size,
        at: now().toISOString(),
        userId: actor.userId,
      };
      c.attachments.push({ meta, blob });
      return meta;
    },
    getAttachment: async (id, attId) => {
      const found = get(id).attachments.find((a) => a.meta.id === attId);
      if (!found) throw refuse('attachment.notFound', { attachmentId: attId });
      return found.blob;
    },
    getDefinition: async (id, version) => {
      const definition =
        version === 'draft'
          ? (drafts.get(id) ?? defs.get(id))
          : version === 'latest'
            ? defs.get(id)
            : versions.get(`${id}@${version}`);
      if (!definition) throw refuse('definition.notFound', { definitionId: id });
      const status = version === 'draft' && drafts.has(id) ? 'draft' : 'published';
      return {
        definitionId: id,
        version: status === 'draft' ? 0 : definition.version,
        status,
        definition,
      };
    },
    saveDraft: async (id, definition) => {
      drafts.set(id, definition);
      const draft = { definitionId: id, version: 0, status: 'draft' as const, definition };
      return { draft, findings: lintDefinition(definition, { locale }) };
    },
    publishDefinition: async (id) => {
      const draft = drafts.get(id);
      if (!draft) throw refuse('definition.notFound', { definitionId: id });
      const findings = lintDefinition(draft, { locale });
      if (findings.length) {
        const unreachable = unreachableError(draft, locale, findings);
        if (unreachable) throw fail(unreachable.toJSON());
        throw refuse('definition.lintFailed', { findings });
      }
      const version = (defs.get(id)?.version ?? 0) + 1;
      const published = { ...draft, version };
      defs.set(id, published);
      versions.set(`${id}@${version}`, published);
      drafts.delete(id);
      return { definitionId: id, version, status: 'published', definition: published };
    },
    getKpis: async () => memoryKpis([...cases.values()], areas, now()),
    ...memoryMigrations({
      cases,
      version: (id, version) => {
        const found = versions.get(`${id}@${version}`);
        if (!found) throw refuse('definition.notFound', { definitionId: id, version });
        return found;
      },
      actor: () => actor,
      now,
      locale,
    }),
  };
}
