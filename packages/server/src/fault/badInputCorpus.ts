/**
 * The bad-input corpus of the fault suite: hostile and careless requests against the command,
 * case create, comment, attachment, draft-save, publish and list endpoints, each with the coded
 * refusal the server must give it. Bodies are built once, up front, so the test measures the
 * server and not the corpus.
 */
import type { ErrorCode } from '@gridcase/engine';
import { fixtureDefinition } from '../testing/fixtureDefinition';

/** One bad request and the catalog code it must be refused with. */
export interface BadRequest {
  /** `endpoint: what is wrong`, for failure messages. */
  name: string;
  endpoint: Endpoint;
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  /** Demo user sending it; absent = no Authorization header. */
  as?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  code: ErrorCode;
}

export type Endpoint =
  | 'command'
  | 'create'
  | 'comment'
  | 'attachment'
  | 'draft'
  | 'publish'
  | 'list'
  | 'auth';

/** What the corpus aims at: a case the opener can see, and the drafts seeded for publishing. */
export interface CorpusTarget {
  caseId: string;
  /** Grid member who opened the case (may comment and upload). */
  opener: string;
  /** Who may run the `note` command on the case now (a valid command would succeed). */
  actor: string;
  /** The county admin (drafts and publishing). */
  admin: string;
  /** Definition ids whose (hostile) drafts are in the store, with the reason each must fail. */
  hostileDrafts: string[];
}

