import type { StepResult } from '../types';
import { fail, type StepEnv } from './stepEnv';

/** Validates an action's payload against its form (no form: any payload is dropped). */
export function validatePayload(
  env: StepEnv,
  formId: string | undefined,
  data: Record<string, unknown> | undefined,
): { ok: true; data?: Record<string, unknown> } | { ok: false; result: StepResult } {
  if (!formId) return { ok: true };
  const form = env.definition.forms[formId];
  if (!form) return { ok: false, result: fail(env, 'form.notFound', { form: formId }) };
  const result = env.validator.validate(form, data ?? {}, { locale: env.locale });
  if (!result.ok) {
    return {
      ok: false,
      result: fail(env, 'form.invalid', { form: formId, issues: result.issues }),
    };
  }
  return { ok: true, data: result.data };
}
