import type { FormDefinition } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import type { FormT } from './formDesignerTypes';
import { fieldKeys, isRequired, moveField } from './formOperations';

/** The fields in order: select one, move it up or down; problem counts shown on each. */
export function FieldList(props: {
  t: FormT;
  form: FormDefinition;
  selected: string | undefined;
  problemCount: (key: string) => number;
  onSelect: (key: string) => void;
  apply: (next: FormDefinition) => void;
}) {
  const { t, form } = props;
  const keys = fieldKeys(form);
  const labelOf = (k: string) => {
    const l = form.ui?.fields?.[k]?.label;
    return l ? localize(l, t.locale) : k;
  };
  return (
    <nav className="gc-stage-list" aria-label={t('fd.fields')}>
      <h3 className="gc-subheading">{t('fd.fields')}</h3>
      {keys.length === 0 ? (
        <p className="gc-muted">{t('fd.noFields')}</p>
      ) : (
        <ul>
          {keys.map((k, i) => {
            const count = props.problemCount(k);
            const widget = form.ui?.fields?.[k]?.widget;
            return (
              <li key={k} className="gc-field-row">
                <button
                  type="button"
                  className="gc-stage-list__item"
                  aria-current={props.selected === k ? 'true' : undefined}
                  onClick={() => props.onSelect(k)}
                >
                  {labelOf(k)}
                  {isRequired(form, k) && <span aria-hidden="true">*</span>}
                  {widget && <span className="gc-muted">{t(`fd.widget.${widget}`)}</span>}
                  {count > 0 && (
                    <span className="gc-badge gc-badge--overdue">
                      {t('fd.problemsOf', { count })}
                    </span>
                  )}
                </button>
                <span className="gc-field-row__moves">
                  <button
                    type="button"
                    className="gc-btn gc-btn--small"
                    disabled={i === 0}
                    aria-label={t('fd.moveUp', { label: labelOf(k) })}
                    onClick={() => props.apply(moveField(form, k, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="gc-btn gc-btn--small"
                    disabled={i === keys.length - 1}
                    aria-label={t('fd.moveDown', { label: labelOf(k) })}
                    onClick={() => props.apply(moveField(form, k, 1))}
                  >
                    ↓
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