const JSON_TYPE = { 'content-type': 'application/json' };
const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<string | number[]>) => {
  const chunks = parts.map((p) => (typeof p === 'string' ? utf8(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

/** A valid body per JSON endpoint, as text with a slot `@` where a value may be put. */
interface JsonEndpoint {
  endpoint: Endpoint;
  method: 'POST' | 'PUT';
  path: string;
  as: string;
  idempotent: boolean;
  /** A valid body with one extra value under `key` (the value is raw JSON text). */
  withValue(key: string, raw: string): string;
}

function jsonEndpoints(t: CorpusTarget): JsonEndpoint[] {
  const draft = JSON.stringify(fixtureDefinition).slice(1, -1);
  return [
    {
      endpoint: 'command',
      method: 'POST',
      path: `/cases/${t.caseId}/commands`,
      as: t.actor,
      idempotent: true,
      withValue: (k, v) => `{"type":"note","data":{"note":"x","${k}":${v}}}`,
    },
    {
      endpoint: 'create',
      method: 'POST',
      path: '/cases',
      as: t.opener,
      idempotent: true,
      withValue: (k, v) =>
        `{"definitionId":"${fixtureDefinition.id}","areaId":"grid-e1a","data":{"title":"纠纷","${k}":${v}}}`,
    },
    {
      endpoint: 'comment',
      method: 'POST',
      path: `/cases/${t.caseId}/comments`,
      as: t.opener,
      idempotent: false,
      withValue: (k, v) => `{"text":"x","${k}":${v}}`,
    },
    {
      endpoint: 'draft',
      method: 'PUT',
      path: `/definitions/${fixtureDefinition.id}/draft`,
      as: t.admin,
      idempotent: false,
      withValue: (k, v) => `{${draft},"meta":{"${k}":${v}}}`,
    },
  ];
}

let keys = 0;
const freshKey = () => `bad-input-${(keys++).toString().padStart(6, '0')}`;

function send(e: JsonEndpoint, name: string, body: string | Uint8Array, code: ErrorCode) {
  const headers: Record<string, string> = { ...JSON_TYPE };
  if (e.idempotent) headers['idempotency-key'] = freshKey();
  return {
    name: `${e.endpoint}: ${name}`,
    endpoint: e.endpoint,
    method: e.method,
    path: e.path,
    as: e.as,
    headers,
    body,
    code,
  } satisfies BadRequest;
}

const MALFORMED: Array<[string, string]> = [
  ['empty body', ''],
  ['unclosed object', '{"type":'],
  ['trailing comma', '{"type":"note",}'],
  ['single quotes', "{'type':'note'}"],
  ['NaN', '{"type":"note","data":{"n":NaN}}'],
  ['Infinity', '{"type":"note","data":{"n":Infinity}}'],
  ['two values', '{"type":"note"}{"type":"note"}'],
  ['raw control character in a string', '{"type":"no\u0001te"}'],
  ['bare word', 'undefined'],
  ['comment', '{"type":"note" /* hi */}'],
  ['unterminated string', '{"type":"note'],
];

const BAD_UTF8: Array<[string, number[]]> = [
  ['0xff byte', [0xff]],
  ['overlong slash 0xc0 0xaf', [0xc0, 0xaf]],
  ['encoded surrogate 0xed 0xa0 0x80', [0xed, 0xa0, 0x80]],
  ['truncated 3-byte sequence', [0xe4, 0xb8]],
  ['lone continuation byte', [0x80]],
];

const FORBIDDEN: Array<[string, string]> = [
  ['__proto__ key', '{"__proto__":{"polluted":1}}'],
  ['constructor key', '{"constructor":{"prototype":{"polluted":1}}}'],
  ['prototype key', '{"prototype":{"polluted":1}}'],
  ['__proto__ in a list', '[{"a":1},{"__proto__":{"polluted":1}}]'],
];

function deepArray(depth: number) {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}
function deepObject(depth: number) {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Requests that break the JSON itself, the same way on every JSON endpoint. */
function jsonFamilies(t: CorpusTarget): BadRequest[] {
  const out: BadRequest[] = [];
  const big = 'x'.repeat(1024 * 1024 + 10);
  const longString = JSON.stringify('x'.repeat(64 * 1024 + 1));
  const longArray = JSON.stringify(Array(1001).fill(0));
  for (const e of jsonEndpoints(t)) {
    for (const [name, text] of MALFORMED)
      out.push(send(e, `malformed JSON (${name})`, text, 'request.invalid'));
    for (const [name, raw] of BAD_UTF8) {
      // the bad bytes sit inside a string value of an otherwise valid body
      const [head, tail] = e.withValue('text', '"a@b"').split('@') as [string, string];
      out.push(send(e, `invalid UTF-8 (${name})`, bytes(head, raw, tail), 'request.invalid'));
    }
    out.push(
      send(e, '10,000-deep arrays', e.withValue('deep', deepArray(10_000)), 'request.jsonTooDeep'),
    );
    out.push(
      send(
        e,
        '10,000-deep objects',
        e.withValue('deep', deepObject(10_000)),
        'request.jsonTooDeep',
      ),
    );
    out.push(send(e, '33-deep arrays', e.withValue('deep', deepArray(33)), 'request.jsonTooDeep'));
    for (const [name, raw] of FORBIDDEN)
      out.push(send(e, name, e.withValue('x', raw), 'request.forbiddenKey'));
    out.push(
      send(e, 'top-level __proto__', `{"__proto__":{"isAdmin":true}}`, 'request.forbiddenKey'),
    );
    out.push(
      send(e, 'body over 1 MiB', e.withValue('big', JSON.stringify(big)), 'request.tooLarge'),
    );
    out.push(
      send(
        e,
        'string over 64 Ki characters',
        e.withValue('long', longString),
        'request.jsonTooLarge',
      ),
    );
    out.push(
      send(e, 'array of 1,001 items', e.withValue('list', longArray), 'request.jsonTooLarge'),
    );
    out.push(
      send(
        e,
        'key over 64 Ki characters',
        `{"${'k'.repeat(64 * 1024 + 1)}":1}`,
        'request.jsonTooLarge',
      ),
    );
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonp',
    ]) {
      out.push({
        ...send(e, `content type ${type}`, e.withValue('x', '1'), 'request.unsupportedMediaType'),
        headers: { ...send(e, '', '', 'request.invalid').headers, 'content-type': type },
      });
    }
    const noType = send(
      e,
      'no content type',
      e.withValue('x', '1'),
      'request.unsupportedMediaType',
    );
    const { 'content-type': _drop, ...rest } = noType.headers;
    out.push({ ...noType, headers: rest });
    out.push({ ...send(e, 'no token', e.withValue('x', '1'), 'auth.required'), as: undefined });
    out.push({
      ...send(e, 'garbage token', e.withValue('x', '1'), 'auth.invalidToken'),
      as: undefined,
      headers: { ...JSON_TYPE, authorization: 'Bearer not.a.jwt', 'idempotency-key': freshKey() },
    });
  }
  return out;
}

/** Wrong types and unknown fields, endpoint by endpoint. */
function shapeFamilies(t: CorpusTarget): BadRequest[] {
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

/** Idempotency keys that are missing or malformed, on both endpoints that need one. */
function idempotencyFamilies(t: CorpusTarget): BadRequest[] {
  const out: BadRequest[] = [];
  const [command, create] = jsonEndpoints(t) as [JsonEndpoint, JsonEndpoint];
  const cases: Array<[string, string | undefined, ErrorCode]> = [
    ['missing', undefined, 'idempotency.keyRequired'],
    ['empty', '', 'idempotency.keyRequired'],
    ['7 characters', 'abcdefg', 'request.invalid'],
    ['129 characters', 'k'.repeat(129), 'request.invalid'],
    ['a space', 'abc defgh', 'request.invalid'],
    ['a slash', 'abc/defgh', 'request.invalid'],
    ['non-ASCII', '幂等键幂等键幂等键', 'request.invalid'],
    ['a quote', 'abcdefgh"', 'request.invalid'],
  ];
  for (const e of [command, create]) {
    for (const [name, key, code] of cases) {
      const req = send(
        e,
        `Idempotency-Key ${name}`,
        e.withValue('x', '1').replace(',"x":1', ''),
        code,
      );
      const { 'idempotency-key': _k, ...headers } = req.headers;
      out.push({
        ...req,
        headers:
          key === undefined
            ? headers
            : { ...headers, 'idempotency-key': encodeURIComponentIfNeeded(key) },
      });
    }
  }
  for (const [name, value] of [
    ['a word', 'latest'],
    ['negative', '"-1"'],
    ['13 digits', '"1234567890123"'],
    ['a list', '"1", "2"'],
  ] as const) {
    const req = send(
      command,
      `If-Match ${name}`,
      '{"type":"note","data":{"note":"x"}}',
      'request.invalid',
    );
    out.push({ ...req, headers: { ...req.headers, 'if-match': value } });
  }
  return out;
}

/** Headers may only carry Latin-1; a non-ASCII key is sent percent-free as its UTF-8 bytes. */
function encodeURIComponentIfNeeded(key: string): string {
  return /^[\x20-\x7e]*$/.test(key) ? key : String.fromCharCode(...utf8(key));
}

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest');

/** Attachment uploads: names, types, bytes and sizes. */
function attachmentFamilies(t: CorpusTarget): BadRequest[] {
  const upload = (
    name: string,
    query: string,
    type: string | undefined,
    body: Uint8Array,
    code: ErrorCode,
  ): BadRequest => ({
    name: `attachment: ${name}`,
    endpoint: 'attachment',
    method: 'POST',
    path: `/cases/${t.caseId}/attachments${query}`,
    as: t.opener,
    headers: type ? { 'content-type': type } : {},
    body,
    code,
  });
  const names: Array<[string, string]> = [
    ['../../etc/passwd', '../../etc/passwd'],
    ['..\\..\\windows\\win.ini', '..\\..\\windows\\win.ini'],
    ['..', '..'],
    ['.', '.'],
    ['a/b.png', 'a/b.png'],
    ['/etc/passwd', '/etc/passwd'],
    ['C:\\x.png', 'C:\\x.png'],
    ['NUL byte', 'a\u0000b.png'],
    ['newline', 'a\nb.png'],
    ['DEL', 'a\u007fb.png'],
    ['201 characters', `${'n'.repeat(197)}.png`],
    ['spaces only', '   '],
  ];
  const out = names.map(([label, name]) =>
    upload(
      `name ${label}`,
      `?name=${encodeURIComponent(name)}`,
      'image/png',
      PNG,
      'attachment.nameInvalid',
    ),
  );
  out.push(
    upload('name missing', '', 'image/png', PNG, 'request.invalid'),
    upload('name empty', '?name=', 'image/png', PNG, 'request.invalid'),
    upload('name 401 characters', `?name=${'n'.repeat(401)}`, 'image/png', PNG, 'request.invalid'),
    upload('unknown query field', '?name=a.png&path=/tmp', 'image/png', PNG, 'request.invalid'),
    upload(
      'type text/html',
      '?name=a.html',
      'text/html',
      utf8('<script>alert(1)</script>'),
      'attachment.typeNotAllowed',
    ),
    upload(
      'type application/x-sh',
      '?name=a.sh',
      'application/x-sh',
      utf8('rm -rf /'),
      'attachment.typeNotAllowed',
    ),
    upload(
      'type image/svg+xml',
      '?name=a.svg',
      'image/svg+xml',
      utf8('<svg onload="x()"/>'),
      'attachment.typeNotAllowed',
    ),
    upload('no type', '?name=a.bin', undefined, PNG, 'attachment.typeNotAllowed'),
    upload(
      'PNG type, script bytes',
      '?name=a.png',
      'image/png',
      utf8('<script>x()</script>'),
      'attachment.typeNotAllowed',
    ),
    upload('JPEG type, PNG bytes', '?name=a.jpg', 'image/jpeg', PNG, 'attachment.typeNotAllowed'),
    upload(
      'PDF type, ELF bytes',
      '?name=a.pdf',
      'application/pdf',
      bytes([0x7f, 0x45, 0x4c, 0x46]),
      'attachment.typeNotAllowed',
    ),
    upload('empty file', '?name=a.png', 'image/png', new Uint8Array(0), 'request.invalid'),
    upload(
      'over 10 MiB',
      '?name=a.png',
      'image/png',
      new Uint8Array(10 * 1024 * 1024 + 1),
      'attachment.tooLarge',
    ),
    upload('no token', '?name=a.png', 'image/png', PNG, 'auth.required'),
  );
  out[out.length - 1]!.as = undefined;
  return out;
}

/** Query strings and path parameters of the list and case endpoints. */
function queryFamilies(t: CorpusTarget): BadRequest[] {
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

/** Publishing: the hostile drafts seeded in the store, unknown drafts, callers and ids. */
function publishFamilies(t: CorpusTarget): BadRequest[] {
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

/**
 * The whole corpus against `target`, in batches by endpoint.
 *
 * @example
 * ```ts
 * const corpus = badInputCorpus({ caseId, opener: 'grid-e1a', admin: 'admin', hostileDrafts });
 * corpus.length; // > 200
 * ```
 */
export function badInputCorpus(target: CorpusTarget): BadRequest[] {
  return [
    ...jsonFamilies(target),
    ...shapeFamilies(target),
    ...idempotencyFamilies(target),
    ...attachmentFamilies(target),
    ...queryFamilies(target),
    ...publishFamilies(target),
  ];
}
