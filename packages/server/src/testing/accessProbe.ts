/**
 * Access probes for role x area tests (T-AUTHZ, T-PII): send every case endpoint as one user
 * against one case and report what went wrong as plain lines, so a matrix of thousands of
 * checks fails with the full list of leaks. The expected visibility comes from the caller (a
 * table written out by hand, or the seed's own area tree), never from the server's code.
 */

/**
 * An 18-character mainland ID number, unmasked (not the fractional digits of a coordinate such
 * as `120.21799999999999`).
 */
export const ID_NUMBER = /(?<!\.\d*)\d{17}[\dXx]/;
/** A mainland mobile number, unmasked (also after a `+86`; not in a coordinate's fraction). */
export const MOBILE = /(?<!\.\d*)1[3-9]\d{9}/;

/** Sends a request as a user: JSON bodies encoded, raw bodies as given. */
export type SendAs = (
  path: string,
  init: { as: string; method?: string; json?: unknown; body?: BodyInit; headers?: HeadersInit },
) => Promise<Response>;

/** The tally of a probe: checks made and the lines that broke the rule. */
export interface ProbeTally {
  checks: number;
  violations: string[];
}

/**
 * An empty tally.
 *
 * @example
 * ```ts
 * const tally = newTally(); // { checks: 0, violations: [] }
 * ```
 */
export const newTally = (): ProbeTally => ({ checks: 0, violations: [] });

/** The read endpoints of one case. */
export const caseReadPaths = (caseId: string) => [
  `/cases/${caseId}`,
  `/cases/${caseId}/history`,
  `/cases/${caseId}/actions`,
  `/cases/${caseId}/comments`,
  `/cases/${caseId}/attachments`,
];

/**
 * An unmasked ID number or mobile number in a response text, with a little of the text around
 * it (`undefined` when there is none).
 *
 * @example
 * ```ts
 * unmasked('{"phone":"138****8000"}'); // undefined
 * unmasked('{"phone":"13800138000"}'); // '{"phone":"13800138000"}'
 * ```
 */
export function unmasked(text: string): string | undefined {
  const match = ID_NUMBER.exec(text) ?? MOBILE.exec(text);
  if (!match) return undefined;
  return text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 10);
}

/**
 * Reads every case endpoint as `user`: 200 with nothing unmasked when `visible`, else 404
 * `case.notFound` (not 403, so ids cannot be probed).
 *
 * @example
 * ```ts
 * await probeReads(send, tally, 'grid-e1a', caseId, true);
 * ```
 */
export async function probeReads(
  send: SendAs,
  tally: ProbeTally,
  user: string,
  caseId: string,
  visible: boolean,
  paths: string[] = caseReadPaths(caseId),
): Promise<void> {
  for (const path of paths) {
    tally.checks++;
    const res = await send(path, { as: user });
    const text = await res.text();
    const expected = visible ? 200 : 404;
    if (res.status !== expected) {
      tally.violations.push(`${user} GET ${path}: ${res.status}, wanted ${expected}`);
    } else if (!visible && JSON.parse(text).code !== 'case.notFound') {
      tally.violations.push(`${user} GET ${path}: ${text.slice(0, 120)}, wanted case.notFound`);
    } else if (unmasked(text)) {
      tally.violations.push(`${user} GET ${path}: unmasked ${unmasked(text)}`);
    }
  }
}

/**
 * Tries every write on a case outside `user`'s areas: each command type, a comment, a personal
 * data reveal and an upload must all answer 404 `case.notFound`.
 *
 * @example
 * ```ts
 * await probeWritesRefused(send, tally, 'grid-e1a', otherAreaCase, ['note', 'assign']);
 * ```
 */
export async function probeWritesRefused(
  send: SendAs,
  tally: ProbeTally,
  user: string,
  caseId: string,
  commandTypes: string[],
): Promise<void> {
  const key = () => ({ 'idempotency-key': `probe-${crypto.randomUUID()}` });
  const writes: Array<[string, Parameters<SendAs>[1]]> = [
    ...commandTypes.map(
      (type) =>
        [
          `/cases/${caseId}/commands`,
          { as: user, method: 'POST', headers: key(), json: { type, data: {} } },
        ] as [string, Parameters<SendAs>[1]],
    ),
    [`/cases/${caseId}/comments`, { as: user, method: 'POST', json: { text: '越权测试' } }],
    [`/cases/${caseId}/pii/reveal`, { as: user, method: 'POST', json: { purpose: '越权测试' } }],
    [
      `/cases/${caseId}/attachments?name=x.txt`,
      {
        as: user,
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '越权测试',
      },
    ],
  ];
  for (const [path, init] of writes) {
    tally.checks++;
    const res = await send(path, init);
    const body = (await res.json()) as { code?: string };
    if (res.status !== 404 || body.code !== 'case.notFound')
      tally.violations.push(
        `${user} POST ${path}: ${res.status} ${body.code}, wanted 404 case.notFound`,
      );
  }
}

/**
 * Lists as `user` (`/cases`, the area worklist) and the CSV export: exactly `expected` case ids
 * (the worklist: the open ones), nothing unmasked.
 *
 * @example
 * ```ts
 * await probeLists(send, tally, 'grid-e1a', ['20260302-AAAA'], allCaseIds);
 * ```
 */
export async function probeLists(
  send: SendAs,
  tally: ProbeTally,
  user: string,
  expected: string[],
  all: string[],
  /** The open ones among `expected` (the area worklist lists open cases only); default all. */
  open: string[] = expected,
): Promise<void> {
  const lists: Array<[string, string[]]> = [
    ['/cases?limit=200', expected],
    ['/worklist?scope=area&limit=200', open],
  ];
  for (const [path, ids] of lists) {
    const want = [...ids].sort();
    tally.checks++;
    const text = await (await send(path, { as: user })).text();
    if (unmasked(text)) tally.violations.push(`${user} GET ${path}: unmasked ${unmasked(text)}`);
    const body = JSON.parse(text) as { items?: Array<{ id: string }>; total?: number };
    const got = (body.items ?? []).map((i) => i.id).sort();
    if (JSON.stringify(got) !== JSON.stringify(want) || body.total !== want.length)
      tally.violations.push(`${user} GET ${path}: ${got.length} cases, wanted ${want.length}`);
  }
  tally.checks++;
  const csv = await (await send('/export/cases.csv', { as: user })).text();
  if (unmasked(csv)) tally.violations.push(`${user} export: unmasked ${unmasked(csv)}`);
  for (const id of all)
    if (csv.includes(id) !== expected.includes(id))
      tally.violations.push(`${user} export: ${id} ${csv.includes(id) ? 'listed' : 'missing'}`);
}
