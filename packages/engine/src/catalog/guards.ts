import type { FormDefinition, FormValidator, JsonSchema, LocalizedText } from '@gridcase/forms';
import { checkActor } from '../access';
import type { AreaLevel, GuardName, GuardRef } from '../types';
import { type CatalogArgs, dataWithPayload, readPath } from './caseEvent';

/** One entry of the guard catalog. */
export interface GuardSpec {
  title: LocalizedText;
  description: LocalizedText;
  /** JSON Schema of the `params` object (draft 2020-12). */
  params: JsonSchema;
  /** Guards whose params nest other guards (`and`, `or`, `not`). */
  nested?: (params: Record<string, unknown>) => { pointer: string; guard: unknown }[];
}

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const LEVELS = ['county', 'township', 'community', 'grid'];
const guardRefSchema = {
  type: 'object',
  required: ['type'],
  properties: { type: { type: 'string' }, params: { type: 'object' } },
  additionalProperties: false,
};
const strict = (properties: Record<string, unknown>, required: string[]) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});
const fieldPath = { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$' };

/** The guard catalog: every condition a definition may reference, with its params schema. */
export const GUARD_CATALOG: Readonly<Record<GuardName, GuardSpec>> = {
  dataMatches: {
    title: t('数据符合条件', 'Data matches'),
    description: t(
      '案件数据（叠加本次提交的表单数据）符合给定的 JSON Schema。',
      'The case data, overlaid with the submitted payload, satisfies a JSON Schema.',
    ),
    params: strict({ schema: { type: 'object' } }, ['schema']),
  },
  actorHasRole: {
    title: t('操作人具有角色', 'Actor has role'),
    description: t(
      '操作人在案件所在辖区具有该角色（在给定层级或更大范围；不给时任一层级均可）。',
      'The actor holds the role over the case’s area, at `scope` level or wider (any level when absent).',
    ),
    params: strict({ role: { type: 'string', minLength: 1 }, scope: { enum: LEVELS } }, ['role']),
  },
  and: {
    title: t('全部满足', 'All of'),
    description: t('所列条件全部满足。', 'Every listed guard holds.'),
    params: strict({ guards: { type: 'array', minItems: 1, items: guardRefSchema } }, ['guards']),
    nested: (p) =>
      ((p.guards as unknown[]) ?? []).map((guard, i) => ({ pointer: `/guards/${i}`, guard })),
  },
  or: {
    title: t('任一满足', 'Any of'),
    description: t('所列条件至少一个满足。', 'At least one listed guard holds.'),
    params: strict({ guards: { type: 'array', minItems: 1, items: guardRefSchema } }, ['guards']),
    nested: (p) =>
      ((p.guards as unknown[]) ?? []).map((guard, i) => ({ pointer: `/guards/${i}`, guard })),
  },
  not: {
    title: t('不满足', 'Not'),
    description: t('所给条件不成立。', 'The given guard does not hold.'),
    params: strict({ guard: guardRefSchema }, ['guard']),
    nested: (p) => [{ pointer: '/guard', guard: p.guard }],
  },
  fieldEquals: {
    title: t('字段等于', 'Field equals'),
    description: t(
      '案件数据（叠加提交数据）中某字段（点分路径）等于给定值。',
      'A field (dotted path) of the data overlaid with the payload equals `value`.',
    ),
    params: strict({ field: fieldPath, value: {} }, ['field', 'value']),
  },
  fieldIn: {
    title: t('字段属于', 'Field is one of'),
    description: t(
      '案件数据（叠加提交数据）中某字段等于所列值之一。',
      'A field (dotted path) of the data overlaid with the payload is one of `values`.',
    ),
    params: strict({ field: fieldPath, values: { type: 'array', minItems: 1 } }, [
      'field',
      'values',
    ]),
  },
  reopenCountBelow: {
    title: t('重办次数少于', 'Reopened fewer than'),
    description: t('案件重办次数少于给定值。', 'The case was reopened fewer than `max` times.'),
    params: strict({ max: { type: 'integer', minimum: 1 } }, ['max']),
  },
  hasCoHandlers: {
    title: t('有协同单位', 'Has co-handlers'),
    description: t(
      '案件已有协同办理单位（可限定主办或协办）。',
      'The case has co-handling agencies (optionally only lead or only assisting ones).',
    ),
    params: strict({ lead: { type: 'boolean' } }, []),
  },
};

/** Whether a name is in the guard catalog. */
export function isGuardName(name: unknown): name is GuardName {
  return typeof name === 'string' && Object.hasOwn(GUARD_CATALOG, name);
}

/**
 * Evaluates a guard reference against a case and an incoming event.
 *
 * @example
 * ```ts
 * evaluateGuard({ type: 'fieldEquals', params: { field: 'minor', value: true } }, args, validator);
 * ```
 */
export function evaluateGuard(ref: GuardRef, args: CatalogArgs, validator: FormValidator): boolean {
  switch (ref.type) {
    case 'dataMatches': {
      const form = {
        id: 'guard',
        title: { 'zh-CN': '条件', en: 'Guard' },
        schema: ref.params.schema,
      };
      return validator.validate(form, dataWithPayload(args)).ok;
    }
    case 'actorHasRole': {
      const rule = { role: ref.params.role, scope: ref.params.scope ?? ('grid' as AreaLevel) };
      const { actor, areaPath } = args.event;
      return !actor.system && checkActor(actor, [rule], areaPath) === 'ok';
    }
    case 'and':
      return ref.params.guards.every((g) => evaluateGuard(g, args, validator));
    case 'or':
      return ref.params.guards.some((g) => evaluateGuard(g, args, validator));
    case 'not':
      return !evaluateGuard(ref.params.guard, args, validator);
    case 'fieldEquals':
      return deepEqual(readPath(dataWithPayload(args), ref.params.field), ref.params.value);
    case 'fieldIn': {
      const value = readPath(dataWithPayload(args), ref.params.field);
      return ref.params.values.some((v) => deepEqual(value, v));
    }
    case 'reopenCountBelow':
      return args.context.reopenCount < ref.params.max;
    case 'hasCoHandlers': {
      const lead = ref.params?.lead;
      return args.context.coHandlers.some((h) => lead === undefined || h.lead === lead);
    }
  }
}

const guardForms = new WeakMap<JsonSchema, FormDefinition>();
/** A `dataMatches` schema as a form, one object per schema (validators cache by form). */
export function guardForm(schema: JsonSchema): FormDefinition {
  let form = guardForms.get(schema);
  if (!form) {
    form = { id: 'dataMatches', title: { 'zh-CN': '条件', en: 'Condition' }, schema };
    guardForms.set(schema, form);
  }
  return form;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
