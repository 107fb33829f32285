import type { AvailableAction, HistoryEntry } from '@gridcase/engine';
import type { Locale, LocalizedText } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import type { AreaOption, UploadHandler } from '@gridcase/forms/react';
import { useState } from 'react';
import { CaseTimeline } from '../CaseTimeline/CaseTimeline';
import { GridcaseApiError } from '../client/GridcaseApiError';
import type { CaseAttachment, CaseCommandInput, CaseComment, CaseDetail } from '../client/types';
import { useT } from '../i18n/useT';
import { useGridcase } from '../provider/useGridcase';
import { GcRoot } from '../shared/GcRoot';
import { StatusView } from '../shared/StatusView';
import type { GridcaseTheme } from '../theme/theme';
import { ActionBar, type Outcome } from './ActionBar';
import { AttachmentsPanel } from './AttachmentsPanel';
import { CaseFacts } from './CaseFacts';
import { CommentsPanel } from './CommentsPanel';
import { caseViewMessages } from './messages';
import { useCaseData } from './useCaseData';
import { useCaseFiles } from './useCaseFiles';

export interface CaseViewProps {
  /** Load this case (and its comments, attachments, history) through the provider's client. */
  caseId?: string;
  /** Or give the case as data. */
  detail?: CaseDetail;
  comments?: CaseComment[];
  attachments?: CaseAttachment[];
  history?: HistoryEntry[];
  loading?: boolean;
  error?: Error | string;
  /**
   * Runs an action. Without it the provider's client sends it (with `If-Match`). Reject with a
   * `GridcaseApiError` to show the server's field issues; resolve with the updated case.
   */
  onCommand?: (command: CaseCommandInput, detail: CaseDetail) => Promise<CaseDetail | undefined>;
  onAddComment?: (text: string) => Promise<void>;
  onUploadAttachment?: (file: File) => Promise<void>;
  onOpenAttachment?: (attachment: CaseAttachment) => void;
  /**
   * Stores files that action forms attach (photo and file fields). Without it, and with a
   * client, they become attachments of the case.
   */
  onUploadFormFile?: UploadHandler;
  /** The areas the forms' area picker offers. */
  areaOptions?: readonly AreaOption[];
  /** Titles of every stage id, for the history (the current ones come with the case). */
  stageTitles?: Record<string, LocalizedText>;
  fieldLabels?: Record<string, LocalizedText>;
  /**
   * Keep a draft of a half-filled action form on this device until it is sent (default true): a
   * reload, a dropped connection or a phone call in the field loses nothing. Drafts stay in the
   * device's `localStorage` (they may hold personal data) and are dropped once the action is
   * done; call `clearFormDrafts()` from `@gridcase/forms/react` on sign-out.
   */
  saveDrafts?: boolean;
  /** Show the history under the case (default true). */
  showTimeline?: boolean;
  locale?: Locale;
  theme?: GridcaseTheme;
  now?: Date;
}

/**
 * One case: stage, handler, area, co-handling agencies and deadline; the actions the user may
 * take as buttons that open their forms (`SchemaForm`); comments; attachments; the history.
 * Server validation errors (422) land on their fields, in the user's language.
 *
 * @example
 * ```tsx
 * <CaseView caseId="GC-2026-1001" />   // everything through the provider's client
 * <CaseView detail={detail} onCommand={(cmd) => api.run(detail.case.id, cmd)} />
 * ```
 */
export function CaseView(props: CaseViewProps) {
  const ctx = useGridcase();
  const t = useT(caseViewMessages, props.locale);
  const client = ctx.client;
  const data = useCaseData(props, props.detail ? undefined : client);
  const [open, setOpen] = useState<AvailableAction>();
  const [outcome, setOutcome] = useState<Outcome>();
  const now = props.now ?? ctx.now();
  const detail = data.detail;
  const caseId = data.id;

  const run = async (
    action: AvailableAction,
    formData?: Record<string, unknown>,
    reason?: string,
  ): Promise<boolean> => {
    if (!detail) return false;
    const command: CaseCommandInput = {
      type: action.type,
      ...(formData ? { data: formData } : {}),
      ...(reason ? { reason } : {}),
    };
    try {
      const next = props.onCommand
        ? await props.onCommand(command, detail)
        : await client?.runCommand(detail.case.id, command, { ifMatch: detail.case.version });
      data.replace(next);
      setOpen(undefined);
      setOutcome({ kind: 'done', action: localize(action.title, t.locale) });
      return true;
    } catch (err) {
      const api = err instanceof GridcaseApiError ? err : undefined;
      setOutcome({
        kind: 'failed',
        message: err instanceof Error ? err.message : String(err),
        issues: api?.issues ?? [],
        conflict: api?.status === 409,
      });
      return false;
    }
  };
  const files = useCaseFiles(props, client, caseId, data);
  const stageTitles = {
    ...Object.fromEntries(detail?.stages.map((s) => [s.id, s.title]) ?? []),
    ...props.stageTitles,
  };
  const noSource = !detail && !client && !props.loading && !props.error;
  return (
    <GcRoot as="section" className="gc-case" locale={t.locale} theme={props.theme}>
      <StatusView
        locale={t.locale}
        loading={props.loading ?? data.loading}
        error={props.error ?? data.error ?? (noSource ? t('common.noClient') : undefined)}
        onRetry={client ? data.reloadDetail : undefined}
      >
        {detail && (
          <>
            <header className="gc-case__header">
              <h2 className="gc-heading">
                {detail.case.title ?? t('case.heading', { id: detail.case.id })}
              </h2>
              <span className="gc-muted">
                {detail.case.id} ·{' '}
                {t('case.definition', {
                  title: localize(detail.definition.title, t.locale),
                  version: detail.definition.version,
                })}
              </span>
              <span className="gc-badge gc-badge--neutral">
                {t(`case.status.${detail.case.status}`)}
              </span>
            </header>
            <CaseFacts t={t} detail={detail} now={now} />
            <ActionBar
              t={t}
              actions={detail.actions}
              open={open}
              outcome={outcome}
              onOpen={(a) => {
                setOpen(a);
                setOutcome(undefined);
              }}
              onCancel={() => setOpen(undefined)}
              onRun={run}
              onReload={() => {
                setOutcome(undefined);
                setOpen(undefined);
                data.reloadDetail();
              }}
              onUpload={files.uploadFormFile}
              areaOptions={props.areaOptions}
              draftPrefix={props.saveDrafts === false ? undefined : `case:${detail.case.id}`}
            />
            <div className="gc-case__panels">
              <CommentsPanel t={t} comments={data.comments} onAdd={files.addComment} />
              <AttachmentsPanel
                t={t}
                attachments={data.attachments}
                onOpen={files.openFile}
                onUpload={files.upload}
              />
            </div>
            {props.showTimeline !== false && (
              <CaseTimeline
                entries={data.history ?? []}
                loading={!data.history && !!client}
                stageTitles={stageTitles}
                {...(props.fieldLabels ? { fieldLabels: props.fieldLabels } : {})}
                headingLevel={3}
                locale={t.locale}
              />
            )}
          </>
        )}
      </StatusView>
    </GcRoot>
  );
}
