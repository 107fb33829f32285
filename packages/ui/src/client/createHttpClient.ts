import type { HistoryEntry, WorkflowDefinition } from '@gridcase/engine';
import type { Locale } from '@gridcase/forms';
import { createRequest, type RequestOptions } from './createRequest';
import { newIdempotencyKey } from './newIdempotencyKey';
import type {
  CaseAttachment,
  CaseComment,
  CaseDetail,
  CaseQuery,
  CaseSummary,
  DefinitionVersionInfo,
  GridcaseClient,
  KpiQuery,
  KpiReport,
  LintFinding,
  ListResult,
  MigrationDryRunReport,
  MigrationProgress,
} from './types';

/** Where the gridcase API is and who calls it. */
export interface HttpClientOptions extends RequestOptions {
  /** Where the gridcase API is mounted, e.g. `/api` or `https://county.example/gridcase`. */
  baseUrl: string;
  /** Bearer token, or a function returning the current one (refreshed by the host). */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  /** A `fetch` to use instead of the global one (tests, proxies, a host's interceptors). */
  fetch?: typeof fetch;
  /** Sent as `Accept-Language`, so server messages come back in the user's language. */
  locale?: Locale;
}

type Query = Record<string, string | number | boolean | undefined>;

function queryString(query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

const enc = encodeURIComponent;

/**
 * A {@link GridcaseClient} for the gridcase HTTP API. Errors reject as `GridcaseApiError`
 * (422 validation failures carry `issues`).
 *
 * @example
 * ```tsx
 * const client = createHttpClient({ baseUrl: '/api', token: () => session.token });
 * <GridcaseProvider client={client}><CaseWorklist /></GridcaseProvider>
 * ```
 */
export function createHttpClient(options: HttpClientOptions): GridcaseClient {
  const { request, json } = createRequest(options);

  return {
    listCases: (query) =>
      json<ListResult<CaseSummary>>('GET', `/cases${queryString({ ...query })}`),
    worklist: (scope, query?: CaseQuery) =>
      json<ListResult<CaseSummary>>('GET', `/worklist${queryString({ ...query, scope })}`),
    getCase: (id) => json<CaseDetail>('GET', `/cases/${enc(id)}`),
    runCommand: (id, command, opts = {}) => {
      const headers: Record<string, string> = {
        'Idempotency-Key': opts.idempotencyKey ?? newIdempotencyKey(),
      };
      if (opts.ifMatch !== undefined) headers['If-Match'] = `"${opts.ifMatch}"`;
      return json<CaseDetail>('POST', `/cases/${enc(id)}/commands`, command, headers);
    },
    getHistory: (id) => json<HistoryEntry[]>('GET', `/cases/${enc(id)}/history`),
    listComments: (id) => json<CaseComment[]>('GET', `/cases/${enc(id)}/comments`),
    addComment: (id, text) => json<CaseComment>('POST', `/cases/${enc(id)}/comments`, { text }),
    listAttachments: (id) => json<CaseAttachment[]>('GET', `/cases/${enc(id)}/attachments`),
    uploadAttachment: async (id, file, name) => {
      const headers = { 'Content-Type': file.type || 'application/octet-stream' };
      const path = `/cases/${enc(id)}/attachments${queryString({ name })}`;
      const res = await request('POST', path, { body: file, headers });
      return (await res.json()) as CaseAttachment;
    },
    getAttachment: async (id, attId) => {
      const res = await request('GET', `/cases/${enc(id)}/attachments/${enc(attId)}`, {
        headers: { Accept: '*/*' },
      });
      return res.blob();
    },
    getDefinition: (id, version) =>
      json<DefinitionVersionInfo>('GET', `/definitions/${enc(id)}/versions/${version}`),
    saveDraft: (id, definition: WorkflowDefinition) =>
      json<{ draft: DefinitionVersionInfo; findings: LintFinding[] }>(
        'PUT',
        `/definitions/${enc(id)}/draft`,
        definition,
      ),
    publishDefinition: (id) =>
      json<DefinitionVersionInfo>('POST', `/definitions/${enc(id)}/publish`, {}),
    getKpis: (query?: KpiQuery) => json<KpiReport>('GET', `/kpis${queryString({ ...query })}`),
    dryRunMigration: (id, request, page = {}) =>
      json<MigrationDryRunReport>('POST', `/definitions/${enc(id)}/migrations/dry-run`, {
        ...request,
        ...page,
      }),
    applyMigration: async (id, request) =>
      (
        await json<{ migration: MigrationProgress }>(
          'POST',
          `/definitions/${enc(id)}/migrations/apply`,
          request,
        )
      ).migration,
    getMigration: (id, planId) =>
      json<MigrationProgress>('GET', `/definitions/${enc(id)}/migrations/${enc(planId)}`),
  };
}
