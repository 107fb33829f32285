import { describe, expect, it } from 'vitest';
import { publishGate } from '../gate';
import { validateForm } from './createValidator';
import { schemaHash } from './schemaHash';
import { disputeForm, disputeFormHash, validationCases } from './validationCases';

describe('validateForm in Node', () => {
  it('validates a form that passes the publish gate', () => {
    expect(publishGate(disputeForm.schema).findings).toEqual([]);
  });

  it('hashes the schema to the same sha256', () => {
    expect(schemaHash(disputeForm.schema)).toBe(disputeFormHash);
  });

  it.each(validationCases.map((c) => [c.name, c] as const))(
    '%s',
    (_name, { form, data, locale, expected }) => {
      expect(validateForm(form, data, { locale })).toEqual(expected);
    },
  );
});
