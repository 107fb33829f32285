import { checkFormForPublish, validateForm } from '@gridcase/forms';
import { describe, expect, it } from 'vitest';
import { WIDGETS } from './fieldTemplates';
import {
  addField,
  deleteField,
  fieldKeys,
  isRequired,
  moveField,
  newForm,
  renameField,
  setRequired,
  setVisibleIf,
  updateFieldSchema,
} from './formOperations';

const t = (zh: string, en = zh) => ({ 'zh-CN': zh, en });

describe('form designer operations', () => {
  it('adds one field of every widget, each passing the publish gate but the signature', () => {
    let form = newForm('all-widgets', t('全部控件', 'All widgets'));
    for (const widget of WIDGETS) form = addField(form, widget, t(widget)).form;
    expect(fieldKeys(form)).toHaveLength(WIDGETS.length);
    const gate = checkFormForPublish(form, { locale: 'zh-CN' });
    const signatureKey = `field${WIDGETS.indexOf('signature') + 1}`;
    // a signature is a PNG data URL, longer than the gate lets any text be
    expect(gate.findings.map((f) => f.pointer)).toEqual([`/schema/properties/${signatureKey}`]);
    expect(checkFormForPublish(deleteField(form, signatureKey)).ok).toBe(true);
  });

  it('builds an ID-number field whose wrong check digit the shared validator refuses', () => {
    let { form, key } = addField(newForm('f', t('登记')), 'text', t('身份证号'));
    form = updateFieldSchema(form, key, { format: 'cn-idcard', 'x-pii': 'idcard', maxLength: 18 });
    form = setRequired(form, key, true);
    expect(validateForm(form, { [key]: '11010519491231002X' }).ok).toBe(true);
    const wrong = validateForm(form, { [key]: '110105194912310021' }, { locale: 'zh-CN' });
    expect(wrong.ok).toBe(false);
    expect(wrong.ok ? [] : wrong.issues.map((i) => i.path)).toEqual([key]);
  });

  it('renames a field everywhere it is named', () => {
    let form = addField(newForm('f', t('f')), 'radio', t('结果')).form;
    form = addField(form, 'textarea', t('协议')).form;
    form = setRequired(form, 'field1', true);
    form = setVisibleIf(form, 'field2', { field: 'field1', equals: 'a' });
    form = renameField(form, 'field1', 'result');
    expect(fieldKeys(form)).toEqual(['result', 'field2']);
    expect(isRequired(form, 'result')).toBe(true);
    expect(form.ui?.fields?.field2?.visibleIf).toEqual({ field: 'result', equals: 'a' });
    // a taken name is refused
    expect(renameField(form, 'result', 'field2')).toBe(form);
  });

  it('deletes a field with the conditions on it, and moves fields', () => {
    let form = addField(newForm('f', t('f')), 'checkbox', t('是否')).form;
    form = addField(form, 'text', t('说明')).form;
    form = setRequired(
      setVisibleIf(form, 'field2', { field: 'field1', equals: true }),
      'field1',
      true,
    );
    form = moveField(form, 'field2', -1);
    expect(fieldKeys(form)).toEqual(['field2', 'field1']);
    form = deleteField(form, 'field1');
    expect(fieldKeys(form)).toEqual(['field2']);
    expect(form.ui?.fields?.field2?.visibleIf).toBeUndefined();
    expect(form.schema.required).toBeUndefined();
  });
});
