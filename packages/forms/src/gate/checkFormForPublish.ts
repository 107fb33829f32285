import type { FormDefinition, GateResult } from '../types';
import { checkUi } from './checkUi';
import { jsonSize } from './jsonSize';
import { GATE_LIMITS as L } from './limits';
import { type GateOptions, schemaFindings, toGateResult } from './publishGate';
import type { RawFinding } from './rawFinding';
import { isPlainObject } from './subschemas';

const FORM_ID = /^[A-Za-z0-9_.-]{1,100}$/;

function isLocalizedText(value: unknown): boolean {
  return (
    isPlainObject(value) &&
    typeof value['zh-CN'] === 'string' &&
    value['zh-CN'] !== '' &&
    typeof value.en === 'string' &&
    value.en !== ''
  );
}

/**
 * The publish gate for a whole form: its id and title, its schema ({@link publishGate}, pointers
 * under `/schema`) and its UI schema (pointers under `/ui`): known settings and widgets, `order`
 * and `fields` naming real fields, `visibleIf` pointing at another field of the same level.
 *
 * @example
 * ```ts
 * const result = checkFormForPublish({
 *   id: 'register',
 *   title: { 'zh-CN': '登记', en: 'Register' },
 *   schema: { type: 'object', additionalProperties: false, properties: {} },
 *   ui: { order: ['name'] },
 * });
 * result.findings[0]; // { pointer: '/ui/order/0', code: 'ui.order.unknownField', ... }
 * ```
 */
export function checkFormForPublish(form: FormDefinition, options: GateOptions = {}): GateResult {
  const raw: RawFinding[] = [];
  if (typeof form.id !== 'string' || !FORM_ID.test(form.id))
    raw.push({ pointer: '/id', code: 'form.id' });
  if (!isLocalizedText(form.title)) raw.push({ pointer: '/title', code: 'form.title' });
  for (const finding of schemaFindings(form.schema))
    raw.push({ ...finding, pointer: `/schema${finding.pointer}` });
  if (form.ui !== undefined) {
    const bytes = jsonSize(form.ui, L.uiBytes);
    if (bytes === undefined) raw.push({ pointer: '/ui', code: 'ui.invalid' });
    else if (bytes > L.uiBytes) {
      raw.push({ pointer: '/ui', code: 'ui.tooLarge', params: { limit: L.uiBytes } });
    } else if (isPlainObject(form.schema)) {
      raw.push(...checkUi(form.ui, form.schema, '/ui'));
    }
  }
  return toGateResult(raw, options.locale);
}
