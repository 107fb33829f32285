import type { JsonSchema } from '@gridcase/forms';
import { ACTION_CATALOG, GUARD_CATALOG } from '../catalog';

const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
const obj = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  properties,
  ...(required.length ? { required } : {}),
  additionalProperties: false,
});
const text = (description: string) => ({ ...ref('localizedText'), description });
const listOrOne = (name: string) => ({ oneOf: [ref(name), { type: 'array', items: ref(name) }] });

/** The params schema of a catalog entry, with nested guard refs pointing at `guardRef`. */
function paramsFor(kind: 'guard' | 'action', name: string, params: JsonSchema): JsonSchema {
  if (kind === 'guard' && (name === 'and' || name === 'or')) {
    return obj({ guards: { type: 'array', minItems: 1, items: ref('guardRef') } }, ['guards']);
  }
  if (kind === 'guard' && name === 'not') return obj({ guard: ref('guardRef') }, ['guard']);
  return params;
}

function catalogRef(kind: 'guard' | 'action', catalog: Record<string, { params: JsonSchema }>) {
  const names = Object.keys(catalog);
  return {
    type: 'object',
    required: ['type'],
    properties: { type: { enum: names }, params: { type: 'object' } },
    additionalProperties: false,
    allOf: names.map((name) => {
      const params = paramsFor(kind, name, catalog[name]?.params ?? {});
      const needsParams = Array.isArray(params.required) && params.required.length > 0;
      return {
        if: { properties: { type: { const: name } }, required: ['type'] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
        then: { properties: { params }, ...(needsParams ? { required: ['params'] } : {}) },
      };
    }),
  };
}

/**
 * Builds the JSON Schema (draft 2020-12) of the workflow definition format from the catalog.
 * `definition.schema.json` is this, written out (`pnpm --filter @gridcase/engine gen`);
 * a test keeps the two equal.
 *
 * @example
 * ```ts
 * const schema = buildDefinitionSchema();
 * schema.$defs.guardRef.properties.type.enum; // ['dataMatches', 'actorHasRole', ...]
 * ```
 */
export function buildDefinitionSchema() {
  const levels = { enum: ['county', 'township', 'community', 'grid'] };
  const id = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]*$' };
  const days = (min: number) => ({ type: 'integer', minimum: min, maximum: 3650 });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:gridcase:workflow-definition:1',
    title: 'gridcase workflow definition',
    description:
      "A county's case process: an XState machine config whose guards and actions name a fixed catalog, plus case metadata (titles, roles and area scopes, forms, working-day deadlines, outcomes).",
    type: 'object',
    // titles are checked by the linter (codes title.missing, title.missingZhCN, title.missingEn)
    required: ['id', 'version', 'caseType', 'roles', 'forms', 'machine'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      id,
      version: { type: 'integer', minimum: 0 },
      caseType: id,
      title: text('Title of the process'),
      description: ref('localizedText'),
      roles: {
        type: 'object',
        additionalProperties: obj({ title: ref('localizedText') }),
      },
      forms: { type: 'object', additionalProperties: ref('form') },
      outcomes: {
        type: 'object',
        additionalProperties: obj({ title: ref('localizedText'), resolved: { type: 'boolean' } }),
      },
      startForm: { type: 'string' },
      starters: { type: 'array', items: ref('actorRule') },
      meta: obj({
        public: obj(
          {
            enabled: { type: 'boolean' },
            form: { type: 'string', minLength: 1 },
            triageStage: { type: 'string', minLength: 1 },
            lowRatingAtMost: { type: 'integer', minimum: 0, maximum: 5 },
            ratingEvent: id,
          },
          ['form'],
        ),
      }),
      machine: { allOf: [ref('stateNode'), { required: ['id'] }] },
    },
    $defs: {
      localizedText: obj({ 'zh-CN': { type: 'string' }, en: { type: 'string' } }),
      areaLevel: levels,
      actorRule: obj(
        {
          role: { type: 'string', minLength: 1 },
          scope: levels,
          coHandler: { enum: ['lead', 'assisting'] },
        },
        ['role', 'scope'],
      ),
      form: obj(
        {
          id: { type: 'string' },
          title: ref('localizedText'),
          schema: { type: 'object' },
          ui: { type: 'object' },
        },
        ['id', 'schema'],
      ),
      guardRef: catalogRef('guard', GUARD_CATALOG),
      actionRef: catalogRef('action', ACTION_CATALOG),
      breachRule: {
        oneOf: [
          obj({ type: { const: 'remind' }, to: ref('actorRule') }, ['type']),
          obj({ type: { const: 'escalate' }, to: ref('actorRule') }, ['type', 'to']),
          obj({ type: { const: 'event' }, event: { type: 'string', minLength: 1 } }, [
            'type',
            'event',
          ]),
        ],
      },
      deadline: obj(
        {
          within: days(1),
          warnBefore: days(0),
          onBreach: { type: 'array', items: ref('breachRule') },
          repeatEvery: days(1),
        },
        ['within'],
      ),
      reopen: obj(
        {
          target: { type: 'string', minLength: 1 },
          title: ref('localizedText'),
          actors: { type: 'array', items: ref('actorRule') },
          form: { type: 'string' },
          requiresReason: { type: 'boolean' },
          withinDays: days(1),
        },
        ['target', 'actors'],
      ),
      stateMeta: obj({
        title: ref('localizedText'),
        description: ref('localizedText'),
        actors: { type: 'array', items: ref('actorRule') },
        deadline: ref('deadline'),
        outcome: { type: 'string' },
        internal: { type: 'boolean' },
        reopen: ref('reopen'),
      }),
      transitionMeta: obj({
        title: ref('localizedText'),
        actors: { type: 'array', items: ref('actorRule') },
        form: { type: 'string' },
        verb: {
          enum: [
            'transfer',
            'return',
            'coHandle',
            'remind',
            'supervise',
            'withdraw',
            'reopen',
            'close',
          ],
        },
        requiresReason: { type: 'boolean' },
      }),
      transition: obj({
        target: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
        guard: ref('guardRef'),
        actions: { type: 'array', items: ref('actionRef') },
        reenter: { type: 'boolean' },
        description: { type: 'string' },
        meta: ref('transitionMeta'),
      }),
      stateNode: obj({
        id: { type: 'string', minLength: 1 },
        type: { enum: ['atomic', 'compound', 'parallel', 'final', 'history'] },
        history: { enum: ['shallow', 'deep'] },
        target: { type: 'string' },
        initial: { type: 'string' },
        states: { type: 'object', additionalProperties: ref('stateNode') },
        on: { type: 'object', additionalProperties: listOrOne('transition') },
        always: listOrOne('transition'),
        onDone: listOrOne('transition'),
        entry: { type: 'array', items: ref('actionRef') },
        exit: { type: 'array', items: ref('actionRef') },
        description: { type: 'string' },
        meta: ref('stateMeta'),
      }),
    },
  } as const;
}
