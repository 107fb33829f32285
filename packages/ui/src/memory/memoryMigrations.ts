import type { Actor } from '@gridcase/engine';
import {
  type CaseRecord,
  checkPlan,
  type Effect,
  gridcaseError,
  migrateCase,
  migrationTally,
  type WorkflowDefinition,
} from '@gridcase/engine';
import type { Locale } from '@gridcase/forms';
import { GridcaseApiError } from '../client/GridcaseApiError';
import type { GridcaseClient, MigrationProgress, MigrationRequest } from '../client/types';
import type { StoredCase } from './createMemoryClient';

/** What the memory client's migrations work on. */
export interface MemoryMigrationContext {
  cases: Map<string, StoredCase>;
  /** A published version, or a `definition.notFound` error. */
  version(definitionId: string, version: number): WorkflowDefinition;
  actor(): Actor;
  now(): Date;
  locale: Locale;
}

type Methods = Pick<GridcaseClient, 'dryRunMigration' | 'applyMigration' | 'getMigration'>;

/**
 * The memory client's migrations: the engine's `checkPlan`, `migrateCase` and
 * `migrationTally` over the cases it holds, like the server's dry run and apply (the apply
 * finishes at once).
 *
 * @example
 * ```ts
 * const methods = memoryMigrations({ cases, version, actor: () => actor, now, locale: 'zh-CN' });
 * ```
 */
export function memoryMigrations(ctx: MemoryMigrationContext): Methods {
  const records = new Map<string, MigrationProgress>();
  const fail = (code: Parameters<typeof gridcaseError>[0], details: Record<string, unknown>) => {
    const error = gridcaseError(code, details as never, ctx.locale).toJSON();
    return new GridcaseApiError(gridcaseError(code).status, error);
  };
  const load = (id: string, request: MigrationRequest) => {
    const from = ctx.version(id, request.fromVersion);
    const to = ctx.version(id, request.toVersion);
    const issues = checkPlan(from, to, request.plan, ctx.locale);
    const problems = issues.filter((i) => i.code !== 'plan.stateUnmapped');
    if (problems.length)
      throw fail('migration.planInvalid', { count: problems.length, issues: problems });
    const running = [...ctx.cases.values()]
      .filter((c) => c.record.status === 'active' && c.record.definition.id === id)
      .filter((c) => c.record.definition.version === from.version)
      .sort((a, b) => (a.record.id < b.record.id ? -1 : 1));
    const migrate = (c: StoredCase, actor?: Actor) =>
      migrateCase(from, to, request.plan, c.record, ctx.now(), {
        history: c.history,
        locale: ctx.locale,
        actor,
      });
    return { from, issues, running, migrate };
  };
  return {
    async dryRunMigration(id, request, page = {}) {
      const { from, issues, running, migrate } = load(id, request);
      const tally = migrationTally(from, issues);
      const cases = running.map((c) => migrate(c).migration);
      for (const item of cases) tally.add(item);
      const offset = page.offset ?? 0;
      const limit = page.limit ?? 200;
      const { fromVersion, toVersion } = request;
      const at = ctx.now().toISOString();
      const head = { planId: request.plan.id, definitionId: id, fromVersion, toVersion, at };
      return {
        ...head,
        summary: tally.summary(),
        cases: cases.slice(offset, offset + limit),
        offset,
        limit,
      };
    },
    async applyMigration(id, request) {
      const { issues, running, migrate } = load(id, request);
      if (issues.length)
        throw fail('migration.planIncomplete', {
          count: issues.length,
          cases: 0,
          unmapped: issues,
        });
      const at = ctx.now().toISOString();
      const before = records.get(request.plan.id);
      const record: MigrationProgress = {
        id: request.plan.id,
        definitionId: id,
        fromVersion: request.fromVersion,
        toVersion: request.toVersion,
        status: 'done',
        passes: (before?.passes ?? 0) + 1,
        total: (before?.migrated ?? 0) + running.length,
        migrated: before?.migrated ?? 0,
        skipped: 0,
        failed: 0,
        failures: [],
        startedAt: before?.startedAt ?? at,
        updatedAt: at,
        finishedAt: at,
      };
      for (const c of running) {
        const result = migrate(c, ctx.actor());
        if (!result.ok) {
          record.failed += 1;
          const { code, message } = result.error;
          record.failures.push({ caseId: c.record.id, stages: c.record.stages, code, message });
          continue;
        }
        c.record = result.case as CaseRecord;
        c.history.push(
          ...result.effects.flatMap((e: Effect) => (e.type === 'history' ? [e.entry] : [])),
        );
        record.migrated += 1;
      }
      records.set(request.plan.id, record);
      return structuredClone(record);
    },
    async getMigration(id, planId) {
      const record = records.get(planId);
      if (!record || record.definitionId !== id) throw fail('migration.notFound', { planId });
      return structuredClone(record);
    },
  };
}
