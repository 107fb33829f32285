import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { disputeMediation } from '@gridcase/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { createLowdbStore } from '../store';
import { decodeJournalLine, encodeJournalLine, splitLines } from '../store/lowdb/journalLine';
import { segmentPath } from '../store/lowdb/journalSegments';
import {
  exportCommand,
  type Io,
  importCommand,
  seedCommand,
  serveCommand,
  verifyAuditCommand,
} from './commands';
import { lintCommand } from './lintCommand';

const BIN = fileURLToPath(new URL('../../bin/gridcase.mjs', import.meta.url));
const env = {
  ...process.env,
  DATABASE_URL: '',
  GRIDCASE_LANG: 'en',
  GRIDCASE_JWT_SECRET: '',
  GRIDCASE_DEV_MODE: '',
  NODE_ENV: 'test',
};

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env, timeout: 30_000 },
      (error, stdout, stderr) => {
        resolve({
          code: error ? Number((error as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
        });
      },
    );
  });
}

/** In-process command output. */
function capture() {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    locale: 'en',
  };
  return { io, stdout: () => out, stderr: () => err };
}

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const undo of cleanup.splice(0)) await undo();
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gridcase-cli-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('gridcase CLI (spawned)', () => {
  it('seeds a data directory, verifies its audit chain, and names the first tampered entry', async () => {
    const data = await tempDir();
    const seeded = await run(['seed', '--data', data]);
    expect(seeded).toMatchObject({ code: 0, stdout: 'Seeded the demo county: 5 cases\n' });
    const ok = capture();
    expect(await verifyAuditCommand({ data }, ok.io)).toBe(0);
    expect(ok.stdout()).toMatch(/^Audit chain intact: \d+ entries/);

    const store = createLowdbStore({ dir: data });
    await store.open();
    const target = (await store.readAudit()).find(
      (e) => e.action === 'case.create' && e.actor.userId === 'grid-e1b',
    );
    await store.close();
    const journal = segmentPath(data, 1);
    const bytes = await readFile(journal);
    const line = splitLines(bytes).lines.find((l) =>
      decodeJournalLine(l.line)?.includes('"userId":"grid-e1b"'),
    );
    const forged = encodeJournalLine(
      decodeJournalLine(line!.line)!.replaceAll('"userId":"grid-e1b"', '"userId":"grid-e9b"'),
    );
    forged.copy(bytes, line!.off);
    await writeFile(journal, bytes);

    const broken = await run(['verify-audit', '--data', data]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`Audit chain broken at entry #${target!.seq} (hashMismatch)`);
  }, 60_000);

  it('lints definition files with exit codes 0 / 1 / 2', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'clean.json'), JSON.stringify(disputeMediation));
    expect(lintCommand(join(dir, 'clean.json'), {}, capture().io)).toBe(0);
    const broken = structuredClone(disputeMediation);
    broken.machine.initial = 'nowhere';
    await writeFile(join(dir, 'broken.json'), JSON.stringify(broken));
    const findings = await run(['lint', join(dir, 'broken.json')]);
    expect(findings.code).toBe(1);
    expect(findings.stdout).toContain('initial');
    expect(lintCommand(join(dir, 'missing.json'), {}, capture().io)).toBe(2);
  }, 60_000);

  it('exports a definition and imports it back as a new published version (in-process)', async () => {
    const data = await tempDir();
    expect(await seedCommand({ data, cases: false }, capture().io)).toBe(0);
    const file = join(data, 'dispute.json');
    const ref = { data, county: 'demo-county', definition: 'dispute-mediation' };
    expect(await exportCommand({ ...ref, out: file }, capture().io)).toBe(0);
    const doc = JSON.parse(await readFile(file, 'utf8'));
    expect(doc.id).toBe('dispute-mediation');
    doc.title.en = 'Dispute mediation (county edition)';
    await writeFile(file, JSON.stringify(doc));
    const imported = capture();
    expect(
      await importCommand(file, { data, county: 'demo-county', publish: true }, imported.io),
    ).toBe(0);
    expect(imported.stdout()).toContain('Published dispute-mediation version 2');
    const forms = capture();
    expect(await exportCommand({ ...ref, forms: true }, forms.io)).toBe(0);
    expect(Object.keys(JSON.parse(forms.stdout()))).toContain('registration');
  }, 60_000);

  it('serves the API in development mode and refuses production settings without a secret', async () => {
    const before = process.env.GRIDCASE_JWT_SECRET;
    process.env.GRIDCASE_JWT_SECRET = '';
    try {
      await expect(serveCommand({ memory: true, port: '0' }, capture().io)).rejects.toThrow(
        'GRIDCASE_JWT_SECRET',
      );
    } finally {
      process.env.GRIDCASE_JWT_SECRET = before;
    }

    const child: ChildProcess = spawn(
      process.execPath,
      [BIN, 'serve', '--memory', '--dev', '--seed', '--port', '0'],
      { env },
    );
    cleanup.push(async () => {
      child.kill('SIGTERM');
    });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start: ${out}`)), 30_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening at (\S+)/.exec(out);
        if (match?.[1] && out.includes('grid-e1a')) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
    const login = await fetch(`${url}/auth/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username":"lead-east"}',
    });
    const { token } = await login.json();
    const cases = await fetch(`${url}/cases`, { headers: { authorization: `Bearer ${token}` } });
    expect((await cases.json()).total).toBe(4);
    expect((await fetch(`${url}/openapi.json`)).status).toBe(200);
  }, 60_000);
});
