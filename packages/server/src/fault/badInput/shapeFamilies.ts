/**
 * Bad-input corpus: wrong types, unknown fields and refused values, endpoint by endpoint.
 */
import type { ErrorCode } from '@gridcase/engine';
import { fixtureDefinition } from '../../testing/fixtureDefinition';
import {
  type BadRequest,
  type CorpusTarget,
  type JsonEndpoint,
  jsonEndpoints,
  send,
} from './corpusKit';

/**
 * Wrong types and unknown fields, endpoint by endpoint.
 *
 * @example
 * ```ts
 * shapeFamilies(target).find((r) => r.name === 'command: type is a number')?.code; // 'request.invalid'
 * ```
 */
export function shapeFamilies(t: CorpusTarget): BadRequest[] {
  const [command, create, comment, draft] = jsonEndpoints(t) as [
    JsonEndpoint,
    JsonEndpoint,
    JsonEndpoint,
    JsonEndpoint,
  ];
  const def = fixtureDefinition;
  const invalid = (
    e: JsonEndpoint,
    name: string,
    body: unknown,
    code: ErrorCode = 'request.invalid',
  ) => send(e, name, typeof body === 'string' ? body : JSON.stringify(body), code);
  const huge = 'x'.repeat(60_000);
  return [
    invalid(command, 'type is a number', { type: 1 }),
    invalid(command, 'type is null', { type: null }),
    invalid(command, 'type is empty', { type: '' }),
    invalid(command, 'type is 129 characters', { type: 't'.repeat(129) }),
    invalid(command, 'type missing', { data: {} }),
    invalid(command, 'data is a list', { type: 'note', data: [] }),
    invalid(command, 'data is a string', { type: 'note', data: 'x' }),
    invalid(command, 'reason is a number', { type: 'note', reason: 5 }),
    invalid(command, 'reason over 2,000 characters', { type: 'note', reason: 'r'.repeat(2001) }),
    invalid(command, 'unknown field state', { type: 'note', state: 'closed' }),
    invalid(command, 'unknown field version', { type: 'note', version: 99 }),
    invalid(command, 'body is a list', []),
    invalid(command, 'body is a string', '"note"'),
    invalid(command, 'body is null', 'null'),
    invalid(command, 'body is a number', '42'),
    invalid(
      command,
      'data key over 128 characters',
      { type: 'note', data: { [`k${'x'.repeat(128)}`]: 1 } },
      'form.invalid',
    ),
    invalid(
      command,
      'huge string in the form',
      { type: 'note', data: { note: huge } },
      'form.invalid',
    ),
    invalid(
      command,
      'unknown action',
      { type: 'no-such-action', data: {} },
      'case.actionUnavailable',
    ),
    invalid(command, 'the scheduler’s own event', { type: 'deadline.fire' }, 'auth.forbidden'),
    invalid(create, 'definitionId is a number', { definitionId: 1, areaId: 'grid-e1a' }),
    invalid(create, 'areaId missing', { definitionId: def.id }),
    invalid(create, 'data is a list', { definitionId: def.id, areaId: 'grid-e1a', data: [] }),
    invalid(create, 'case id with a slash', {
      definitionId: def.id,
      areaId: 'grid-e1a',
      id: '../x',
    }),
    invalid(create, 'definitionId traversal', {
      definitionId: '../../etc/passwd',
      areaId: 'grid-e1a',
    }),
    invalid(create, 'unknown field status', {
      definitionId: def.id,
      areaId: 'grid-e1a',
      status: 'done',
    }),
    invalid(create, 'unknown field countyId', {
      definitionId: def.id,
      areaId: 'grid-e1a',
      countyId: 'other',
    }),
    invalid(
      create,
      'form data of the wrong type',
      { definitionId: def.id, areaId: 'grid-e1a', data: { title: 5 } },
      'form.invalid',
    ),
    invalid(
      create,
      'unknown form field',
      { definitionId: def.id, areaId: 'grid-e1a', data: { title: '纠纷', stage: 'closed' } },
      'form.invalid',
    ),
    invalid(
      create,
      'huge string in the form',
      { definitionId: def.id, areaId: 'grid-e1a', data: { title: huge } },
      'form.invalid',
    ),
    invalid(
      create,
      'unknown definition',
      { definitionId: 'no-such-flow', areaId: 'grid-e1a' },
      'definition.notFound',
    ),
    invalid(
      create,
      'unknown area',
      { definitionId: def.id, areaId: 'no-such-grid' },
      'case.areaUnknown',
    ),
    invalid(comment, 'text empty', { text: '' }),
    invalid(comment, 'text over 2,000 characters', { text: 'c'.repeat(2001) }),
    invalid(comment, 'text is a number', { text: 7 }),
    invalid(comment, 'text missing', {}),
    invalid(comment, 'unknown field userId', { text: 'x', userId: 'admin' }),
    invalid(comment, 'body is a list', [{ text: 'x' }]),
    invalid(draft, 'id is a number', { ...def, id: 5 }),
    invalid(draft, 'id differs from the path', { ...def, id: 'other-flow' }),
    invalid(draft, 'body is a list', [def]),
    invalid(draft, 'machine is a string', { ...def, machine: 'x' }, 'definition.invalid'),
    invalid(draft, 'machine missing', { ...def, machine: undefined }, 'definition.invalid'),
    invalid(draft, 'forms is a list', { ...def, forms: [] }, 'definition.invalid'),
    invalid(draft, 'unknown top-level field', { ...def, owner: 'me' }, 'definition.invalid'),
    invalid(draft, 'a valid definition over 128 KiB', bigDefinition(), 'request.tooLarge'),
  ];
}

/** A definition the engine accepts, but over the 128 KiB a draft may have: three wide forms. */
function bigDefinition(): unknown {
  const wide = Object.fromEntries(
    Array.from({ length: 150 }, (_, i) => [
      `field${i}`,
      { type: 'string', maxLength: 100, description: '说明'.repeat(100) },
    ]),
  );
  const forms = { ...fixtureDefinition.forms };
  for (const id of ['extra1', 'extra2', 'extra3'])
    forms[id] = {
      id,
      title: { 'zh-CN': '附加', en: 'Extra' },
      schema: { type: 'object', additionalProperties: false, properties: wide },
    };
  return { ...fixtureDefinition, forms };
}
