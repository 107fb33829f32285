import { describe, expect, it } from 'vitest';
import { validateForm } from './createValidator';
import { schemaHash } from './schemaHash';
import { disputeForm, disputeFormHash, validationCases } from './validationCases';

describe('validateForm in Chromium', () => {
  it('runs in a real browser', () => {
    expect(typeof window).toBe('object');
    expect(navigator.userAgent).toMatch(/Chrome/);
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
