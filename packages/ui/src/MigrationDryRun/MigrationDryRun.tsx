import type { WorkflowDefinition } from '@gridcase/engine';
import type { Locale } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import { useMemo } from 'react';
import type { MigrationDryRunReport, MigrationProgress, MigrationRequest } from '../client/types';
import { useT } from '../i18n/useT';
import { useGridcase } from '../provider/useGridcase';
import { formatDate } from '../shared/formatDate';
import { GcRoot } from '../shared/GcRoot';
import { StatusView } from '../shared/StatusView';
import type { GridcaseTheme } from '../theme/theme';
import { MigrationCases } from './MigrationCases';
import { MigrationGroups } from './MigrationGroups';
import { MigrationProgressView } from './MigrationProgressView';
import { migrationMessages } from './messages';
import { stageTitles } from './stageTitles';
import { useMigration } from './useMigration';

export interface MigrationDryRunProps {
  /** With the provider's client: the definition whose running cases move, and how. */
  definitionId?: string;
  request?: MigrationRequest;
  /** The dry run as data (then nothing is loaded). */
  report?: MigrationDryRunReport;
  /** The two versions, for stage titles (loaded with the client when absent). */
  from?: WorkflowDefinition;
  to?: WorkflowDefinition;
  /** An apply's progress as data. */
  progress?: MigrationProgress;
  /** Called by the apply button when there is no client (plain props). */
  onApply?: () => void | Promise<void>;
  /** Cases listed case by case (default 200). */
  pageSize?: number;
  /** How often to poll an apply's progress (default 1000 ms). */
  pollMs?: number;
  loading?: boolean;
  error?: Error | string;
  locale?: Locale;
  theme?: GridcaseTheme;
}

/**
 * A migration's dry run for the county admin: running cases on the old version, how they move
 * (old stage -> new stage, whether the deadline clock is kept, fields moved), the cases that
 * cannot move and why, an incomplete plan's unmapped stages with their cases, each case's new
 * stage and deadline; then the apply button and the apply's progress.
 *
 * @example
 * ```tsx
 * <MigrationDryRun definitionId="dispute-mediation" request={{ fromVersion: 1, toVersion: 2, plan }} />
 * <MigrationDryRun report={report} from={v1} to={v2} onApply={apply} progress={progress} />
 * ```
 */
export function MigrationDryRun(props: MigrationDryRunProps) {
  const ctx = useGridcase();
  const t = useT(migrationMessages, props.locale);
  const client = props.report ? undefined : ctx.client;
  const remote = useMigration(client, props.definitionId, props.request, {
    pageSize: props.pageSize ?? 200,
    pollMs: props.pollMs ?? 1000,
  });
  const report = props.report ?? remote.report;
  const from = props.from ?? remote.from;
  const to = props.to ?? remote.to;
  const progress = props.progress ?? remote.progress;
  const stageName = useMemo(() => {
    const namer = (definition: WorkflowDefinition | undefined) => {
      const titles = stageTitles(definition);
      return (id: string) => {
        const title = titles.get(id);
        return title ? localize(title, t.locale) : id.split('.').slice(1).join('.') || id;
      };
    };
    return { from: namer(from), to: namer(to) };
  }, [from, to, t.locale]);
  const noSource = !props.report && !client && !props.loading && !props.error;
  const canApply =
    report?.summary.complete && report.summary.migratable > 0 && (client || props.onApply);
  const apply = () => (client ? remote.apply() : props.onApply?.());
  const name = from ? localize(from.title, t.locale) : report?.definitionId;
  return (
    <GcRoot as="section" className="gc-migration" locale={t.locale} theme={props.theme}>
      <StatusView
        locale={t.locale}
        loading={props.loading ?? (remote.loading && !report)}
        error={props.error ?? remote.error ?? (noSource ? t('common.noClient') : undefined)}
        onRetry={client ? remote.reload : undefined}
      >
        {report && (
          <>
            <h2 className="gc-heading">
              {t('migration.title', {
                definition: name,
                from: report.fromVersion,
                to: report.toVersion,
              })}
            </h2>
            <p className="gc-muted">
              {t('migration.plan', { plan: report.planId, at: formatDate(report.at, t.locale) })}
            </p>
            {report.summary.total === 0 && <p className="gc-state">{t('migration.nothing')}</p>}
            <MigrationGroups summary={report.summary} stageName={stageName} t={t} />
            <MigrationCases
              cases={report.cases}
              offset={report.offset}
              total={report.summary.total}
              at={report.at}
              stageName={stageName}
              t={t}
            />
            {canApply && (
              <div className="gc-button-row">
                <button
                  type="button"
                  className="gc-btn gc-btn--primary"
                  disabled={remote.applying || progress?.status === 'running'}
                  onClick={() => void apply()}
                >
                  {t('migration.apply')}
                </button>
              </div>
            )}
            {remote.applyError && (
              <div className="gc-alert gc-alert--error" role="alert">
                {remote.applyError.message}
              </div>
            )}
            {progress && <MigrationProgressView progress={progress} t={t} />}
          </>
        )}
      </StatusView>
    </GcRoot>
  );
}
