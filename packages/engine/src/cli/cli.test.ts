import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMPLATES } from '../templates';
import { runCli } from './index';

const pkg = join(import.meta.dirname, '..', '..');
const bin = join(pkg, 'bin', 'gridcase-engine.mjs');
const dispute = join(pkg, 'templates', 'dispute-mediation.json');
const fixture = join(pkg, 'src', 'lint', 'fixtures', 'state.deadEnd.json');
const tmp = mkdtempSync(join(tmpdir(), 'gridcase-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const spawn = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 20_000 });

// Spawning runs the real bin (tsx + the TypeScript source): a few seconds each on a busy machine.
describe('gridcase-engine (spawned)', { timeout: 30_000 }, () => {
  it('lint: exit 0 on a clean template', () => {
    const result = spawn('lint', dispute);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('检查通过');
  });

  it('lint: exit 1 with findings, each with code, pointer and hint', () => {
    const broken = join(tmp, 'dead-end.json');
    writeFileSync(broken, JSON.stringify(JSON.parse(readFileSync(fixture, 'utf8')).definition));
    const result = spawn('lint', broken, '--lang', 'en');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('/machine/states/parked  state.deadEnd');
    expect(result.stdout).toContain('fix: Add an action that leaves it');
  });

  it('lint: exit 2 on unusable input', () => {
    const notJson = join(tmp, 'bad.json');
    writeFileSync(notJson, '{ nope');
    const result = spawn('lint', notJson);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('无法读取流程定义');
  });

  it('graph --mermaid: exit 0 with a state diagram', () => {
    const mermaid = spawn('graph', dispute, '--mermaid');
    expect(mermaid.status).toBe(0);
    expect(mermaid.stdout).toMatch(/^stateDiagram-v2\n/);
    expect(mermaid.stdout).toContain('registered --> investigating: 受理并指派 (accept)');
    expect(mermaid.stdout).toContain('state "联合调处" as mediation_joint {');
  });
});

describe('runCli (in process, as the server CLI reuses it)', () => {
  it('graph prints states and transitions as text', () => {
    const text = runCli(['graph', dispute, '--lang', 'en']);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toContain('registered  Awaiting triage  [≤3d]');
    expect(text.stdout).toContain('--Accept and assign (accept)--> investigating');
    expect(text.stdout).toContain('joint  Joint handling  [parallel]');
  });

  it('exits 2 on missing files, malformed definitions for graph, and bad usage', () => {
    expect(runCli(['lint', join(tmp, 'missing.json')]).exitCode).toBe(2);
    expect(runCli(['graph', fixture]).exitCode).toBe(2);
    expect(runCli(['frobnicate']).exitCode).toBe(2);
    expect(runCli(['lint']).stderr).toContain('usage');
  });

  it('returns output and exit code instead of printing', () => {
    const result = runCli(['lint', dispute, '--json']);
    expect(result).toEqual({ exitCode: 0, stdout: '[]\n', stderr: '' });
  });
});

describe('templates/*.json', () => {
  it.each(Object.values(TEMPLATES))(
    '$id.json is the template (run `pnpm --filter @gridcase/engine gen`)',
    (definition) => {
      const file = JSON.parse(
        readFileSync(join(pkg, 'templates', `${definition.id}.json`), 'utf8'),
      );
      const { $schema, ...rest } = file;
      expect($schema).toBe('../src/definition/definition.schema.json');
      expect(rest).toEqual(JSON.parse(JSON.stringify(definition)));
    },
  );
});
