/**
 * Vitest globalSetup of the `server:postgres` project: one throwaway PostgreSQL cluster for
 * the whole run (or the preset `DATABASE_URL`), handed to tests as `inject('databaseUrl')` and
 * stopped and deleted at the end. Test files make their own database in it
 * (`createTestDatabase()` in packages/server/src/store/postgres/testing).
 */
import type { TestProject } from 'vitest/node';
import { startPgCluster } from './pgCluster';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPgCluster();
  project.provide('databaseUrl', cluster.url);
  return () => cluster.stop();
}
