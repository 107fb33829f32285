import { useEffect, useMemo, useRef } from 'react';
import { type Mode, type UseFormReturn, useForm } from 'react-hook-form';
import { DEFAULT_LOCALE } from '../../i18n';
import type { FormDefinition, Locale, ValidationIssue } from '../../types';
import { formValidator } from '../../validator';
import { useDraftDefaults, useSaveDraft } from '../draft/useFormDraft';
import { errorKey } from '../resolver/errorKey';
import { flattenErrors } from '../resolver/flattenErrors';
import { schemaResolver } from '../resolver/schemaResolver';
import { layoutForm } from '../schema/inlineRefs';
import type { FormCompiler, FormValues } from '../types';
import { lazyCheck, whenIdle } from './lazyCheck';

/** Options of {@link useSchemaForm}; the same names as {@link SchemaFormProps}. */
export interface UseSchemaFormOptions<T extends FormValues = FormValues> {
  form: FormDefinition;
  locale?: Locale;
  defaultValues?: Partial<T>;
  serverIssues?: readonly ValidationIssue[];
  mode?: Mode;
  validator?: FormCompiler;
  /** Keeps a draft of the half-filled form in this device's `localStorage` (see `SchemaFormProps.draftKey`). */
  draftKey?: string;
}

/**
 * react-hook-form's `useForm`, wired to a gridcase form: its resolver runs the shared validator
 * (the same code the server runs), compiled once, in idle time right after the form is first
 * painted - so compiling delays neither the form's first paint nor, normally, anyone's typing
 * (a check needed before then compiles on the spot) - and messages follow `locale`. Server issues (a 422's `details.issues`) are put
 * on their fields with `setError` whenever `serverIssues` changes; the first one gets focus.
 * With `draftKey`, a draft kept on the device is restored when the form mounts and written on
 * every change (clear it with `clearFormDraft(draftKey)` once the data is stored).
 *
 * Use it to lay out a form by hand; `<SchemaForm>` uses it for the generated layout.
 *
 * @example
 * ```tsx
 * const methods = useSchemaForm({ form, locale: 'zh-CN', serverIssues });
 * return <form onSubmit={methods.handleSubmit(save)}>...</form>;
 * ```
 */
export function useSchemaForm<T extends FormValues = FormValues>(
  options: UseSchemaFormOptions<T>,
): UseFormReturn<FormValues> {
  const { form, locale = DEFAULT_LOCALE, serverIssues, mode = 'onSubmit' } = options;
  // The validator is read once per form: a host passing `{ compile }` inline must not recompile.
  const validator = useRef(options.validator ?? formValidator);
  // Compiling a large form takes a few hundred ms on a slow phone: not before the form shows.
  const compiled = useMemo(() => lazyCheck(() => validator.current.compile(form)), [form]);
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const laidOut = layoutForm(form);
  const resolver = useMemo(
    () => schemaResolver(compiled, laidOut, () => localeRef.current),
    [compiled, laidOut],
  );
  const defaultValues = useDraftDefaults(
    options.draftKey,
    options.defaultValues as FormValues | undefined,
  );
  const methods = useForm<FormValues>({
    mode,
    reValidateMode: 'onChange',
    defaultValues,
    resolver,
    shouldFocusError: true,
  });

  const { getValues } = methods;
  useEffect(() => whenIdle(() => compiled.warm(getValues())), [compiled, getValues]);

  useSaveDraft(methods, options.draftKey);

  const { setError } = methods;
  useEffect(() => {
    serverIssues?.forEach((issue, index) => {
      setError(
        errorKey(laidOut.schema, issue.path, 'server'),
        { type: issue.code, message: issue.message },
        { shouldFocus: index === 0 },
      );
    });
  }, [serverIssues, setError, laidOut]);

  // Messages already shown switch language with the form: check those fields again (the
  // server's own messages stay as the server wrote them).
  const { trigger, getErrors } = methods;
  const shownLocale = useRef(locale);
  useEffect(() => {
    if (shownLocale.current === locale) return;
    shownLocale.current = locale;
    const fromServer = new Set(serverIssues?.map((issue) => issue.message));
    const names = flattenErrors(getErrors())
      .filter((error) => error.path !== '' && !fromServer.has(error.message))
      .map((error) => error.path);
    if (names.length > 0) void trigger(names);
  }, [locale, trigger, getErrors, serverIssues]);

  return methods;
}
