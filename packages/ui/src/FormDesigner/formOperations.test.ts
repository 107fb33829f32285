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
  it('adds one field of every widget, each passing the publish gate', () => {
    let form = newForm('all-widgets', t('全部控件', 'All widgets'));
    for (const widget of WIDGETS) form = addField(form, widget, t(widget)).form;
    expect(fieldKeys(form)).toHaveLength(WIDGETS.length);
    const gate = checkFormForPublish(form, { locale: 'zh-CN' });
    expect(gate.findings).toEqual([]);
    expect(gate.ok).toBe(true);
  });

  it('stores a signature as an uploaded attachment { id, name, url? }, as photos are', () => {
    const { form, key } = addField(newForm('f', t('调解协议')), 'signature', t('当事人签名'));
    const signature = { id: 'att-1', name: 'signature.png', url: '/attachments/att-1' };
    expect(validateForm(form, { [key]: signature }).ok).toBe(true);
    // a PNG data URL is no longer what the field holds
    expect(validateForm(form, { [key]: 'data:image/png;base64,iVBORw0KGgo=' }).ok).toBe(false);
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
