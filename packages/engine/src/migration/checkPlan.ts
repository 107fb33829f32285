import { type Locale, piiFields } from '@gridcase/forms';
import { DEFAULT_LOCALE } from '@gridcase/forms/i18n';
import type { ValidateFunction } from 'ajv';
import { engineAjv } from '../catalog';
import { escapePointer } from '../compile';
import { schemaFindings } from '../definition';
import type { MigrationPlan, WorkflowDefinition } from '../types';
import schema from './migrationPlan.schema.json';
import { type PlanIssue, planIssue } from './planCodes';
import {
  closesCase,
  coveringKey,
  entriesByPath,
  isPlanState,
  pathOf,
  runningLeaves,
} from './stateMap';

let validate: ValidateFunction | undefined;

const statePointer = (key: string) => `/states/${escapePointer(key)}`;
const top = (path: string) => path.split('.')[0] ?? path;
const formFields = (definition: WorkflowDefinition) =>
  new Set(Object.values(definition.forms).flatMap((f) => Object.keys(f.schema.properties ?? {})));
const piiPaths = (definition: WorkflowDefinition) =>
  new Set(Object.values(definition.forms).flatMap((f) => piiFields(f.schema).map((p) => p.path)));
/** The stage's title in `locale`, else its path. */
export const stateTitle = (definition: WorkflowDefinition, path: string, locale: Locale) => {
  const title = entriesByPath(definition).get(path)?.node.meta?.title;
  return title?.[locale] ?? title?.['zh-CN'] ?? path;
};

function checkStates(
  from: WorkflowDefinition,
  to: WorkflowDefinition,
  plan: MigrationPlan,
  locale: Locale,
) {
  const issues: PlanIssue[] = [];
  const oldStates = entriesByPath(from);
  const newStates = entriesByPath(to);
  for (const [key, target] of Object.entries(plan.states)) {
    const source = oldStates.get(key);
    if (!source || !isPlanState(source)) {
      issues.push(
        planIssue(
          'plan.stateUnknown',
          statePointer(key),
          { state: key, version: from.version },
          locale,
          key,
        ),
      );
      continue;
    }
    const goal = newStates.get(target);
    const params = { state: key, target, version: to.version };
    if (!goal || !isPlanState(goal))
      issues.push(planIssue('plan.targetUnknown', statePointer(key), params, locale, key));
    else if (closesCase(goal))
      issues.push(planIssue('plan.targetFinal', statePointer(key), params, locale, key));
  }
  for (const leaf of runningLeaves(from)) {
    if (coveringKey(plan, leaf)) continue;
    const state = pathOf(leaf);
    const title = stateTitle(from, state, locale);
    issues.push(planIssue('plan.stateUnmapped', '/states', { state, title }, locale, state));
  }
  return issues;
}

function checkFields(
  from: WorkflowDefinition,
  to: WorkflowDefinition,
  plan: MigrationPlan,
  locale: Locale,
) {
  const issues: PlanIssue[] = [];
  const oldFields = formFields(from);
  const newFields = formFields(to);
  const oldPii = piiPaths(from);
  const newPii = piiPaths(to);
  const sources = new Set<string>();
  const targets = new Set<string>();
  const within = (a: string, b: string) =>
    a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
  (plan.fields ?? []).forEach(({ from: source, to: target }, i) => {
    const at = `/fields/${i}`;
    const params = { from: source, to: target };
    if (within(source, target)) {
      issues.push(planIssue('plan.fieldInvalid', at, params, locale));
      return;
    }
    for (const [seen, field] of [
      [sources, source],
      [targets, target],
    ] as const) {
      if ([...seen].some((s) => within(s, field)))
        issues.push(planIssue('plan.fieldTwice', at, { field }, locale));
      seen.add(field);
    }
    if (!oldFields.has(top(source)))
      issues.push(planIssue('plan.fieldUnknown', `${at}/from`, params, locale));
    if (!newFields.has(top(target)))
      issues.push(planIssue('plan.fieldTargetUnknown', `${at}/to`, params, locale));
    for (const path of oldPii) {
      if (path !== source && !path.startsWith(`${source}.`)) continue;
      const moved = `${target}${path.slice(source.length)}`;
      if (!newPii.has(moved))
        issues.push(planIssue('plan.piiUnmarked', at, { ...params, path: moved }, locale));
    }
  });
  return issues;
}

/**
 * Checks a migration plan between two versions of one definition before anything runs: its
 * shape (`migration-plan.schema.json`, codes `schema.*`), that it is written for these versions
 * (`plan.definitionMismatch`, `plan.versionMismatch`), that every key is an old state and every
 * value a new one a case may sit in (`plan.stateUnknown`, `plan.targetUnknown`,
 * `plan.targetFinal`), that every state a running case can sit in is covered
 * (`plan.stateUnmapped`, one issue per state: the plan is incomplete), and that field moves are
 * sound (`plan.fieldInvalid`, `plan.fieldTwice`, `plan.fieldUnknown`, `plan.fieldTargetUnknown`,
 * `plan.piiUnmarked`). An empty list: the plan may run.
 *
 * @example
 * ```ts
 * const issues = checkPlan(v1, v2, plan, 'en');
 * const incomplete = issues.filter((i) => i.code === 'plan.stateUnmapped').map((i) => i.state);
 * ```
 */
export function checkPlan(
  from: WorkflowDefinition,
  to: WorkflowDefinition,
  plan: unknown,
  locale: Locale = DEFAULT_LOCALE,
): PlanIssue[] {
  validate ??= engineAjv.compile(schema);
  if (!validate(plan)) return schemaFindings(validate.errors ?? [], locale) as PlanIssue[];
  const p = plan as MigrationPlan;
  const issues: PlanIssue[] = [];
  if (p.definitionId !== undefined && (p.definitionId !== from.id || p.definitionId !== to.id)) {
    issues.push(
      planIssue(
        'plan.definitionMismatch',
        '/definitionId',
        { given: p.definitionId, expected: from.id },
        locale,
      ),
    );
  }
  for (const [field, expected] of [
    ['fromVersion', from.version],
    ['toVersion', to.version],
  ] as const) {
    const given = p[field];
    if (given !== undefined && given !== expected) {
      issues.push(
        planIssue('plan.versionMismatch', `/${field}`, { field, given, expected }, locale),
      );
    }
  }
  return [...issues, ...checkStates(from, to, p, locale), ...checkFields(from, to, p, locale)];
}
