import type { FormDefinition, JsonSchema, VisibleIf } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import { useId } from 'react';
import { CommitField } from '../shared/CommitField';
import type { FormT } from './formDesignerTypes';
import { fieldKeys } from './formOperations';

/** "Show when field X equals V": other fields to depend on, and a value fitting that field. */
export function VisibilityEditor(props: {
  t: FormT;
  form: FormDefinition;
  fieldKey: string;
  onChange: (rule: VisibleIf | undefined) => void;
}) {
  const { t, form, fieldKey } = props;
  const id = useId();
  const rule = form.ui?.fields?.[fieldKey]?.visibleIf;
  const others = fieldKeys(form).filter((k) => k !== fieldKey);
  const schemaOf = (k: string) => (form.schema.properties as Record<string, JsonSchema>)[k];
  const labelOf = (k: string) => {
    const l = form.ui?.fields?.[k]?.label;
    return l ? localize(l, t.locale) : k;
  };
  const on = rule?.field;
  const target = on ? schemaOf(on) : undefined;
  const equals = rule && 'equals' in rule ? rule.equals : undefined;
  const valueControl = () => {
    if (!on || !target) return null;
    const choose = (value: unknown) => props.onChange({ field: on, equals: value });
    if (target.type === 'boolean') {
      return (
        <select
          id={`${id}-v`}
          className="gc-control"
          value={String(equals)}
          onChange={(e) => choose(e.target.value === 'true')}
        >
          <option value="true">{t('fd.yes')}</option>
          <option value="false">{t('fd.no')}</option>
        </select>
      );
    }
    if (Array.isArray(target.enum)) {
      const labels = form.ui?.fields?.[on]?.enumLabels;
      return (
        <select
          id={`${id}-v`}
          className="gc-control"
          value={String(equals)}
          onChange={(e) => choose(e.target.value)}
        >
          {target.enum.map((v) => (
            <option key={String(v)} value={String(v)}>
              {labels?.[String(v)] ? localize(labels[String(v)] as never, t.locale) : String(v)}
            </option>
          ))}
        </select>
      );
    }
    return undefined;
  };
  const select = valueControl();
  return (
    <fieldset className="gc-prop-group">
      <legend>{t('fd.visibleIf')}</legend>
      <div className="gc-rule">
        <label className="gc-labelled">
          <span className="gc-labelled__text">{t('fd.whenField')}</span>
          <select
            className="gc-control"
            value={on ?? ''}
            onChange={(e) => {
              const k = e.target.value;
              if (!k) return props.onChange(undefined);
              const s = schemaOf(k);
              const first = s?.type === 'boolean' ? true : Array.isArray(s?.enum) ? s.enum[0] : '';
              props.onChange({ field: k, equals: first });
            }}
          >
            <option value="">{t('fd.always')}</option>
            {others.map((k) => (
              <option key={k} value={k}>
                {labelOf(k)}
              </option>
            ))}
          </select>
        </label>
        {on && select && (
          <div className="gc-labelled">
            <label htmlFor={`${id}-v`} className="gc-labelled__text">
              {t('fd.equals')}
            </label>
            {select}
          </div>
        )}
        {on && !select && (
          <CommitField
            label={t('fd.equals')}
            value={equals === undefined ? '' : String(equals)}
            onCommit={(v) =>
              props.onChange({ field: on, equals: target?.type === 'number' ? Number(v) : v })
            }
          />
        )}
      </div>
    </fieldset>
  );
}
