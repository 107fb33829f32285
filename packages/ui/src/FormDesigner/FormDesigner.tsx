import {
  checkFormForPublish,
  type FormDefinition,
  type GateResult,
  type Locale,
  type WidgetName,
} from '@gridcase/forms';
import { createTranslator, localize } from '@gridcase/forms/i18n';
import { useId, useMemo, useState } from 'react';
import { useT } from '../i18n/useT';
import { GcRoot } from '../shared/GcRoot';
import { useEditedDocument } from '../shared/useEditedDocument';
import type { GridcaseTheme } from '../theme/theme';
import { FieldList } from './FieldList';
import { FieldProperties } from './FieldProperties';
import { FormPreview } from './FormPreview';
import { fieldOfPointer } from './fieldOfPointer';
import { WIDGETS } from './fieldTemplates';
import { addField, fieldKeys } from './formOperations';
import { GatePanel } from './GatePanel';
import { formDesignerMessages } from './messages';

export interface FormDesignerProps {
  /** The form to start from (`newForm(...)`, a template's form, a saved one). */
  form: FormDefinition;
  /** Called with the new form (schema + UI schema) after every edit. */
  onChange?: (form: FormDefinition) => void;
  /** Called on "save" with a form that passed the publish gate. */
  onSave?: (form: FormDefinition, gate: GateResult) => void | Promise<void>;
  /** The publish gate; defaults to `checkFormForPublish` from `@gridcase/forms`. */
  gate?: (form: FormDefinition, locale: Locale) => GateResult;
  locale?: Locale;
  theme?: GridcaseTheme;
}

const zh = createTranslator('zh-CN', formDesignerMessages);
const en = createTranslator('en', formDesignerMessages);

/**
 * The form designer: add fields of every widget type, choose a Chinese format (ID number,
 * mobile, ...), make fields required or conditional; a live preview with the real renderer;
 * the publish gate's findings shown on the fields they concern. Emits schema + UI schema.
 *
 * @example
 * ```tsx
 * <FormDesigner form={newForm('intake', { 'zh-CN': '登记', en: 'Intake' })} onSave={saveForm} />
 * ```
 */
export function FormDesigner(props: FormDesignerProps) {
  const t = useT(formDesignerMessages, props.locale);
  const [saved, setSaved] = useState<'saved' | 'blocked'>();
  const history = useEditedDocument(props.form, props.onChange, () => setSaved(undefined));
  const form = history.value;
  const id = useId();
  const [widget, setWidget] = useState<WidgetName>('text');
  const [selected, setSelected] = useState<string>();
  const gate =
    props.gate ?? ((f: FormDefinition, locale: Locale) => checkFormForPublish(f, { locale }));
  const result = useMemo(() => gate(form, t.locale), [gate, form, t.locale]);
  const order = fieldKeys(form);
  const fieldProblems = (key: string) =>
    result.findings.filter((f) => fieldOfPointer(f.pointer, order) === key).map((f) => f.message);

  const add = () => {
    const n = order.length + 1;
    const res = addField(form, widget, {
      'zh-CN': zh('fd.newField', { n }),
      en: en('fd.newField', { n }),
    });
    history.apply(res.form);
    setSelected(res.key);
  };
  const save = async () => {
    if (!result.ok) return setSaved('blocked');
    await props.onSave?.(form, result);
    setSaved('saved');
  };
  const current = selected && order.includes(selected) ? selected : undefined;
  return (
    <GcRoot
      as="section"
      className="gc-form-designer"
      locale={t.locale}
      theme={props.theme}
      aria-label={t('fd.title', { title: localize(form.title, t.locale) })}
    >
      <div className="gc-toolbar" role="toolbar" aria-label={t('fd.toolbar')}>
        <label className="gc-labelled">
          <span className="gc-labelled__text">{t('fd.widget')}</span>
          <select
            id={`${id}-w`}
            className="gc-control"
            value={widget}
            onChange={(e) => setWidget(e.target.value as WidgetName)}
          >
            {WIDGETS.map((w) => (
              <option key={w} value={w}>
                {t(`fd.widget.${w}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="gc-btn gc-btn--primary" onClick={add}>
          {t('fd.addField')}
        </button>
        <button type="button" className="gc-btn" disabled={!history.canUndo} onClick={history.undo}>
          {t('fd.undo')}
        </button>
        <button type="button" className="gc-btn" disabled={!history.canRedo} onClick={history.redo}>
          {t('fd.redo')}
        </button>
        {props.onSave && (
          <button type="button" className="gc-btn" onClick={save}>
            {t('fd.save')}
          </button>
        )}
        <span role="status" className={saved === 'blocked' ? 'gc-error-text' : 'gc-muted'}>
          {saved === 'saved' && t('fd.saved')}
          {saved === 'blocked' && t('fd.saveBlocked')}
        </span>
      </div>
      <div className="gc-designer__body">
        <FieldList
          t={t}
          form={form}
          selected={current}
          problemCount={(k) => fieldProblems(k).length}
          onSelect={setSelected}
          apply={history.apply}
        />
        <FormPreview t={t} form={form} />
        <aside className="gc-designer__props" aria-label={t('fd.properties')}>
          {current ? (
            <FieldProperties
              key={current}
              t={t}
              form={form}
              fieldKey={current}
              apply={history.apply}
              select={setSelected}
              problems={fieldProblems(current)}
            />
          ) : (
            <p className="gc-muted">{t('fd.selectField')}</p>
          )}
        </aside>
      </div>
      <GatePanel t={t} form={form} result={result} onSelect={setSelected} />
    </GcRoot>
  );
}
