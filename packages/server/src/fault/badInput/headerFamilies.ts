/**
 * Bad-input corpus: `Idempotency-Key` and `If-Match` headers missing or malformed.
 */
import type { ErrorCode } from '@gridcase/engine';
import {
  type BadRequest,
  type CorpusTarget,
  type JsonEndpoint,
  jsonEndpoints,
  send,
  utf8,
} from './corpusKit';

/**
 * Idempotency keys that are missing or malformed, on both endpoints that need one, and bad
 * `If-Match` versions.
 *
 * @example
 * ```ts
 * idempotencyFamilies(target)[0]?.code; // 'idempotency.keyRequired'
 * ```
 */
export function idempotencyFamilies(t: CorpusTarget): BadRequest[] {
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
