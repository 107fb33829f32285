import type { FormDefinition, JsonSchema } from '@gridcase/forms';

/** How many fields the generated stage form has. */
export const FIELD_COUNT = 200;

/** The field every variant types into: a text box with `maxLength: 10`. */
export const KEY_FIELD = 'f100';

const CHOICES = ['待受理', '调解中', '已达成', '回访中', '已结案'];
const CN_FORMATS = ['cn-mobile', 'cn-mobile', 'cn-landline', 'cn-idcard', 'cn-uscc'];

/** Field `i` of the stage form: 140 strings (20 in Chinese formats), 20 selects, 20 numbers, 10 dates, 10 checkboxes. */
function field(i: number): JsonSchema {
  const title = `字段 ${i + 1}`;
  if (i < 120) return { type: 'string', title, maxLength: 10 + (i % 4) * 10 };
  if (i < 140) return { type: 'string', title, format: CN_FORMATS[i % CN_FORMATS.length] };
  if (i < 160) return { type: 'string', title, enum: CHOICES };
  if (i < 180) return { type: 'number', title, minimum: 0, maximum: 10_000 };
  if (i < 190) return { type: 'string', title, format: 'date' };
  return { type: 'boolean', title };
}

/**
 * The benchmark's stage form: 200 top-level fields, none required, so an untouched form is
 * valid and only the field typed into can gain an error. Every variant renders this one schema.
 *
 * @example
 * ```ts
 * stageFormSchema().properties.f100; // { type: 'string', title: '字段 101', maxLength: 10 }
 * ```
 */
export function stageFormSchema(): JsonSchema & { properties: Record<string, JsonSchema> } {
  const properties = Object.fromEntries(
    Array.from({ length: FIELD_COUNT }, (_, i) => [`f${i}`, field(i)]),
  );
  return { type: 'object', title: '阶段表单', properties };
}

/** The same schema as a gridcase form, for `SchemaForm`. */
export function stageForm(): FormDefinition {
  return {
    id: 'bench-stage',
    title: { 'zh-CN': '阶段表单', en: 'Stage form' },
    schema: stageFormSchema(),
  };
}
