import type { FormDefinition } from '@gridcase/forms';
import { useSchemaForm } from '@gridcase/forms/react';

/** A two-field form laid out by hand, validated by the same validator as every generated form. */
export const phoneForm: FormDefinition = {
  id: 'callback',
  title: { 'zh-CN': '回电', en: 'Call back' },
  schema: {
    type: 'object',
    required: ['mobile'],
    properties: { mobile: { type: 'string', format: 'cn-mobile' }, note: { type: 'string' } },
  },
};

export function HandLaidForm({ onSubmit }: { onSubmit: (data: Record<string, unknown>) => void }) {
  const { register, handleSubmit, formState } = useSchemaForm({ form: phoneForm });
  const error = formState.errors.mobile?.message;
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)}>
      <label htmlFor="mobile">手机号</label>
      <input
        id="mobile"
        inputMode="tel"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'mobile-error' : undefined}
        {...register('mobile')}
      />
      {error ? <p id="mobile-error">{error}</p> : null}
      <button type="submit">提交</button>
    </form>
  );
}
