import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDataDir } from '@gridcase/example-county-server';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The web app built for this run. */
    e2eWebDist: string;
    /** A seeded data directory; each test file starts its server on a copy. */
    e2eSeedDir: string;
    /** When the seed's stories end (the servers' test clocks start there). */
    e2eSeedNow: string;
  }
}

/** Stories per county in the e2e seed: enough for real-looking lists, quick to play. */
const STORIES = 36;

/**
 * Once per run: builds the web app into a temporary folder and seeds a data directory with both
 * counties, so every test file starts a fresh server on a copy in a moment.
 */
export default async function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'gridcase-e2e-'));
  const webRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const webDist = join(root, 'web');
  const seedDir = join(root, 'seed');
  const now = new Date();
  await Promise.all([
    build({ root: webRoot, logLevel: 'warn', build: { outDir: webDist, emptyOutDir: true } }),
    seedDataDir(seedDir, { now, storyLimit: STORIES }),
  ]);
  project.provide('e2eWebDist', webDist);
  project.provide('e2eSeedDir', seedDir);
  project.provide('e2eSeedNow', now.toISOString());
  return () => rmSync(root, { recursive: true, force: true });
}
