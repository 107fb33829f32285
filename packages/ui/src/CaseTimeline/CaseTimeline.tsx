import type { HistoryEntry } from '@gridcase/engine';
import type { Locale, LocalizedText } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import { useT } from '../i18n/useT';
import { useGridcase } from '../provider/useGridcase';
import { GcRoot } from '../shared/GcRoot';
import { StatusView } from '../shared/StatusView';
import { useResource } from '../shared/useResource';
import type { GridcaseTheme } from '../theme/theme';
import { timelineMessages } from './messages';
import { TimelineEntry } from './TimelineEntry';

export interface CaseTimelineProps {
  /** The history to show. Absent: loaded for `caseId` through the provider's client. */
  entries?: HistoryEntry[];
  caseId?: string;
  loading?: boolean;
  error?: Error | string;
  /** Titles of stage ids (`dispute-mediation.mediation`), to name where a step moved the case. */
  stageTitles?: Record<string, LocalizedText>;
  /** Labels of data fields, to name what changed. */
  fieldLabels?: Record<string, LocalizedText>;
  /** `newest` first (default) or `oldest` first. */
  order?: 'newest' | 'oldest';
  /** Show as a nested section (smaller heading) inside another component. */
  headingLevel?: 2 | 3;
  locale?: Locale;
  theme?: GridcaseTheme;
}

/**
 * A case's history: who did what when, which action, where it moved the case, and what changed.
 *
 * @example
 * ```tsx
 * <CaseTimeline caseId="GC-2026-1001" />            // through the provider's client
 * <CaseTimeline entries={history} stageTitles={titles} fieldLabels={labels} />
 * ```
 */
export function CaseTimeline(props: CaseTimelineProps) {
  const ctx = useGridcase();
  const t = useT(timelineMessages, props.locale);
  const client = props.entries ? undefined : ctx.client;
  const caseId = props.caseId;
  const remote = useResource(
    client && caseId ? () => client.getHistory(caseId) : undefined,
    caseId ?? '',
  );
  const entries = props.entries ?? remote.data ?? [];
  const sorted = [...entries].sort((a, b) =>
    props.order === 'oldest' ? a.seq - b.seq : b.seq - a.seq,
  );
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const labelOf = (texts: Record<string, LocalizedText> | undefined, key: string) => {
    const text = texts?.[key];
    return text ? localize(text, t.locale) : (key.split('.').at(-1) ?? key);
  };
  return (
    <GcRoot as="section" className="gc-timeline" locale={t.locale} theme={props.theme}>
      <Heading className={props.headingLevel === 3 ? 'gc-subheading' : 'gc-heading'}>
        {t('timeline.title')}
      </Heading>
      <StatusView
        locale={t.locale}
        loading={props.loading ?? remote.loading}
        error={props.error ?? remote.error}
        onRetry={client ? remote.reload : undefined}
        empty={sorted.length === 0}
        emptyText={t('timeline.empty')}
      >
        <ol className="gc-timeline__list">
          {sorted.map((entry) => (
            <TimelineEntry
              key={entry.seq}
              t={t}
              entry={entry}
              stageName={(id) => labelOf(props.stageTitles, id)}
              fieldName={(f) => labelOf(props.fieldLabels, f)}
            />
          ))}
        </ol>
      </StatusView>
    </GcRoot>
  );
}
