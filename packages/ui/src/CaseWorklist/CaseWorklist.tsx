import type { Locale, LocalizedText } from '@gridcase/forms';
import { useMemo, useState } from 'react';
import type { CaseQuery, CaseSummary, StageInfo, WorklistScope } from '../client/types';
import { useT } from '../i18n/useT';
import { useGridcase } from '../provider/useGridcase';
import { GcRoot } from '../shared/GcRoot';
import { StatusView } from '../shared/StatusView';
import { useResource } from '../shared/useResource';
import type { GridcaseTheme } from '../theme/theme';
import { filterCases } from './filterCases';
import { worklistMessages } from './messages';
import { Pager } from './Pager';
import { WorklistFilters } from './WorklistFilters';
import { WorklistTable } from './WorklistTable';

export interface CaseWorklistProps {
  /**
   * Cases to show. Without `total`, these are all the cases and the worklist filters and pages
   * them itself; with `total`, they are one page the host fetched for `query`. Absent: the
   * worklist loads through the provider's client.
   */
  cases?: CaseSummary[];
  total?: number;
  loading?: boolean;
  error?: Error | string;
  /** Filters and paging, controlled. */
  query?: CaseQuery;
  /** Initial filters when uncontrolled. */
  defaultQuery?: CaseQuery;
  onQueryChange?: (query: CaseQuery) => void;
  /** With a client: load `GET /worklist?scope=` and show the scope switch. */
  scope?: WorklistScope;
  onScopeChange?: (scope: WorklistScope) => void;
  /** Rows per page (default 20). */
  pageSize?: number;
  onOpenCase?: (caseId: string) => void;
  /** Choices of the stage filter; by default the stages seen in the cases. */
  stages?: StageInfo[];
  /** Choices of the area filter; hidden when empty. */
  areas?: { id: string; name: LocalizedText }[];
  locale?: Locale;
  theme?: GridcaseTheme;
  /** The clock for due badges (default: the provider's). */
  now?: Date;
}

function uniqueStages(cases: readonly CaseSummary[]): StageInfo[] {
  const seen = new Map<string, StageInfo>();
  for (const c of cases) for (const s of c.stages) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

/**
 * The caller's cases with filters (search, stage, area, status, overdue), due and overdue
 * badges, and paging.
 *
 * @example
 * ```tsx
 * // from the server, through the provider's client:
 * <CaseWorklist scope="mine" onOpenCase={(id) => navigate(`/cases/${id}`)} />
 * // from plain data; the worklist filters and pages it:
 * <CaseWorklist cases={cases} pageSize={10} onOpenCase={open} />
 * ```
 */
export function CaseWorklist(props: CaseWorklistProps) {
  const ctx = useGridcase();
  const t = useT(worklistMessages, props.locale);
  const now = props.now ?? ctx.now();
  const limit = props.pageSize ?? 20;
  const [ownQuery, setOwnQuery] = useState<CaseQuery>(props.defaultQuery ?? {});
  const [ownScope, setOwnScope] = useState(props.scope);
  const query: CaseQuery = { ...(props.query ?? ownQuery), limit };
  const scope = props.onScopeChange ? props.scope : ownScope;
  const client = props.cases ? undefined : ctx.client;
  const remote = useResource(
    client && (() => (scope ? client.worklist(scope, query) : client.listCases(query))),
    JSON.stringify([scope, query]),
  );
  const local = props.cases && props.total === undefined;
  const nowKey = Math.floor(now.getTime() / 60_000);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `now` counts by the minute
  const page = useMemo(() => {
    if (local) return filterCases(props.cases ?? [], query, now);
    if (props.cases) return { items: props.cases, total: props.total ?? props.cases.length };
    return remote.data;
  }, [local, props.cases, props.total, JSON.stringify(query), nowKey, remote.data]);
  const stages = useMemo(
    () => props.stages ?? uniqueStages(props.cases ?? page?.items ?? []),
    [props.stages, props.cases, page],
  );

  const change = (patch: Partial<CaseQuery>) => {
    const next = { ...query, ...patch, offset: 'offset' in patch ? patch.offset : 0 };
    if (!props.query) setOwnQuery(next);
    props.onQueryChange?.(next);
  };
  const changeScope = (s: WorklistScope) => {
    setOwnScope(s);
    props.onScopeChange?.(s);
    change({ offset: 0 });
  };
  const noSource = !props.cases && !client && !props.loading && !props.error;
  return (
    <GcRoot className="gc-worklist" locale={t.locale} theme={props.theme}>
      <h2 className="gc-heading">{t('worklist.title')}</h2>
      <WorklistFilters
        t={t}
        query={query}
        options={{ stages, areas: props.areas ?? [] }}
        scope={scope}
        onScope={changeScope}
        onChange={change}
      />
      <StatusView
        locale={t.locale}
        loading={props.loading ?? (remote.loading && !page)}
        error={props.error ?? remote.error ?? (noSource ? t('common.noClient') : undefined)}
        onRetry={client ? remote.reload : undefined}
        empty={!page || page.items.length === 0}
        emptyText={t('worklist.empty')}
      >
        <WorklistTable t={t} cases={page?.items ?? []} now={now} onOpenCase={props.onOpenCase} />
      </StatusView>
      {page && page.total > limit && (
        <Pager
          t={t}
          offset={query.offset ?? 0}
          limit={limit}
          total={page.total}
          onOffset={(offset) => change({ offset })}
        />
      )}
    </GcRoot>
  );
}
