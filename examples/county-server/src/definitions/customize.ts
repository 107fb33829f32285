import type {
  ActorRule,
  StateNodeConfig,
  TransitionConfig,
  WorkflowDefinition,
} from '@gridcase/engine';
import type { FormDefinition, JsonSchema, LocalizedText } from '@gridcase/forms';

/** One choice of a county-specific list: the stored value and what people read. */
export interface Choice {
  value: string;
  label: LocalizedText;
}

/**
 * A deep copy of a template, to be made a county's own. The copy shares nothing with the
 * template, so editing it never changes the shipped template.
 *
 * @example
 * ```ts
 * const def = forkTemplate(disputeMediation, { title: t('枫源县矛盾纠纷调解', '...') });
 * ```
 */
export function forkTemplate(
  template: WorkflowDefinition,
  overrides: Pick<WorkflowDefinition, 'title' | 'description'>,
): WorkflowDefinition {
  return { ...structuredClone(template), ...structuredClone(overrides), version: 0 };
}

function formOf(def: WorkflowDefinition, formId: string): FormDefinition {
  const form = def.forms[formId];
  if (!form) throw new Error(`${def.id} has no form ${formId}`);
  return form;
}

function propertyOf(form: FormDefinition, field: string): JsonSchema {
  const props = form.schema.properties as Record<string, JsonSchema> | undefined;
  const prop = props?.[field];
  if (!prop) throw new Error(`form ${form.id} has no field ${field}`);
  return prop;
}

/**
 * Turns a free-text id field of a form into a choice among the county's own agencies or people
 * (a select, or checkboxes for a list), with their names as labels.
 *
 * @example
 * ```ts
 * chooseFrom(def, 'notice', 'department', departments); // a select of the county's departments
 * ```
 */
export function chooseFrom(
  def: WorkflowDefinition,
  formId: string,
  field: string,
  choices: Choice[],
): void {
  const form = formOf(def, formId);
  const prop = propertyOf(form, field);
  const values = choices.map((c) => c.value);
  const isList = prop.type === 'array';
  if (isList) prop.items = { type: 'string', enum: values };
  else {
    delete prop.minLength;
    delete prop.maxLength;
    prop.enum = values;
  }
  form.ui ??= {};
  form.ui.fields ??= {};
  form.ui.fields[field] = {
    ...form.ui.fields[field],
    widget: isList ? 'checkbox' : 'select',
    enumLabels: Object.fromEntries(choices.map((c) => [c.value, c.label])),
  };
}

/**
 * The state node at a dotted path of the machine (`mediation.sessions`).
 *
 * @example
 * ```ts
 * stateAt(def, 'rectifying').meta!.deadline!.within = 5;
 * ```
 */
export function stateAt(def: WorkflowDefinition, path: string): StateNodeConfig {
  let node: StateNodeConfig = def.machine;
  for (const key of path.split('.')) {
    const next = node.states?.[key];
    if (!next) throw new Error(`${def.id} has no state ${path}`);
    node = next;
  }
  return node;
}

/**
 * The transitions of one event of a state (a list even when the definition has one).
 *
 * @example
 * ```ts
 * transitionsOf(stateAt(def, 'registered'), 'accept')[0]!.meta!.title = t('受理', 'Accept');
 * ```
 */
export function transitionsOf(state: StateNodeConfig, event: string): TransitionConfig[] {
  const on = state.on?.[event];
  if (!on) throw new Error(`no transition ${event}`);
  return Array.isArray(on) ? on : [on];
}

/**
 * Sets who may act in a stage.
 *
 * @example
 * ```ts
 * setActors(def, 'rectifying', [{ role: 'departmentHandler', scope: 'township', coHandler: 'lead' }]);
 * ```
 */
export function setActors(def: WorkflowDefinition, path: string, actors: ActorRule[]): void {
  const state = stateAt(def, path);
  if (!state.meta) throw new Error(`${def.id}: state ${path} has no meta`);
  state.meta.actors = actors;
}

/**
 * Renames a field of a form (schema, required list, layout), e.g. so an action's field does not
 * overwrite a registration field of the same name when `storeData` merges it into the case.
 *
 * @example
 * ```ts
 * renameField(def, 'session', 'summary', 'sessionSummary'); // keeps the dispute's own summary
 * ```
 */
export function renameField(def: WorkflowDefinition, formId: string, from: string, to: string) {
  const form = formOf(def, formId);
  const props = form.schema.properties as Record<string, JsonSchema>;
  props[to] = propertyOf(form, from);
  delete props[from];
  const required = form.schema.required as string[] | undefined;
  if (required) form.schema.required = required.map((f) => (f === from ? to : f));
  const ui = form.ui;
  if (ui?.order) ui.order = ui.order.map((f) => (f === from ? to : f));
  const fieldUi = ui?.fields?.[from];
  if (ui?.fields && fieldUi) {
    ui.fields[to] = fieldUi;
    delete ui.fields[from];
  }
}

/**
 * Assigns a stage to a role on entry (in the case's area at `scope`), so the stage's work shows
 * on that role's worklist from the moment the case arrives.
 *
 * @example
 * ```ts
 * assignOnEntry(def, 'registered', 'communityPolice', 'community'); // triage by the area's police
 * ```
 */
export function assignOnEntry(
  def: WorkflowDefinition,
  path: string,
  role: string,
  scope: ActorRule['scope'],
): void {
  const state = stateAt(def, path);
  state.entry = [...(state.entry ?? []), { type: 'assign', params: { role, scope } }];
}

/**
 * Opens a case type to citizens: the template's public channel (`meta.public`: the public form,
 * the triage stage reports land in, the low-rating rule) switched on.
 *
 * @example
 * ```ts
 * openToCitizens(def); // def.meta.public.enabled === true
 * ```
 */
export function openToCitizens(def: WorkflowDefinition): void {
  const channel = def.meta?.public;
  if (!channel) throw new Error(`${def.id} has no public channel (meta.public)`);
  def.meta = { ...def.meta, public: { ...channel, enabled: true } };
}
