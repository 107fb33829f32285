/**
 * Bad-input corpus: requests that break the JSON itself (syntax, UTF-8, depth, keys, sizes,
 * content types, tokens), the same way on every JSON endpoint.
 */
import {
  type BadRequest,
  bytes,
  type CorpusTarget,
  freshKey,
  JSON_TYPE,
  jsonEndpoints,
  send,
} from './corpusKit';

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

/**
 * Requests that break the JSON itself, the same way on every JSON endpoint.
 *
 * @example
 * ```ts
 * jsonFamilies(target).every((r) => r.code.startsWith('request.') || r.code.startsWith('auth.')); // true
 * ```
 */
export function jsonFamilies(t: CorpusTarget): BadRequest[] {
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
