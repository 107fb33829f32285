import { activeEntries, leafIds, type StateEntry } from '../compile';
import { type ErrorCode, type ErrorDetails, gridcaseError, toGridcaseError } from '../errors';
import { historyActor } from '../step/historyActor';
import { restore, stepEnv } from '../step/stepEnv';
import type {
  Breach,
  CaseRecord,
  Deadline,
  Effect,
  HistoryEntry,
  MigrateCaseOptions,
  MigrateCaseResult,
  MigrationClock,
  MigrationPlan,
  WorkflowDefinition,
} from '../types';
import { stateTitle } from './checkPlan';
import { guaranteedData } from './guaranteedData';
import { migratedDeadlines } from './migratedDeadlines';
import { moveFields } from './moveFields';
import { continuedStage, insideStage, stageEnteredAt } from './stageClock';
import {
  closesCase,
  coveringKey,
  enteredLeaves,
  entriesByPath,
  pathOf,
  runningLeaves,
  stateValueFor,
  targetFor,
} from './stateMap';

const SYSTEM = { userId: 'migration', roles: [], system: true };

/** The old running leaves the plan sends into each new state (by new state path). */
function preimages(from: WorkflowDefinition, to: WorkflowDefinition, plan: MigrationPlan) {
  const byPath = entriesByPath(to);
  const into: Array<{ leaf: string; entered: string[] }> = [];
  for (const leaf of runningLeaves(from)) {
    const target = targetFor(plan, leaf, byPath);
    if (target)
      into.push({ leaf: pathOf(leaf), entered: enteredLeaves(target, byPath).map(pathOf) });
  }
  return (stage: StateEntry) =>
    new Set(into.filter((i) => i.entered.some((p) => insideStage(stage, p))).map((i) => i.leaf));
}

/**
 * Moves one running case from `from` to `to` by a plan (check it first with `checkPlan`), as a
 * pure function like `step()`: the case on the new version (new pin and hash, mapped state,
 * moved data, recomputed deadlines, version + 1) plus its effects (a `case.migrate` history
 * entry naming the plan, the old deadlines cancelled, the new ones set), or a catalog error
 * saying why it cannot move, with the case unchanged. Entry and exit actions do not run (no
 * notifications, the assignee stays); data values never enter the history (field names only).
 *
 * A new stage that continues an old one 1:1 (the old stage alone feeds it) keeps the old
 * stage's entry time (from `options.history`) and counts the new rule from there: a migration
 * neither gives a case extra time nor hides that it is overdue. Any other new stage counts
 * from the migration, as if the case had just entered it.
 *
 * Refusals: `case.definitionMismatch`, `case.closed`, `case.stateUnknown`,
 * `migration.stateUnmapped` (the case's stage has no mapping), `migration.planInvalid` (a
 * target the plan names is no open stage), `migration.regionsConflict` (parallel stages that
 * map apart), `migration.fieldOccupied` (a move would overwrite data),
 * `migration.requiredDataMissing` (the new stage needs data every case there has, e.g. a
 * field the new acceptance form requires, and this case lacks it).
 *
 * @example
 * ```ts
 * const result = migrateCase(v1, v2, plan, record, new Date(), { history, calendar });
 * if (result.ok) await store.commit(toCommit(result.case, result.effects));
 * else console.log(result.error.code, result.error.message);
 * ```
 */
