import type { FormDefinition, FormValidator, ValidationIssue } from '@gridcase/forms';
import type { ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false, logger: false });
const cache = new WeakMap<object, ValidateFunction>();

/**
 * A stand-in for the forms package's validator until it lands: Ajv, no formats, English
 * messages. `step()` uses the real one by default once `@gridcase/forms` exports it.
 */
export const interimValidator: FormValidator = {
  validate(form: FormDefinition, data: unknown) {
    let validate = cache.get(form.schema);
    if (!validate) {
      validate = ajv.compile(form.schema);
      cache.set(form.schema, validate);
    }
    if (validate(data)) return { ok: true, data: data as Record<string, unknown> };
    const issues: ValidationIssue[] = (validate.errors ?? []).map((e) => {
      const missing = e.keyword === 'required' ? (e.params as { missingProperty: string }) : null;
      const path = [e.instancePath, missing ? `/${missing.missingProperty}` : '']
        .join('')
        .split('/')
        .filter(Boolean)
        .join('.');
      return { path, code: e.keyword, message: e.message ?? e.keyword };
    });
    return { ok: false, issues };
  },
};
