/** The form designer's edits as pure functions over a `FormDefinition` (input never changed). */
import type {
  FieldUi,
  FormDefinition,
  JsonSchema,
  LocalizedText,
  VisibleIf,
  WidgetName,
} from '@gridcase/forms';
import { fieldTemplate } from './fieldTemplates';

type Props = Record<string, JsonSchema>;

const clone = <T>(v: T): T => structuredClone(v);
const props = (form: FormDefinition): Props => (form.schema.properties ?? {}) as Props;

/** The field keys in display order: `ui.order` first, then any others. */
export function fieldKeys(form: FormDefinition): string[] {
  const all = Object.keys(props(form));
  const order = (form.ui?.order ?? []).filter((k) => all.includes(k));
  return [...order, ...all.filter((k) => !order.includes(k))];
}

/**
 * A blank form for the form designer: a closed object with no fields yet.
 *
 * @example
 * ```tsx
 * <FormDesigner form={newForm('intake', { 'zh-CN': '登记', en: 'Intake' })} onSave={save} />
 * ```
 */
export function newForm(id: string, title: LocalizedText): FormDefinition {
  return {
    id,
    title,
    schema: { type: 'object', additionalProperties: false, properties: {} },
    ui: { order: [], fields: {} },
  };
}

function edit(
  form: FormDefinition,
  fn: (f: FormDefinition & { ui: { order: string[]; fields: Record<string, FieldUi> } }) => void,
) {
  const next = clone(form) as FormDefinition & {
    ui: { order: string[]; fields: Record<string, FieldUi> };
  };
  next.schema.properties = { ...props(next) };
  next.ui = { ...next.ui, order: fieldKeys(form), fields: { ...next.ui?.fields } };
  fn(next);
  return next as FormDefinition;
}

/** Adds a field of a widget type at the end. Returns its key. */
export function addField(
  form: FormDefinition,
  widget: WidgetName,
  label: LocalizedText,
): { form: FormDefinition; key: string } {
  let n = fieldKeys(form).length + 1;
  while (props(form)[`field${n}`]) n++;
  const key = `field${n}`;
  const { schema, ui } = fieldTemplate(widget);
  return {
    key,
    form: edit(form, (f) => {
      (f.schema.properties as Props)[key] = schema;
      f.ui.order.push(key);
      f.ui.fields[key] = { ...ui, widget, label };
    }),
  };
}

/** Changes a field's schema keywords (an `undefined` removes one). */
export function updateFieldSchema(
  form: FormDefinition,
  key: string,
  patch: JsonSchema,
): FormDefinition {
  return edit(form, (f) => {
    const p = f.schema.properties as Props;
    const next = { ...p[key], ...patch };
    for (const k of Object.keys(patch)) if (patch[k] === undefined) delete next[k];
    p[key] = next;
  });
}

/** Changes a field's UI settings (an `undefined` removes one). */
export function updateFieldUi(
  form: FormDefinition,
  key: string,
  patch: Partial<FieldUi>,
): FormDefinition {
  return edit(form, (f) => {
    const next = { ...f.ui.fields[key], ...patch } as FieldUi;
    for (const k of Object.keys(patch) as (keyof FieldUi)[])
      if (patch[k] === undefined) delete next[k];
    f.ui.fields[key] = next;
  });
}

/** Makes a field required or optional. */
export function setRequired(form: FormDefinition, key: string, required: boolean): FormDefinition {
  return edit(form, (f) => {
    const list = ((f.schema.required as string[] | undefined) ?? []).filter((k) => k !== key);
    if (required) list.push(key);
    if (list.length) f.schema.required = list;
    else delete f.schema.required;
  });
}

/** Whether a field is required. */
export function isRequired(form: FormDefinition, key: string): boolean {
  return ((form.schema.required as string[] | undefined) ?? []).includes(key);
}

/** Shows a field only when another field has a value (`undefined`: always shown). */
export function setVisibleIf(form: FormDefinition, key: string, rule: VisibleIf | undefined) {
  return updateFieldUi(form, key, { visibleIf: rule });
}

/** Moves a field up (-1) or down (+1) in the order. */
export function moveField(form: FormDefinition, key: string, delta: -1 | 1): FormDefinition {
  return edit(form, (f) => {
    const i = f.ui.order.indexOf(key);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= f.ui.order.length) return;
    [f.ui.order[i], f.ui.order[j]] = [f.ui.order[j] as string, key];
  });
}

/** Renames a field's key everywhere it is named (order, required, settings, conditions). */
export function renameField(form: FormDefinition, key: string, to: string): FormDefinition {
  if (!to || to === key || props(form)[to]) return form;
  return edit(form, (f) => {
    const p = f.schema.properties as Props;
    f.schema.properties = Object.fromEntries(
      Object.entries(p).map(([k, v]) => [k === key ? to : k, v]),
    );
    if (Array.isArray(f.schema.required)) {
      f.schema.required = (f.schema.required as string[]).map((k) => (k === key ? to : k));
    }
    f.ui.order = f.ui.order.map((k) => (k === key ? to : k));
    f.ui.fields = Object.fromEntries(
      Object.entries(f.ui.fields).map(([k, v]) => {
        const ui =
          v.visibleIf?.field === key ? { ...v, visibleIf: { ...v.visibleIf, field: to } } : v;
        return [k === key ? to : k, ui];
      }),
    );
  });
}

/** Removes a field, and the conditions of other fields that depended on it. */
export function deleteField(form: FormDefinition, key: string): FormDefinition {
  return edit(form, (f) => {
    delete (f.schema.properties as Props)[key];
    if (Array.isArray(f.schema.required)) {
      f.schema.required = (f.schema.required as string[]).filter((k) => k !== key);
      if ((f.schema.required as string[]).length === 0) delete f.schema.required;
    }
    f.ui.order = f.ui.order.filter((k) => k !== key);
    delete f.ui.fields[key];
    for (const ui of Object.values(f.ui.fields))
      if (ui.visibleIf?.field === key) delete ui.visibleIf;
  });
}
