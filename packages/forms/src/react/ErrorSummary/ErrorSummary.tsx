import type { MouseEvent } from 'react';
import { useFormState } from 'react-hook-form';
import type { FormDefinition } from '../../types';
import { fieldId, useFormContextValue } from '../context/FormContext';
import { flattenErrors } from '../resolver/flattenErrors';
import { labelAt } from '../schema/labelAt';

interface ErrorSummaryProps {
  form: FormDefinition;
  /** Show even before a submit (the server reported issues). */
  force: boolean;
}

/**
 * The list of problems above the form, announced to screen readers (`role="alert"`), each linked
 * to its field. It appears once a submit has failed, or when the server reported issues. Until
 * then it subscribes to the submit count only, so typing never renders it.
 */
export function ErrorSummary({ form, force }: ErrorSummaryProps) {
  const { control } = useFormContextValue();
  const { submitCount } = useFormState({ control });
  return submitCount > 0 || force ? <ErrorList form={form} /> : null;
}

function ErrorList({ form }: { form: FormDefinition }) {
  const { control, t, locale, idPrefix } = useFormContextValue();
  const { errors } = useFormState({ control });
  const list = flattenErrors(errors);
  if (list.length === 0) return null;
  const item = (label: string, n: number) => t('form.react.array.item', { label, n });
  const focus = (id: string) => (event: MouseEvent) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
  };
  return (
    <div className="gc-summary" role="alert">
      <p className="gc-summary-title">{t('form.react.summary.title', { count: list.length })}</p>
      <ul>
        {list.map(({ key, path, message }) => {
          if (path === '') return <li key={key}>{message}</li>;
          const id = fieldId(idPrefix, path);
          return (
            <li key={key}>
              <a href={`#${id}`} onClick={focus(id)}>
                {labelAt(form, path, locale, item)}: {message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
