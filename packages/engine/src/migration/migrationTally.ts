import type { CaseMigration, MigrationSummary, WorkflowDefinition } from '../types';
import type { PlanIssue } from './planCodes';
import { entriesByPath } from './stateMap';

/** Failure groups keep at most this many case ids (the counts are always complete). */
const MAX_IDS = 50;

/** Adds case migrations one at a time (a dry run pages through the cases) and sums them up. */
export interface MigrationTally {
  add(item: CaseMigration): void;
  summary(): MigrationSummary;
}

/**
 * Sums up what migrating each case would do: groups of cases moving from the same old stages
 * to the same new ones (with how many keep their stage clock), groups of failures by reason,
 * and, for a plan with `plan.stateUnmapped` issues, how many running cases sit in each
 * unmapped state. The server's dry run, its CLI and the UI all show this. Memory grows with
 * the number of groups, not of cases.
 *
 * @example
 * ```ts
 * const tally = migrationTally(v1, checkPlan(v1, v2, plan));
 * for (const record of page) tally.add(migrateCase(v1, v2, plan, record, now).migration);
 * tally.summary().unmapped; // [{ state: 'failed', title: { 'zh-CN': '调解不成', ... }, cases: 12 }]
 * ```
 */
export function migrationTally(
  from: WorkflowDefinition,
  issues: readonly PlanIssue[],
): MigrationTally {
  const byPath = entriesByPath(from);
  const unmapped = issues
    .filter((i) => i.code === 'plan.stateUnmapped' && i.state !== undefined)
    .map((i) => {
      const entry = byPath.get(i.state as string);
      return {
        id: entry?.id,
        row: {
          state: i.state as string,
          ...(entry?.node.meta ? { title: entry.node.meta.title } : {}),
          cases: 0,
        },
      };
    });
  const groups = new Map<string, MigrationSummary['groups'][number]>();
  const failures = new Map<string, MigrationSummary['failures'][number]>();
  let total = 0;
  let migratable = 0;
  const addMoved = (item: CaseMigration & { ok: true }) => {
    const key = JSON.stringify([item.from.stages, item.to.stages]);
    const group = groups.get(key) ?? {
      from: item.from.stages,
      to: item.to.stages,
      cases: 0,
      clocksKept: 0,
      clocksRestarted: 0,
      fields: [],
    };
    group.cases += 1;
    if (Object.values(item.clocks).some((c) => c.kept)) group.clocksKept += 1;
    else if (Object.keys(item.clocks).length) group.clocksRestarted += 1;
    for (const move of item.fields) {
      if (!group.fields.some((f) => f.from === move.from && f.to === move.to))
        group.fields.push(move);
    }
    groups.set(key, group);
  };
  const addFailed = (item: CaseMigration & { ok: false }) => {
    const key = `${item.error.code}\u0000${item.error.message}`;
    const group = failures.get(key) ?? {
      code: item.error.code,
      message: item.error.message,
      cases: 0,
      caseIds: [],
    };
    group.cases += 1;
    if (group.caseIds.length < MAX_IDS) group.caseIds.push(item.caseId);
    failures.set(key, group);
  };
  return {
    add(item) {
      total += 1;
      for (const u of unmapped)
        if (u.id !== undefined && item.from.stages.includes(u.id)) u.row.cases += 1;
      if (item.ok) {
        migratable += 1;
        addMoved(item);
      } else addFailed(item);
    },
    summary: () => ({
      total,
      migratable,
      failing: total - migratable,
      complete: unmapped.length === 0,
      unmapped: unmapped.map((u) => ({ ...u.row })),
      groups: structuredClone([...groups.values()].sort((a, b) => b.cases - a.cases)),
      failures: structuredClone([...failures.values()].sort((a, b) => b.cases - a.cases)),
    }),
  };
}
