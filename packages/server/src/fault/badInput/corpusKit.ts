/**
 * The pieces every family of the bad-input corpus shares: the request and target types, the
 * four JSON endpoints with a slot for a hostile value, and a sender that adds fresh keys.
 */
import type { ErrorCode } from '@gridcase/engine';
import { fixtureDefinition } from '../../testing/fixtureDefinition';

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

/** The JSON content type header. */
export const JSON_TYPE = { 'content-type': 'application/json' };
/** UTF-8 bytes of a text. */
export const utf8 = (text: string) => new TextEncoder().encode(text);
/** Text and raw bytes joined, for bodies with invalid UTF-8 (`bytes('{"a":"', [0xff], '"}')`). */
export const bytes = (...parts: Array<string | number[]>) => {
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
export interface JsonEndpoint {
  endpoint: Endpoint;
  method: 'POST' | 'PUT';
  path: string;
  as: string;
  idempotent: boolean;
  /** A valid body with one extra value under `key` (the value is raw JSON text). */
  withValue(key: string, raw: string): string;
}

/**
 * The four JSON endpoints the corpus attacks alike, each with a valid body builder.
 *
 * @example
 * ```ts
 * jsonEndpoints(target)[0]?.withValue('x', '1'); // '{"type":"note","data":{"note":"x","x":1}}'
 * ```
 */
export function jsonEndpoints(t: CorpusTarget): JsonEndpoint[] {
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
/** A new valid `Idempotency-Key` per request. */
export const freshKey = () => `bad-input-${(keys++).toString().padStart(6, '0')}`;

/**
 * One bad request to a JSON endpoint (with a fresh idempotency key where one is required).
 *
 * @example
 * ```ts
 * send(endpoint, 'empty body', '', 'request.invalid');
 * ```
 */
export function send(e: JsonEndpoint, name: string, body: string | Uint8Array, code: ErrorCode) {
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
