import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { disputeMediationV2, disputePlanV1toV2 } from '@gridcase/engine/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Io, importCommand, seedCommand } from '../cli/commands';
import { DEMO_COUNTY_ID } from '../seed/demoCounty';
import { createLowdbStore } from '../store/lowdb';
import { migrateCasesCommand } from './migrateCasesCommand';

const BIN = fileURLToPath(new URL('../../bin/gridcase.mjs', import.meta.url));
let dir: string;
let data: string;
const files = { plan: '', incomplete: '' };

function capture() {
  const text = { out: '', err: '', bar: '' };
  const io: Io = {
    out: (t) => {
      text.out += t;
    },
    err: (t) => {
      text.err += t;
    },
    locale: 'en',
  };
  const bar = new PassThrough();
  bar.on('data', (chunk) => {
    text.bar += chunk;
  });
  return { io, bar, text };
}
const options = (plan: string, extra: Record<string, unknown> = {}) => ({
  data,
  county: DEMO_COUNTY_ID,
  definition: 'dispute-mediation',
  fromVersion: '1',
  toVersion: '2',
  plan,
  ...extra,
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gridcase-migrate-cli-'));
  data = join(dir, 'data');
  expect(await seedCommand({ data }, capture().io)).toBe(0);
  const store = createLowdbStore({ dir: data, onWarning: () => undefined });
  await store.open();
  const v1 = await store.getDefinition(DEMO_COUNTY_ID, 'dispute-mediation', 'latest');
  await store.close();
  await writeFile(
    join(dir, 'v2.json'),
    JSON.stringify({ ...disputeMediationV2(v1?.definition), version: 0 }),
  );
  expect(
    await importCommand(
      join(dir, 'v2.json'),
      { data, county: DEMO_COUNTY_ID, publish: true },
      capture().io,
    ),
  ).toBe(0);
  files.plan = join(dir, 'plan.json');
  await writeFile(files.plan, JSON.stringify(disputePlanV1toV2));
  const { followUp: _f, ...states } = disputePlanV1toV2.states;
  files.incomplete = join(dir, 'incomplete.json');
  await writeFile(
    files.incomplete,
    JSON.stringify({ ...disputePlanV1toV2, id: 'partial', states }),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gridcase migrate-cases', () => {
  it('prints a dry run per old -> new stage and writes nothing', async () => {
    const { io, text } = capture();
    expect(await migrateCasesCommand(options(files.plan, { dryRun: true }), io)).toBe(0);
    expect(text.out).toMatch(
      /^dispute-mediation: version 1 → 2, plan dispute-2027-split-investigation\n/,
    );
    expect(text.out).toMatch(/\d+ running cases: \d+ can move, \d+ cannot/);
    expect(text.out).toContain('How the cases move:');
    const store = createLowdbStore({ dir: data, onWarning: () => undefined });
    await store.open();
    expect(await store.listMigrations(DEMO_COUNTY_ID)).toEqual([]);
    await store.close();
  });

  it('names an incomplete plan’s unmapped stages and refuses to apply it (exit 1, then 2)', async () => {
    const dry = capture();
    expect(await migrateCasesCommand(options(files.incomplete, { dryRun: true }), dry.io)).toBe(1);
    expect(dry.text.out).toMatch(
      /The plan is incomplete[^\n]*\n {2}followUp \(Follow-up visit\): \d+ cases/,
    );
    await expect(
      migrateCasesCommand(options(files.incomplete), capture().io),
    ).rejects.toMatchObject({
      code: 'migration.planIncomplete',
    });
  });

  it('applies with a progress bar, then finds nothing left to migrate', async () => {
    const first = capture();
    const code = await migrateCasesCommand(options(files.plan), first.io, first.bar);
    const done = first.text.out.match(
      /Migration done: (\d+) migrated in all, 0 found already migrated in this pass, (\d+) cannot move/,
    );
    expect(done).not.toBeNull();
    expect(code).toBe(Number(done?.[2]) > 0 ? 1 : 0);
    expect(Number(done?.[1])).toBeGreaterThan(0);
    expect(first.text.bar).toMatch(/migrating \[=+\] (\d+)\/\1/);
    const again = capture();
    await migrateCasesCommand(options(files.plan), again.io, again.bar);
    expect(again.text.out).toContain(`Migration done: ${done?.[1]} migrated in all`);
  });

  it('is a command of the gridcase binary', async () => {
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        [
          BIN,
          'migrate-cases',
          '--data',
          data,
          '--county',
          DEMO_COUNTY_ID,
          '--definition',
          'dispute-mediation',
          '--from-version',
          '1',
          '--to-version',
          '2',
          '--plan',
          files.plan,
          '--dry-run',
          '--lang',
          'en',
        ],
        { env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'test' }, timeout: 30_000 },
        (error, stdout) =>
          resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout }),
      );
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\d+ running cases: \d+ can move/);
  }, 40_000);
});
