import type { JsonSchema, LocalizedText } from '@gridcase/forms';
import { areaAt } from '../access';
import type { ActionName, ActionRef, CaseContext, CoHandler } from '../types';
import { type CatalogArgs, readPath } from './caseEvent';

/** One entry of the action catalog. */
export interface ActionSpec {
  title: LocalizedText;
  description: LocalizedText;
  /** JSON Schema of the `params` object (draft 2020-12). */
  params: JsonSchema;
  /** Payload fields the params name (checked by the linter against the action's form). */
  fields?: (params: Record<string, unknown>) => string[];
  /** Role names the params name (checked by the linter against `definition.roles`). */
  roles?: (params: Record<string, unknown>) => string[];
  /** `context`: changes the case (an xstate `assign`); `effect`: becomes an effect for the server. */
  kind: 'context' | 'effect';
}

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const LEVELS = ['county', 'township', 'community', 'grid'];
const field = { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$' };
const obj = (properties: Record<string, unknown>, required: string[] = [], extra = {}) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
  ...extra,
});
const present =
  (...keys: string[]) =>
  (p: Record<string, unknown>) =>
    keys.map((k) => p[k]).filter((v): v is string => typeof v === 'string');
const ruleSchema = obj(
  {
    role: { type: 'string', minLength: 1 },
    scope: { enum: LEVELS },
    coHandler: { enum: ['lead', 'assisting'] },
  },
  ['role', 'scope'],
);

/** The action catalog: everything a transition, entry or exit may do, with its params schema. */
export const ACTION_CATALOG: Readonly<Record<ActionName, ActionSpec>> = {
  storeData: {
    kind: 'context',
    title: t('保存表单数据', 'Store form data'),
    description: t(
      '把本次提交的表单数据（或只取 fields 所列字段）并入案件数据。',
      'Merge the submitted payload (or only the listed `fields`) into the case data.',
    ),
    params: obj({ fields: { type: 'array', items: field, minItems: 1 } }),
    fields: (p) => (Array.isArray(p.fields) ? (p.fields as string[]) : []),
  },
  assign: {
    kind: 'context',
    title: t('指派承办人', 'Assign'),
    description: t(
      '把案件指派给案件所在辖区某一层级的角色（role，或取自表单字段 roleField），可指定到人（userField）。',
      'Assign the case to a role (`role`, or the payload field `roleField`) of the case’s area at `scope` level, optionally to the user in payload field `userField`.',
    ),
    params: obj(
      {
        role: { type: 'string', minLength: 1 },
        roleField: field,
        scope: { enum: LEVELS },
        userField: field,
      },
      ['scope'],
      { oneOf: [{ required: ['role'] }, { required: ['roleField'] }] },
    ),
    fields: present('roleField', 'userField'),
    roles: present('role'),
  },
  clearAssignee: {
    kind: 'context',
    title: t('取消指派', 'Clear assignee'),
    description: t('案件不再指派给任何人。', 'The case is no longer assigned.'),
    params: obj({}),
  },
  addCoHandler: {
    kind: 'context',
    title: t('增加协同单位', 'Add co-handlers'),
    description: t(
      '增加主办（lead: true）或协办单位：agency，或取自表单字段 agencyField（单个或数组）。',
      'Add lead (`lead: true`) or assisting agencies: `agency`, or the id(s) in payload field `agencyField`.',
    ),
    params: obj(
      { agency: { type: 'string', minLength: 1 }, agencyField: field, lead: { type: 'boolean' } },
      ['lead'],
      { oneOf: [{ required: ['agency'] }, { required: ['agencyField'] }] },
    ),
    fields: present('agencyField'),
  },
  removeCoHandler: {
    kind: 'context',
    title: t('移除协同单位', 'Remove co-handlers'),
    description: t(
      '移除 agency 或表单字段 agencyField 所列的协同单位；都不给时全部移除。',
      'Remove `agency` or those in payload field `agencyField`; with neither, remove all.',
    ),
    params: obj({ agency: { type: 'string', minLength: 1 }, agencyField: field }),
    fields: present('agencyField'),
  },
  setOutcome: {
    kind: 'context',
    title: t('记录办理结果', 'Record outcome'),
    description: t('记录案件的办理结果。', 'Record the case outcome.'),
    params: obj({ outcome: { type: 'string', minLength: 1 } }, ['outcome']),
  },
  supervise: {
    kind: 'context',
    title: t('督办', 'Supervise'),
    description: t('督办级别加一。', 'Raise the supervision (督办) level by one.'),
    params: obj({}),
  },
  incrementReopen: {
    kind: 'context',
    title: t('计入重办', 'Count reopening'),
    description: t('重办次数加一，并清除办理结果。', 'Count a reopening and clear the outcome.'),
    params: obj({}),
  },
  notify: {
    kind: 'effect',
    title: t('发送通知', 'Notify'),
    description: t(
      '向承办人（assignee）、协同单位（coHandlers）、某辖区角色、某人或某单位发送通知。',
      'Notify the assignee, the co-handlers, a role in the case’s area, a user or an agency.',
    ),
    params: obj(
      {
        to: {
          oneOf: [
            { enum: ['assignee', 'coHandlers'] },
            ruleSchema,
            obj({ userId: { type: 'string', minLength: 1 } }, ['userId']),
            obj({ agency: { type: 'string', minLength: 1 } }, ['agency']),
          ],
        },
        template: { type: 'string', minLength: 1 },
      },
      ['to', 'template'],
    ),
    roles: (p) => {
      const to = p.to as { role?: unknown } | undefined;
      return typeof to?.role === 'string' ? [to.role] : [];
    },
  },
};

