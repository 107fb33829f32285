import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

/** The libraries measured against, whose versions the report names. */
const PACKAGES = ['xstate', 'ajv', 'hono', '@hono/node-server', 'bpmn-engine', 'autocannon', 'pg'];

const BENCH = join(import.meta.dirname, '..');

/** The installed version of `name`, a dependency of this package (linked in its node_modules). */
function versionOf(name: string): string {
  for (const dir of [BENCH, join(BENCH, '..')]) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) {
      return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    }
  }
  return 'not installed';
}

/** Where and with what a run was measured. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  packages: Record<string, string>;
  /** 1-minute load average when asked: how busy the (possibly shared) machine was. */
  load: number;
}

/**
 * The machine and the library versions, for the report's header.
 *
 * @example
 * ```ts
 * const { cpu, cores, packages } = machine(); // 'AMD EPYC', 2, { xstate: '5.33.3', ... }
 * ```
 */
export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.versions.node,
    platform: `${process.platform} ${process.arch}`,
    packages: Object.fromEntries(PACKAGES.map((name) => [name, versionOf(name)])),
    load: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}
