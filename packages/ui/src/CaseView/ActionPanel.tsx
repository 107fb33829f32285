import type { AvailableAction } from '@gridcase/engine';
import type { ValidationIssue } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import { type AreaOption, SchemaForm, type UploadHandler } from '@gridcase/forms/react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { UiT } from '../i18n/useT';
import type { caseViewMessages } from './messages';

type T = UiT<typeof caseViewMessages>;

export interface ActionPanelProps {
  t: T;
  action: AvailableAction;
  /** Field issues the server reported for the last attempt. */
  issues: readonly ValidationIssue[];
  /** Resolves whether the action was done (a failure is shown by the case view). */
  onSubmit: (
    data: Record<string, unknown> | undefined,
    reason: string | undefined,
  ) => Promise<boolean>;
  onCancel: () => void;
  onUpload?: UploadHandler | undefined;
  areaOptions?: readonly AreaOption[] | undefined;
  /** Keeps a draft of the form on this device until the action is done. */
  draftKey?: string | undefined;
}

/** The form of one action: its `SchemaForm` (if it has one), a reason when required, submit. */
export function ActionPanel(props: ActionPanelProps) {
  const { t, action } = props;
  const title = localize(action.title, t.locale);
  const headingId = useId();
  const reasonId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (data: Record<string, unknown> | undefined) => {
    const text = reason.trim();
    if (action.requiresReason && !text) {
      setReasonError(true);
      document.getElementById(reasonId)?.focus();
      return false;
    }
    setReasonError(false);
    return props.onSubmit(data, text || undefined);
  };
  const reasonField = (
    <div className="gc-labelled gc-labelled--block">
      <label htmlFor={reasonId} className="gc-labelled__text">
        {t('case.reason')}
        {action.requiresReason && <span aria-hidden="true"> *</span>}
      </label>
      <textarea
        id={reasonId}
        className="gc-control"
        rows={3}
        value={reason}
        required={action.requiresReason}
        aria-invalid={reasonError || undefined}
        aria-describedby={reasonError ? `${reasonId}-error` : undefined}
        onChange={(e) => setReason(e.target.value)}
      />
      {reasonError && (
        <span id={`${reasonId}-error`} className="gc-error-text">
          {t('case.reasonRequired')}
        </span>
      )}
    </div>
  );
  const showReason = action.requiresReason || !action.form;
  return (
    <section className="gc-action-panel" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="gc-subheading">
        {t('case.actionForm', { action: title })}
      </h3>
      {action.form ? (
        <SchemaForm
          form={action.form}
          locale={t.locale}
          serverIssues={props.issues}
          onSubmit={(data) => submit(data)}
          submitLabel={t('common.submit')}
          {...(props.onUpload ? { onUpload: props.onUpload } : {})}
          {...(props.areaOptions ? { areaOptions: props.areaOptions } : {})}
          {...(props.draftKey ? { draftKey: props.draftKey } : {})}
        >
          {showReason && reasonField}
        </SchemaForm>
      ) : (
        <form
          className="gc-confirm-form"
          noValidate
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void submit(undefined);
          }}
        >
          {reasonField}
          <button type="submit" className="gc-btn gc-btn--primary">
            {t('case.confirm')}
          </button>
        </form>
      )}
      <button type="button" className="gc-btn gc-action-panel__cancel" onClick={props.onCancel}>
        {t('common.cancel')}
      </button>
    </section>
  );
}
