import type { AvailableAction } from '@gridcase/engine';
import type { ValidationIssue } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import type { AreaOption, UploadHandler } from '@gridcase/forms/react';
import type { UiT } from '../i18n/useT';
import { ActionPanel } from './ActionPanel';
import type { caseViewMessages } from './messages';

type T = UiT<typeof caseViewMessages>;

/** How the last attempt at an action went. */
export type Outcome =
  | { kind: 'done'; action: string }
  | { kind: 'failed'; message: string; issues: ValidationIssue[]; conflict: boolean };

/** The available actions as buttons, the open action's form, and how the last attempt went. */
export function ActionBar(props: {
  t: T;
  actions: AvailableAction[];
  open: AvailableAction | undefined;
  outcome: Outcome | undefined;
  onOpen: (action: AvailableAction) => void;
  onCancel: () => void;
  onRun: (
    action: AvailableAction,
    data?: Record<string, unknown>,
    reason?: string,
  ) => Promise<boolean>;
  onReload: () => void;
  onUpload?: UploadHandler | undefined;
  areaOptions?: readonly AreaOption[] | undefined;
  /** Keeps drafts of the action forms under `<draftPrefix>:<action>`; none without it. */
  draftPrefix?: string | undefined;
}) {
  const { t, open, outcome } = props;
  const failed = outcome?.kind === 'failed' ? outcome : undefined;
  return (
    <section className="gc-actions-bar" aria-label={t('case.actions')}>
      <h3 className="gc-subheading">{t('case.actions')}</h3>
      {props.actions.length === 0 ? (
        <p className="gc-muted">{t('case.noActions')}</p>
      ) : (
        <div className="gc-button-row">
          {props.actions.map((a) => (
            <button
              key={a.type}
              type="button"
              className={open?.type === a.type ? 'gc-btn gc-btn--primary' : 'gc-btn'}
              aria-expanded={open?.type === a.type}
              onClick={() => props.onOpen(a)}
            >
              {localize(a.title, t.locale)}
            </button>
          ))}
        </div>
      )}
      <div aria-live="polite">
        {outcome?.kind === 'done' && (
          <p className="gc-alert gc-alert--success" role="status">
            {t('case.done', { action: outcome.action })}
          </p>
        )}
        {failed && (
          <div className="gc-alert gc-alert--error" role="alert">
            {failed.conflict ? (
              <>
                <span>{t('case.conflict')}</span>
                <button type="button" className="gc-btn" onClick={props.onReload}>
                  {t('case.reload')}
                </button>
              </>
            ) : failed.issues.length > 0 ? (
              <div>
                <p>{t('case.issues')}</p>
                <ul>
                  {failed.issues.map((i) => (
                    <li key={`${i.path}:${i.code}`}>{i.message}</li>
                  ))}
                </ul>
              </div>
            ) : (
              <span>{t('case.failed', { message: failed.message })}</span>
            )}
          </div>
        )}
      </div>
      {open && (
        <ActionPanel
          key={open.type}
          t={t}
          action={open}
          issues={failed?.issues ?? []}
          onSubmit={(data, reason) => props.onRun(open, data, reason)}
          onCancel={props.onCancel}
          onUpload={props.onUpload}
          areaOptions={props.areaOptions}
          draftKey={props.draftPrefix && `${props.draftPrefix}:${open.type}`}
        />
      )}
    </section>
  );
}
