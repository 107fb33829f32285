import type { JsonSchema, PiiKind } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import { useId } from 'react';
import { CommitField } from '../shared/CommitField';
import { FORMAT_PII, TEXT_FORMATS, type TextFormat } from './fieldTemplates';
import type { FieldPanelContext } from './formDesignerTypes';
import {
  deleteField,
  isRequired,
  renameField,
  setRequired,
  setVisibleIf,
  updateFieldSchema,
  updateFieldUi,
} from './formOperations';
import { OptionsEditor } from './OptionsEditor';
import { VisibilityEditor } from './VisibilityEditor';

const KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const PII: PiiKind[] = ['name', 'idcard', 'phone', 'address'];

/** Label, key, required, format and personal-data kind, options, condition of one field. */
export function FieldProperties(props: FieldPanelContext) {
  const { t, form, fieldKey: key, apply } = props;
  const id = useId();
  const schema = (form.schema.properties as Record<string, JsonSchema>)[key];
  const ui = form.ui?.fields?.[key] ?? {};
  if (!schema) return null;
  const label = ui.label ?? { 'zh-CN': key, en: key };
  const isText =
    schema.type === 'string' && !schema.enum && ['text', 'textarea', undefined].includes(ui.widget);
  const format = typeof schema.format === 'string' ? schema.format : '';
  const pii = typeof schema['x-pii'] === 'string' ? schema['x-pii'] : '';
  return (
    <section className="gc-props" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="gc-subheading">
        {t('fd.propertiesHeading', { name: localize(label, t.locale) })}
      </h3>
      {props.problems.length > 0 && (
        <ul className="gc-problems-here">
          {props.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <CommitField
        label={t('fd.labelZh')}
        value={label['zh-CN']}
        onCommit={(v) => apply(updateFieldUi(form, key, { label: { ...label, 'zh-CN': v } }))}
      />
      <CommitField
        label={t('fd.labelEn')}
        value={label.en}
        onCommit={(v) => apply(updateFieldUi(form, key, { label: { ...label, en: v } }))}
      />
      <CommitField
        label={t('fd.key')}
        value={key}
        onCommit={(v) => {
          if (!KEY.test(v)) return;
          const next = renameField(form, key, v);
          if (next === form) return;
          apply(next);
          props.select(v);
        }}
      />
      <label className="gc-check">
        <input
          type="checkbox"
          checked={isRequired(form, key)}
          onChange={(e) => apply(setRequired(form, key, e.target.checked))}
        />
        <span>{t('fd.required')}</span>
      </label>
      {isText && (
        <>
          <label className="gc-labelled">
            <span className="gc-labelled__text">{t('fd.format')}</span>
            <select
              className="gc-control"
              value={format}
              onChange={(e) => {
                const f = e.target.value as TextFormat | '';
                const kind = f ? FORMAT_PII[f] : undefined;
                apply(
                  updateFieldSchema(form, key, {
                    format: f || undefined,
                    ...(kind ? { 'x-pii': kind } : {}),
                  }),
                );
              }}
            >
              <option value="">{t('fd.format.none')}</option>
              {TEXT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`fd.format.${f}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="gc-labelled">
            <span className="gc-labelled__text">{t('fd.pii')}</span>
            <select
              className="gc-control"
              value={pii}
              onChange={(e) =>
                apply(updateFieldSchema(form, key, { 'x-pii': e.target.value || undefined }))
              }
            >
              <option value="">{t('fd.pii.none')}</option>
              {PII.map((k) => (
                <option key={k} value={k}>
                  {t(`fd.pii.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <CommitField
            label={t('fd.maxLength')}
            type="number"
            min={1}
            value={typeof schema.maxLength === 'number' ? String(schema.maxLength) : ''}
            onCommit={(v) =>
              apply(
                updateFieldSchema(form, key, {
                  maxLength: v ? Math.max(1, Math.floor(Number(v))) : undefined,
                }),
              )
            }
          />
        </>
      )}
      {Array.isArray(schema.enum) && (
        <OptionsEditor
          label={t('fd.options')}
          values={schema.enum}
          labels={ui.enumLabels}
          onCommit={(values, enumLabels) =>
            apply(
              updateFieldUi(updateFieldSchema(form, key, { enum: values }), key, { enumLabels }),
            )
          }
        />
      )}
      <CommitField
        label={t('fd.helpZh')}
        value={ui.help?.['zh-CN'] ?? ''}
        onCommit={(v) =>
          apply(
            updateFieldUi(form, key, {
              help: v ? { 'zh-CN': v, en: ui.help?.en || v } : undefined,
            }),
          )
        }
      />
      <VisibilityEditor
        t={t}
        form={form}
        fieldKey={key}
        onChange={(rule) => apply(setVisibleIf(form, key, rule))}
      />
      <button
        type="button"
        className="gc-btn gc-btn--danger"
        onClick={() => {
          apply(deleteField(form, key));
          props.select(undefined);
        }}
      >
        {t('fd.delete')}
      </button>
    </section>
  );
}
