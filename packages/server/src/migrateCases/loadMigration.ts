import {
  type CalendarConfig,
  checkPlan,
  gridcaseError,
  type MigrationPlan,
  type PlanIssue,
} from '@gridcase/engine';
import type { Locale } from '@gridcase/forms';
import type { Services } from '../app/services';
import type { County, DefinitionVersion } from '../store/types';

/** What a dry run or an apply is asked to do. */
export interface MigrationRequest {
  county: County;
  definitionId: string;
  fromVersion: number;
  toVersion: number;
  /** The plan as sent (checked here). */
  plan: unknown;
  locale: Locale;
}

/** A checked request: both versions, the plan, and its `plan.stateUnmapped` issues. */
export interface LoadedMigration {
  county: County;
  from: DefinitionVersion;
  to: DefinitionVersion;
  plan: MigrationPlan;
  /** The plan's unmapped states (an incomplete plan may be dry-run, never applied). */
  unmapped: PlanIssue[];
  calendar: CalendarConfig;
  locale: Locale;
}

/**
 * Loads both published versions and checks the plan between them: two different versions
 * (`migration.versionsInvalid`), both published (`definition.notFound`), a plan with no issue
 * but unmapped states (`migration.planInvalid` with `details.issues`).
 *
 * @example
 * ```ts
 * const loaded = await loadMigration(services, { county, definitionId, fromVersion: 1, toVersion: 2, plan, locale });
 * ```
 */
export async function loadMigration(
  services: Services,
  request: MigrationRequest,
): Promise<LoadedMigration> {
  const { county, definitionId, fromVersion, toVersion, locale } = request;
  if (fromVersion === toVersion) {
    throw gridcaseError('migration.versionsInvalid', { fromVersion, toVersion });
  }
  const from = await services.definitions.get(county.id, definitionId, fromVersion);
  const to = await services.definitions.get(county.id, definitionId, toVersion);
  const issues = checkPlan(from.definition, to.definition, request.plan, locale);
  const unmapped = issues.filter((i) => i.code === 'plan.stateUnmapped');
  if (unmapped.length < issues.length) {
    const problems = issues.filter((i) => i.code !== 'plan.stateUnmapped');
    throw gridcaseError('migration.planInvalid', { count: problems.length, issues: problems });
  }
  const calendar = services.calendar ? services.calendar(county) : county.calendar;
  return { county, from, to, plan: request.plan as MigrationPlan, unmapped, calendar, locale };
}
