/**
 * Fault suite, access: the example county server with its seeded counties. Every seeded user
 * against every seeded case through every case endpoint: no read or write outside the user's
 * areas (or county), nothing unmasked but through the audited reveal, each reveal audited; and
 * bad JWTs (algorithm `none` and others, audience, issuer, expiry) refused with a coded 401.
 * Who may see what is worked out from the seed's own area tree, not from the server's code.
 */
import { createHmac } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseRecord, WorkflowDefinition } from '@gridcase/engine';
import { type County, createLowdbStore, type User } from '@gridcase/server';
import {
  caseReadPaths,
  count,
  figure,
  newTally,
  probeLists,
  probeReads,
  probeWritesRefused,
  type SendAs,
  unmasked,
} from '@gridcase/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStore } from '../../src/seed/seedStore';
import { loadConfig } from '../../src/server/loadConfig';
import { type CountyServer, startCountyServer } from '../../src/server/startCountyServer';

const SECRET = 'access-test-secret-access-test-secret-0123';
/**
 * Stories played per county. Each user tries a reveal on every case (refused outside their
 * areas, but counted), and the server allows 20 reveals an hour per user: 2 x 8 cases fit.
 */
const STORIES = 8;
const quiet = { info() {}, warn() {}, error() {} };
const root = mkdtempSync(join(tmpdir(), 'gridcase-access-'));

let server: CountyServer;
let counties: County[];
let users: User[];
let cases: CaseRecord[];
const tokens = new Map<string, string>();

/** The area ids from the county down to `areaId`, walked on the county's own tree. */
function ancestry(county: County, areaId: string): string[] {
  const out: string[] = [];
  for (let at = county.areas.find((a) => a.id === areaId); at; ) {
    out.push(at.id);
    at = at.parentId ? county.areas.find((a) => a.id === at!.parentId) : undefined;
  }
  return out;
}

/** Whether `user` may see `record`: same county, and one of their roles held at or above it. */
function maySee(user: User, record: CaseRecord): boolean {
  if (user.countyId !== record.countyId) return false;
  const county = counties.find((c) => c.id === record.countyId)!;
  // the case's own area is the last of its path; the walk up uses the county's tree alone
  const above = ancestry(county, record.areaPath.at(-1)!);
  return user.roles.some((r) => above.includes(r.areaId));
}

/** The events a definition's stages answer to (commands to try where the user may not). */
function eventsOf(definition: WorkflowDefinition): string[] {
  const out = new Set<string>();
  const walk = (node: { on?: Record<string, unknown>; states?: Record<string, unknown> }) => {
    for (const type of Object.keys(node.on ?? {})) out.add(type);
    for (const child of Object.values(node.states ?? {})) walk(child as typeof node);
  };
  walk(definition.machine as never);
  return [...out];
}

const send: SendAs = async (path, { as, json, headers, body, method }) => {
  const h = new Headers(headers);
  h.set('authorization', `Bearer ${tokens.get(as)}`);
  if (json !== undefined) h.set('content-type', 'application/json');
  return server.api.request(path, {
    method,
    headers: h,
    body: json !== undefined ? JSON.stringify(json) : body,
  });
};

/** What the probes may not change: every case's version, history, comments and attachments. */
async function caseState(): Promise<string> {
  const parts = await Promise.all(
    cases.map(async (c) => [
      (await server.store.getCase(c.countyId, c.id))?.version,
      (await server.store.getHistory(c.countyId, c.id)).length,
      (await server.store.listComments(c.countyId, c.id)).length,
      (await server.store.listAttachments(c.countyId, c.id)).length,
    ]),
  );
  return JSON.stringify(parts);
}

