/**
 * Bad-input corpus: query strings and path parameters of the list and case endpoints, and
 * publishing hostile, unknown or forbidden drafts.
 */
import type { ErrorCode } from '@gridcase/engine';
import { fixtureDefinition } from '../../testing/fixtureDefinition';
import type { BadRequest, CorpusTarget } from './corpusKit';

/**
 * Query strings and path parameters of the list and case endpoints.
 *
 * @example
 * ```ts
 * queryFamilies(target)[0]?.path; // '/cases?limit=0'
 * ```
 */
export function queryFamilies(t: CorpusTarget): BadRequest[] {
  const get = (name: string, path: string, code: ErrorCode = 'request.invalid'): BadRequest => ({
    name: `list: ${name}`,
    endpoint: 'list',
    method: 'GET',
    path,
    as: t.opener,
    code,
  });
  return [
    get('limit 0', '/cases?limit=0'),
    get('limit 201', '/cases?limit=201'),
    get('limit a word', '/cases?limit=all'),
    get('limit 1e9', '/cases?limit=1e9'),
    get('offset -1', '/cases?offset=-1'),
    get('offset 2^53', '/cases?offset=9007199254740993'),
    get('status unknown', '/cases?status=deleted'),
    get('sort unknown', '/cases?sort=__proto__'),
    get('order unknown', '/cases?order=random'),
    get('dueBefore not a date', '/cases?dueBefore=tomorrow'),
    get('overdue not a boolean', '/cases?overdue=maybe'),
    get('q empty', '/cases?q='),
    get('q 101 characters', `/cases?q=${'q'.repeat(101)}`),
    get('unknown parameter', '/cases?where=1%3D1'),
    get('__proto__ parameter', '/cases?__proto__=1'),
    get('stage 257 characters', `/cases?stage=${'s'.repeat(257)}`),
    get('worklist scope unknown', '/worklist?scope=everyone'),
    get('case id 129 characters', `/cases/${'c'.repeat(129)}`),
    get('case id traversal', '/cases/..%2F..%2Fetc%2Fpasswd'),
    get('case id with a NUL', '/cases/a%00b'),
    get('case id unicode', `/cases/${encodeURIComponent('案件')}`),
    get('history of an unknown case', '/cases/20260302-ZZZZZZZZ/history', 'case.notFound'),
    get('export with a bad limit', '/export/cases.csv?sort=bogus'),
  ];
}

/**
 * Publishing: the hostile drafts seeded in the store, unknown drafts, callers and ids.
 *
 * @example
 * ```ts
 * publishFamilies(target)[0]?.code; // 'definition.lintFailed'
 * ```
 */
export function publishFamilies(t: CorpusTarget): BadRequest[] {
  const publish = (
    name: string,
    id: string,
    as: string | undefined,
    code: ErrorCode,
  ): BadRequest => ({
    name: `publish: ${name}`,
    endpoint: 'publish',
    method: 'POST',
    path: `/definitions/${id}/publish`,
    as,
    code,
  });
  return [
    ...t.hostileDrafts.map((id) =>
      publish(`hostile draft ${id}`, id, t.admin, 'definition.lintFailed'),
    ),
    publish('no draft', 'no-such-flow', t.admin, 'definition.notFound'),
    publish('as a grid member', fixtureDefinition.id, t.opener, 'auth.forbidden'),
    publish('no token', fixtureDefinition.id, undefined, 'auth.required'),
    publish('id with a dot-dot path', '..%2Fother', t.admin, 'request.invalid'),
    publish('id 129 characters', 'd'.repeat(129), t.admin, 'request.invalid'),
  ];
}
