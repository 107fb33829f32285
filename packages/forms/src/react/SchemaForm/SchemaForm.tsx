import { type FormEvent, memo, useId, useMemo, useRef } from 'react';
import { createTranslator, DEFAULT_LOCALE, localize } from '../../i18n';
import type { FormDefinition } from '../../types';
import { FormContext, type FormContextValue } from '../context/FormContext';
import { clearFormDraft } from '../draft/formDraft';
import { ErrorSummary } from '../ErrorSummary/ErrorSummary';
import { createFieldErrors } from '../fields/fieldErrors';
import { ObjectFields } from '../fields/ObjectFields';
import { rendererMessages } from '../messages/rendererMessages';
import { layoutForm } from '../schema/inlineRefs';
import { SchemaFormStyles } from '../styles/SchemaFormStyles';
import type { AreaOption, FormValues, SchemaFormProps } from '../types';
import { createUploadTracker } from '../uploads/uploadTracker';
import { useSchemaForm } from '../useSchemaForm/useSchemaForm';
import { SubmitButton } from './SubmitButton';

const NO_AREAS: readonly AreaOption[] = [];

/**
 * Renders a gridcase form from its JSON Schema and UI schema, on react-hook-form: every widget,
 * `visibleIf`, repeatable lists, attachments, signatures, the area picker, the shared validator
 * (compiled once, in idle time right after the first paint) with zh-CN or en messages, server issues on their fields,
 * and an error summary. Typing in a field renders that field at most, never the whole form.
 *
 * @example
 * ```tsx
 * <SchemaForm
 *   form={intakeForm}
 *   locale="zh-CN"
 *   onSubmit={(data) => api.openCase(data)}
 *   serverIssues={issuesFrom422}
 *   onUpload={(file) => api.upload(file)}
 *   areaOptions={county.areas}
 * />
 * ```
 */
export function SchemaForm<T extends FormValues = FormValues>(props: SchemaFormProps<T>) {
  const { locale = DEFAULT_LOCALE, disabled = false, onUpload, serverIssues } = props;
  const form = layoutForm(props.form);
  const areaOptions = props.areaOptions ?? NO_AREAS;
  const reactId = useId();
  const formId = props.id ?? `gc-${reactId.replace(/[^\w-]/g, '')}`;
  const methods = useSchemaForm(props);
  const { control, handleSubmit, clearErrors, subscribe, getErrors } = methods;
  const fieldErrors = useMemo(
    () => createFieldErrors({ subscribe, getErrors }),
    [subscribe, getErrors],
  );
  const onSubmit = useRef(props.onSubmit);
  onSubmit.current = props.onSubmit;
  const draftKey = useRef(props.draftKey);
  draftKey.current = props.draftKey;
  // A file chosen just before submitting is stored first: the form waits for running uploads.
  const uploads = useRef(createUploadTracker()).current;
  const submit = useMemo(() => {
    const validated = handleSubmit(async (data) => {
      const stored = await onSubmit.current(data as T);
      if (draftKey.current && stored !== false) clearFormDraft(draftKey.current);
    });
    return async (event?: FormEvent) => {
      event?.preventDefault();
      await uploads.idle();
      await validated();
    };
  }, [handleSubmit, uploads]);
  const trackedUpload = useMemo(() => uploads.track(onUpload), [uploads, onUpload]);
  const context = useMemo<FormContextValue>(
    () => ({
      control,
      clearErrors,
      fieldErrors,
      locale,
      t: createTranslator(locale, rendererMessages),
      idPrefix: formId,
      disabled,
      onUpload: trackedUpload,
      uploads,
      areaOptions,
    }),
    [
      control,
      clearErrors,
      fieldErrors,
      locale,
      formId,
      disabled,
      trackedUpload,
      uploads,
      areaOptions,
    ],
  );
  return (
    <FormContext.Provider value={context}>
      {props.unstyled ? null : <SchemaFormStyles />}
      <form
        id={formId}
        className={props.className ? `gc-form ${props.className}` : 'gc-form'}
        lang={locale}
        aria-label={localize(form.title, locale)}
        noValidate
        onSubmit={submit}
      >
        <fieldset className="gc-body" disabled={disabled}>
          <ErrorSummary form={form} force={(serverIssues?.length ?? 0) > 0} />
          <FormFields form={form} />
          {props.children}
          <div className="gc-actions">
            <SubmitButton label={props.submitLabel} />
          </div>
        </fieldset>
      </form>
    </FormContext.Provider>
  );
}

/** The generated fields; memoised so nothing above them can make them render again. */
const FormFields = memo(function FormFields({ form }: { form: FormDefinition }) {
  return (
    <div className="gc-fields">
      <ObjectFields scope="" schema={form.schema} ui={form.ui} />
    </div>
  );
});
