import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLowdbStore } from '../store/lowdb';
import { createTestDatabase, type TestDatabase } from '../store/postgres/testing/testDatabase';
import {
  createStoreFromEnv,
  createStoreFromUrl,
  migrateStoreCommand,
  runMigrateStoreCli,
} from './index';
import { seedSource } from './testing/seedSource';

let db: TestDatabase;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase('cli');
  dir = await mkdtemp(join(tmpdir(), 'gridcase-cli-'));
  const source = createLowdbStore({ dir: join(dir, 'data'), onWarning: () => undefined });
  await source.open();
  await seedSource(source, 60);
  await source.close();
});
afterAll(async () => {
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

/** Streams that collect what the command writes. */
function capture(env: Record<string, string | undefined> = {}) {
  const out = new PassThrough();
  const err = new PassThrough();
  const text = { out: '', err: '' };
  out.on('data', (chunk) => {
    text.out += chunk;
  });
  err.on('data', (chunk) => {
    text.err += chunk;
  });
  return { io: { out, err, env }, text };
}

const target = (schema: string) => `${db.url}?schema=${schema}`;

describe('gridcase migrate-store', () => {
  it('migrates, prints every count and the chain, and resumes on a second run', async () => {
    const first = capture();
    const from = `lowdb:${join(dir, 'data')}`;
    expect(await runMigrateStoreCli({ from, to: target('cli'), lang: 'en' }, first.io)).toBe(0);
    expect(first.text.out).toContain('cases in c1: source 45, target 45');
    expect(first.text.out).toContain('history entries: source 62, target 62');
    expect(first.text.out).toMatch(/Audit chain intact: \d+ entries, head [0-9a-f]{64}/);
    expect(first.text.out).toContain('Migration done and verified: 60 cases copied by this run');
    expect(first.text.out).not.toContain('✗');

    const again = capture({ DATABASE_URL: target('cli') });
    expect(await runMigrateStoreCli({ from }, again.io)).toBe(0);
    expect(again.text.out).toContain('从上次的检查点继续');
    expect(again.text.out).toContain('本次迁移 0 个案件');
  });

  it('takes its options from the command line, DATABASE_URL as the default target', async () => {
    const run = capture({ DATABASE_URL: target('cmd') });
    const from = `lowdb:${join(dir, 'data')}`;
    await migrateStoreCommand(run.io).parseAsync(['--from', from, '--batch', '7', '--lang', 'en'], {
      from: 'user',
    });
    expect(process.exitCode).toBe(0);
    process.exitCode = undefined;
    expect(run.text.out).toContain('Migration done and verified: 60 cases');
  });

  it('says what is wrong, in zh-CN by default, and exits 2', async () => {
    const none = capture();
    expect(await runMigrateStoreCli({ from: 'lowdb:x' }, none.io)).toBe(2);
    expect(none.text.err).toContain('缺少目标');
    const wrong = capture();
    expect(await runMigrateStoreCli({ from: 'memory:', to: 'lowdb:/tmp/x' }, wrong.io)).toBe(2);
    expect(wrong.text.err).toContain('目标必须是 PostgreSQL 地址');
    expect(wrong.text.err).toContain('重新运行同一命令');
  });

  it('names stores by URL: lowdb paths made absolute, a password never in the name', () => {
    expect(createStoreFromUrl('lowdb:data').name).toBe(`lowdb:${join(process.cwd(), 'data')}`);
    const pg = createStoreFromUrl('postgresql://gc:secret@db.example:5432/gridcase?schema=county');
    expect(pg).toMatchObject({
      kind: 'postgres',
      name: 'postgresql://gc@db.example:5432/gridcase',
    });
    expect(() => createStoreFromUrl('mysql://x')).toThrow(/unknown store/);
    expect(createStoreFromEnv({}, '/var/lib/gridcase')).toHaveProperty('dir', '/var/lib/gridcase');
    expect(createStoreFromEnv({ DATABASE_URL: 'postgres://h/db' }, '/x')).toHaveProperty(
      'withLock',
    );
  });
});
