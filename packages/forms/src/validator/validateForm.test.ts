import { describe, expect, it } from 'vitest';
import { publishGate } from '../gate';
import { validateForm } from './createValidator';
import { disputeForm, validationCases } from './validationCases';

describe('validateForm in Node', () => {
  it('validates a form that passes the publish gate', () => {
    expect(publishGate(disputeForm.schema).findings).toEqual([]);
  });

  it.each(validationCases.map((c) => [c.name, c] as const))(
    '%s',
    (_name, { form, data, locale, expected }) => {
      expect(validateForm(form, data, { locale })).toEqual(expected);
    },
  );
});