export function migrateCase(
  from: WorkflowDefinition,
  to: WorkflowDefinition,
  plan: MigrationPlan,
  record: CaseRecord,
  now: Date | string,
  options: MigrateCaseOptions = {},
): MigrateCaseResult {
  const locale = options.locale ?? 'zh-CN';
  const base = {
    caseId: record.id,
    from: { version: record.definition.version, stages: [...record.stages] },
  };
  const refuse = (code: ErrorCode, details?: ErrorDetails): MigrateCaseResult => {
    const error = gridcaseError(code, details, locale).toJSON();
    return { ok: false, error, migration: { ok: false, ...base, error } };
  };
  try {
    const oldEnv = stepEnv(from, options);
    const newEnv = stepEnv(to, options);
    const pin = record.definition;
    if (pin.id !== from.id || pin.version !== from.version || pin.hash !== oldEnv.compiled.hash) {
      return refuse('case.definitionMismatch', {
        expected: `${pin.id}@${pin.version}`,
        given: `${from.id}@${from.version}`,
      });
    }
    if (record.status === 'done') return refuse('case.closed');
    const at = typeof now === 'string' ? new Date(now) : now;
    if (Number.isNaN(at.getTime())) return refuse('calendar.invalidDate', { value: String(now) });
    let oldActive: StateEntry[];
    try {
      oldActive = activeEntries(from, record.state);
    } catch {
      return refuse('case.stateUnknown', { state: JSON.stringify(record.state) });
    }
    const newByPath = entriesByPath(to);
    const leaves = leafIds(from, record.state).map((id) => oldEnv.states.get(id) as StateEntry);
    const targets: StateEntry[] = [];
    for (const leaf of leaves) {
      if (coveringKey(plan, leaf) === undefined) {
        const state = pathOf(leaf);
        return refuse('migration.stateUnmapped', { state, title: stateTitle(from, state, locale) });
      }
      const target = targetFor(plan, leaf, newByPath);
      if (!target?.parent || closesCase(target))
        return refuse('migration.planInvalid', { count: 1 });
      targets.push(target);
    }
    const value = stateValueFor(to, targets);
    if (value === undefined) {
      return refuse('migration.regionsConflict', {
        states: leaves.map(pathOf),
        targets: targets.map(pathOf),
      });
    }
    const moved = moveFields(record.context.data, plan.fields ?? []);
    if (!moved.ok) return refuse('migration.fieldOccupied', { ...moved.move });
    const context = { ...record.context, data: moved.data };
    const snapshot = restore(newEnv.compiled.machine, { state: value, context });
    const newActive = activeEntries(to, snapshot.value);
    const guaranteed = guaranteedData(to);
    // outermost first: name the stage that needs the data, not a sub-stage of it
    for (const entry of [...newActive].reverse()) {
      const missing = [...(guaranteed.get(entry.id) ?? [])].filter(
        (f) => moved.data[f] === undefined || moved.data[f] === null,
      );
      if (missing.length) {
        const state = pathOf(entry);
        const title = stateTitle(to, state, locale);
        return refuse('migration.requiredDataMissing', { state, title, fields: missing });
      }
    }

    const version = record.version + 1;
    const feeders = preimages(from, to, plan);
    const clocks: Record<string, MigrationClock> = {};
    const deadlines: Deadline[] = [];
    const breaches: Breach[] = [];
    for (const stage of [...newActive].reverse()) {
      if (!stage.node.meta?.deadline) continue;
      const old = continuedStage(from, oldActive, feeders(stage));
      const entered = old && stageEnteredAt(oldEnv.states, old.id, options.history ?? []);
      const clock = entered
        ? { from: entered, kept: true }
        : { from: at.toISOString(), kept: false };
      clocks[stage.id] = clock;
      const made = migratedDeadlines(newEnv, record, { stage, clock, old }, at, version);
      deadlines.push(...made.deadlines);
      if (made.breach) breaches.push(made.breach);
    }

    const stages = leafIds(to, snapshot.value);
    const nowIso = at.toISOString();
    const entry: HistoryEntry = {
      caseId: record.id,
      seq: version,
      at: nowIso,
      actor: historyActor(options.actor ?? SYSTEM),
      action: 'case.migrate',
      title: { 'zh-CN': `迁移到第 ${to.version} 版`, en: `Moved to version ${to.version}` },
      from: [...record.stages],
      to: stages,
      migration: {
        planId: plan.id,
        fromVersion: from.version,
        toVersion: to.version,
        ...(moved.moved.length ? { fields: moved.moved } : {}),
        clocks,
      },
    };
    const next: CaseRecord = {
      ...record,
      definition: { id: to.id, version: to.version, hash: newEnv.compiled.hash },
      state: snapshot.value,
      stages,
      context,
      deadlines,
      version,
      updatedAt: nowIso,
    };
    if (breaches.length) next.breaches = breaches;
    else delete next.breaches;
    const effects: Effect[] = [
      { type: 'history', entry },
      ...record.deadlines.map((d) => ({ type: 'deadline.cancel' as const, deadlineId: d.id })),
      ...deadlines.map((d) => ({ type: 'deadline.set' as const, deadline: d })),
    ];
    return {
      ok: true,
      case: next,
      effects,
      migration: {
        ok: true,
        ...base,
        to: { version: to.version, stages: [...stages] },
        deadlines: structuredClone(deadlines),
        breaches: structuredClone(breaches),
        clocks: structuredClone(clocks),
        fields: moved.moved,
      },
    };
  } catch (err) {
    const error = toGridcaseError(err, { locale }).toJSON();
    return { ok: false, error, migration: { ok: false, ...base, error } };
  }
}
