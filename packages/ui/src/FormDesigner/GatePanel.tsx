import type { FormDefinition, GateResult } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import { fieldOfPointer } from './fieldOfPointer';
import type { FormT } from './formDesignerTypes';
import { fieldKeys } from './formOperations';

/** The publish gate's verdict: each finding names its field, with a button to select it. */
export function GatePanel(props: {
  t: FormT;
  form: FormDefinition;
  result: GateResult;
  onSelect: (key: string) => void;
}) {
  const { t, form, result } = props;
  const order = fieldKeys(form);
  return (
    <section className="gc-problems" aria-label={t('fd.problems')}>
      <h3 className="gc-subheading">{t('fd.problems')}</h3>
      <p role="status" className={result.ok ? 'gc-muted' : 'gc-error-text'}>
        {result.ok ? t('fd.noProblems') : t('fd.problemCount', { count: result.findings.length })}
      </p>
      <ul className="gc-problems__list">
        {result.findings.map((f) => {
          const key = fieldOfPointer(f.pointer, order);
          const label = key ? form.ui?.fields?.[key]?.label : undefined;
          return (
            <li key={`${f.code}:${f.pointer}`} data-code={f.code}>
              {t('fd.problemAt', {
                where: label ? localize(label, t.locale) : (key ?? t('fd.whole')),
                message: f.message,
              })}
              <div className="gc-muted">{f.hint}</div>
              {key && (
                <button
                  type="button"
                  className="gc-btn gc-btn--small"
                  onClick={() => props.onSelect(key)}
                >
                  {t('fd.show')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