beforeAll(async () => {
  mkdirSync(join(root, 'web'), { recursive: true });
  writeFileSync(join(root, 'web', 'index.html'), '<!doctype html><title>gridcase</title>');
  const dataDir = join(root, 'data');
  const store = createLowdbStore({ dir: dataDir });
  await store.open();
  await seedStore(store, { storyLimit: STORIES });
  await store.close();
  server = await startCountyServer(
    loadConfig({
      GRIDCASE_DATA_DIR: dataDir,
      GRIDCASE_PORT: '0',
      GRIDCASE_WEB_DIST: join(root, 'web'),
      GRIDCASE_JWT_SECRET: SECRET,
      GRIDCASE_TEST_CLOCK: '1',
    }),
    { logger: quiet },
  );
  counties = await server.store.listCounties();
  users = (await Promise.all(counties.map((c) => server.store.listUsers(c.id)))).flat();
  cases = (
    await Promise.all(counties.map((c) => server.store.listCases({ countyId: c.id, limit: 1000 })))
  ).flatMap((page) => page.items);
  for (const user of users) {
    const res = await fetch(`${server.url}/api/auth/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: user.username, countyId: user.countyId }),
    });
    tokens.set(user.id, ((await res.json()) as { token: string }).token);
  }
}, 120_000);

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** A token like the server's, with some claims or the header changed, signed with HS256. */
function forged(header: Record<string, unknown>, claims: Record<string, unknown>, sign = true) {
  const [h, p] = tokens.get(users[0]!.id)!.split('.') as [string, string];
  const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const head = enc({ ...JSON.parse(Buffer.from(h, 'base64url').toString()), ...header });
  const body = enc({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), ...claims });
  const signature = sign
    ? createHmac('sha256', SECRET).update(`${head}.${body}`).digest('base64url')
    : '';
  return `${head}.${body}.${signature}`;
}

describe('access on the seeded counties', () => {
  it('keeps every user to their areas, masks personal data outside the audited reveal, refuses bad tokens', async (ctx) => {
    expect(counties.length).toBeGreaterThanOrEqual(2);
    expect(cases.length).toBeGreaterThanOrEqual(counties.length * STORIES);
    const tally = newTally();
    const before = await caseState();
    const definitions = new Map<string, string[]>();
    for (const c of cases) {
      const key = `${c.countyId}/${c.definition.id}@${c.definition.version}`;
      if (!definitions.has(key)) {
        const found = await server.store.getDefinition(
          c.countyId,
          c.definition.id,
          c.definition.version,
        );
        definitions.set(key, eventsOf(found!.definition).slice(0, 3));
      }
    }

    // every read endpoint, the download of the case's first photo included
    const readPaths = new Map<string, string[]>();
    for (const c of cases) {
      const photo = (await server.store.listAttachments(c.countyId, c.id))[0];
      const paths = caseReadPaths(c.id);
      if (photo) paths.push(`/cases/${c.id}/attachments/${photo.id}`);
      readPaths.set(c.id, paths);
    }
    expect([...readPaths.values()].some((paths) => paths.length > 5)).toBe(true);
    const reveals: string[] = [];
    let outside = 0;
    const auditBefore = (await server.store.auditHead()).seq;
    for (const user of users) {
      for (const record of cases) {
        const visible = maySee(user, record);
        await probeReads(send, tally, user.id, record.id, visible, readPaths.get(record.id));
        if (!visible) {
          outside++;
          const types = definitions.get(
            `${record.countyId}/${record.definition.id}@${record.definition.version}`,
          )!;
          await probeWritesRefused(send, tally, user.id, record.id, types);
          continue;
        }
        // inside: the reveal answers those who work the case (audited), refuses the others
        tally.checks++;
        const res = await send(`/cases/${record.id}/pii/reveal`, {
          as: user.id,
          method: 'POST',
          json: { purpose: '访问矩阵核对' },
        });
        const body = (await res.json()) as { code?: string };
        if (res.status === 200) reveals.push(`${user.id} ${record.id}`);
        else if (res.status !== 403 || body.code !== 'pii.forbidden')
          tally.violations.push(`${user.id} reveal ${record.id}: ${res.status} ${body.code}`);
      }
      const mine = cases.filter((c) => maySee(user, c));
      await probeLists(
        send,
        tally,
        user.id,
        mine.map((c) => c.id),
        cases.map((c) => c.id),
        mine.filter((c) => c.status === 'active').map((c) => c.id),
      );
    }
    expect(tally.violations).toEqual([]);
    expect(await caseState()).toBe(before);

    // every reveal that answered is one pii.reveal audit entry naming the user and the case
    const audit = await server.store.readAudit(auditBefore + 1, 1_000_000);
    const revealed = audit.filter((e) => e.action === 'pii.reveal');
    expect(revealed.map((e) => `${e.actor.userId} ${e.caseId}`).sort()).toEqual(reveals.sort());
    expect(reveals.length).toBeGreaterThan(0);
    // and the audit itself holds no personal data (its hex hashes aside)
    expect(audit.filter(({ hash: _h, prevHash: _p, ...e }) => unmasked(JSON.stringify(e)))).toEqual(
      [],
    );

    // tokens: wrong algorithm (none too), audience, issuer, expired, tampered
    const now = Math.floor(Date.now() / 1000);
    const bad: Array<[string, string, string]> = [
      ['alg none', forged({ alg: 'none' }, {}, false), 'auth.algorithmNotAllowed'],
      ['alg HS512', forged({ alg: 'HS512' }, {}), 'auth.algorithmNotAllowed'],
      ['alg RS256', forged({ alg: 'RS256' }, {}), 'auth.algorithmNotAllowed'],
      ['wrong audience', forged({}, { aud: 'another-app' }), 'auth.audienceMismatch'],
      ['wrong issuer', forged({}, { iss: 'https://evil.example' }), 'auth.issuerMismatch'],
      ['expired', forged({}, { iat: now - 3600, exp: now - 1800 }), 'auth.tokenExpired'],
      [
        'another user, old signature',
        `${forged({}, { sub: users.at(-1)!.id })
          .split('.')
          .slice(0, 2)
          .join('.')}.${tokens.get(users[0]!.id)!.split('.')[2]}`,
        'auth.invalidToken',
      ],
    ];
    const refused: string[] = [];
    for (const [name, token, code] of bad) {
      const res = await fetch(`${server.url}/api/me`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await res.json()) as { code?: string; message?: string; hint?: string };
      expect(`${name}: ${res.status} ${body.code}`).toBe(`${name}: 401 ${code}`);
      expect(typeof body.message === 'string' && typeof body.hint === 'string').toBe(true);
      refused.push(name);
    }
    const ok = await fetch(`${server.url}/api/me`, {
      headers: { authorization: `Bearer ${tokens.get(users[0]!.id)}` },
    });
    expect(ok.status).toBe(200);

    figure(
      ctx,
      'access',
      `${counties.length} counties, ${users.length} users x ${cases.length} cases, ${count(tally.checks)} checks (${count(outside)} user-case pairs out of scope), 0 outside scope, 0 unmasked, ${reveals.length} reveals all audited, ${refused.length}/${bad.length} bad JWTs refused`,
    );
  }, 180_000);
});
