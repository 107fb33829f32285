import {
  type CaseRecord,
  type Effect,
  gridcaseError,
  type HistoryEntry,
  step,
} from '@gridcase/engine';
import type { Services } from '../app/services';
import { buildCommit, caseEvent } from '../cases/buildCommit';
import type { County, DefinitionVersion } from '../store/types';
import { CITIZEN_ACTOR } from './submitReport';

export interface RatingInput {
  county: County;
  record: CaseRecord;
  pinned: DefinitionVersion;
  score: number;
  comment?: string;
}

/**
 * Records a citizen's one rating of a closed case as a history entry (action
 * `meta.public.ratingEvent`, default `citizenRated`; the comment as its reason, for staff). A
 * score at or below `meta.public.lowRatingAtMost` (default 2) then reopens the case by its final
 * stage's `reopen` rule, as the system (a second commit, right after); when that stage has no
 * rule or its time ran out, the rating alone is recorded. Returns whether the case was reopened.
 *
 * @example
 * ```ts
 * const { reopened } = await rateReport(services, { county, record, pinned, score: 1 });
 * ```
 */
export async function rateReport(
  services: Services,
  input: RatingInput,
): Promise<{ reopened: boolean }> {
  const { county, record, pinned, score } = input;
  const definition = pinned.definition;
  const channel = definition.meta?.public;
  if (record.status !== 'done' || !record.citizen || record.citizen.rating) {
    throw gridcaseError('public.ratingNotAllowed');
  }
  const now = services.clock.now();
  const at = now.toISOString();
  const comment = input.comment?.trim();
  const entry: HistoryEntry = {
    caseId: record.id,
    seq: record.version + 1,
    at,
    actor: { userId: CITIZEN_ACTOR.userId, name: CITIZEN_ACTOR.name, system: true },
    action: channel?.ratingEvent ?? 'citizenRated',
    title: { 'zh-CN': `群众评价：${score} 分`, en: `Citizen rating: ${score} of 5` },
    from: record.stages,
    to: record.stages,
    ...(comment ? { reason: comment } : {}),
  };
  const rated: CaseRecord = {
    ...record,
    citizen: { ...record.citizen, rating: { score, ...(comment ? { comment } : {}), at } },
    version: record.version + 1,
    updatedAt: at,
  };
  await commitChange(services, county, record.version, rated, [{ type: 'history', entry }], {
    action: 'public.rating',
    detail: { score },
  });
  if (score > (channel?.lowRatingAtMost ?? 2)) return { reopened: false };
  const calendar = services.calendar ? services.calendar(county) : county.calendar;
  const reopened = step(
    definition,
    rated,
    {
      type: 'reopen',
      reason: `群众评价 ${score} 分（不满意），按规则重新办理`,
      actor: CITIZEN_ACTOR,
    },
    now,
    { calendar },
  );
  if (!reopened.ok) return { reopened: false };
  await commitChange(services, county, rated.version, reopened.case, reopened.effects, {
    action: 'case.command',
    detail: { command: 'reopen', score },
  });
  return { reopened: true };
}

/** Commits one change of a case by the citizen actor (rating, then reopening: two versions). */
async function commitChange(
  services: Services,
  county: County,
  expectedVersion: number,
  next: CaseRecord,
  effects: Effect[],
  audit: { action: string; detail: Record<string, unknown> },
): Promise<void> {
  const at = next.updatedAt;
  const action = String(audit.detail.command ?? 'citizenRated');
  const event = caseEvent(next, 'case.updated', action, at);
  const committed = await services.store.commit(
    buildCommit({
      next,
      expectedVersion,
      effects,
      event,
      webhooks: await services.store.listWebhooks(county.id),
      nowIso: at,
      audit: {
        at,
        countyId: county.id,
        actor: { userId: CITIZEN_ACTOR.userId, system: true },
        action: audit.action,
        caseId: next.id,
        detail: { ...audit.detail, version: next.version },
      },
    }),
  );
  if (!committed.ok) {
    if (committed.reason === 'versionConflict') {
      throw gridcaseError('case.versionConflict', { currentVersion: committed.currentVersion });
    }
    throw gridcaseError('store.invalidCommit', { reason: committed.reason });
  }
  services.hub.publish(event);
}