/** Whether a name is in the action catalog. */
export function isActionName(name: unknown): name is ActionName {
  return typeof name === 'string' && Object.hasOwn(ACTION_CATALOG, name);
}

function idsFrom(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Applies a context action to the case context (pure: returns the changed fields). The
 * compiled machine wraps this in xstate's `assign`.
 *
 * @example
 * ```ts
 * applyAction({ type: 'supervise' }, args); // { supervision: args.context.supervision + 1 }
 * ```
 */
export function applyAction(ref: ActionRef, { context, event }: CatalogArgs): Partial<CaseContext> {
  const payload = event.data ?? {};
  switch (ref.type) {
    case 'storeData': {
      const fields = ref.params?.fields;
      const picked = fields
        ? Object.fromEntries(fields.filter((f) => f in payload).map((f) => [f, payload[f]]))
        : payload;
      return { data: { ...context.data, ...picked } };
    }
    case 'assign': {
      const p = ref.params;
      const role = p.role ?? String(readPath(payload, p.roleField ?? '') ?? '');
      const areaId = areaAt(event.areaPath, p.scope) ?? event.areaPath.at(-1) ?? '';
      const user = p.userField ? readPath(payload, p.userField) : undefined;
      return {
        assignee: { role, areaId, ...(typeof user === 'string' && user ? { userId: user } : {}) },
      };
    }
    case 'clearAssignee':
      return { assignee: undefined };
    case 'addCoHandler': {
      const p = ref.params;
      const ids = p.agency ? [p.agency] : idsFrom(readPath(payload, p.agencyField ?? ''));
      const kept = context.coHandlers.filter((h) => !ids.includes(h.agency));
      const added: CoHandler[] = ids.map((agency) => ({ agency, lead: p.lead }));
      return { coHandlers: [...kept, ...added] };
    }
    case 'removeCoHandler': {
      const p = ref.params ?? {};
      if (!p.agency && !p.agencyField) return { coHandlers: [] };
      const ids = p.agency ? [p.agency] : idsFrom(readPath(payload, p.agencyField ?? ''));
      return { coHandlers: context.coHandlers.filter((h) => !ids.includes(h.agency)) };
    }
    case 'setOutcome':
      return { outcome: ref.params.outcome };
    case 'supervise':
      return { supervision: context.supervision + 1 };
    case 'incrementReopen':
      return { reopenCount: context.reopenCount + 1, outcome: undefined };
    case 'notify':
      return {};
  }
}
