import type { MigrationProgress } from '../client/types';
import type { UiT } from '../i18n/useT';
import type { migrationMessages } from './messages';

/** An apply's progress: a progress bar, the counts, and how the pass ended. */
export function MigrationProgressView(props: {
  progress: MigrationProgress;
  t: UiT<typeof migrationMessages>;
}) {
  const { progress: p, t } = props;
  const done = p.migrated + p.failed;
  const status =
    p.status === 'stopped'
      ? t('migration.status.stopped', { reason: p.error?.message ?? '' })
      : t(`migration.status.${p.status}`);
  return (
    <div className={p.status === 'stopped' ? 'gc-alert gc-alert--error' : 'gc-panel'}>
      <progress
        aria-label={t('migration.progressLabel')}
        max={Math.max(p.total, 1)}
        value={Math.min(done, p.total)}
      />
      <p role="status">
        <strong>{status}</strong>{' '}
        {t('migration.progress', {
          migrated: p.migrated,
          skipped: p.skipped,
          failed: p.failed,
          total: p.total,
        })}
      </p>
    </div>
  );
}
