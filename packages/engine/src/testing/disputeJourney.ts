import type { Actor, AreaLevel } from '../types';

/** Where a journey through the dispute template stops. */
export type DisputeStop =
  | 'registered'
  | 'investigating'
  | 'sessions'
  | 'joint'
  | 'jointLeadDone'
  | 'agreed'
  | 'judicialConfirmation'
  | 'failed'
  | 'followUp'
  | 'resolved';

/** Every stop, in the order a case passes them. */
export const DISPUTE_STOPS: readonly DisputeStop[] = [
  'registered',
  'investigating',
  'sessions',
  'joint',
  'jointLeadDone',
  'agreed',
  'judicialConfirmation',
  'failed',
  'followUp',
  'resolved',
];

/** Who acts in a journey step. */
export type DisputeRole = 'gridMember' | 'police' | 'mediator' | 'handler' | 'lead';

/** One command of a journey. */
export interface JourneyStep {
  type: string;
  data?: Record<string, unknown>;
  by: DisputeRole;
}

/** A valid registration (start form) of the dispute template. */
export const disputeRegistration = {
  summary: '宅基地边界纠纷',
  category: 'land',
  severity: 'general',
  source: 'gridPatrol',
  parties: [
    { name: '张三', role: 'applicant', phone: '13800138000' },
    { name: '李四', role: 'respondent' },
  ],
};

/**
 * The commands that take a new dispute case (version 1 of the template) to `stop`, each with
 * the role that sends it. `mediatorId: false` accepts the case without naming its mediator.
 *
 * @example
 * ```ts
 * disputeJourney('agreed').map((s) => s.type); // ['accept', 'startMediation', 'recordSession', 'reachAgreement']
 * ```
 */
export function disputeJourney(
  stop: DisputeStop,
  options: { mediatorId?: string | false } = {},
): JourneyStep[] {
  const mediatorId = options.mediatorId ?? 'mediator-1';
  const accept: JourneyStep = {
    type: 'accept',
    by: 'police',
    data: mediatorId ? { mediatorId } : {},
  };
  const start: JourneyStep = {
    type: 'startMediation',
    by: 'mediator',
    data: { facts: '双方对边界有争议' },
  };
  const session: JourneyStep = {
    type: 'recordSession',
    by: 'mediator',
    data: { sessionAt: '2026-03-03T02:00:00.000Z', sessionSummary: '第一次调解' },
  };
  const joint: JourneyStep = {
    type: 'requestJointHandling',
    by: 'mediator',
    data: { assistingAgencies: ['justice-office'] },
  };
  const agree: JourneyStep = {
    type: 'reachAgreement',
    by: 'mediator',
    data: { terms: '按原界址划分', signedOn: '2026-03-05' },
  };
  const path: Record<DisputeStop, JourneyStep[]> = {
    registered: [],
    investigating: [accept],
    sessions: [accept, start, session],
    joint: [accept, start, joint],
    jointLeadDone: [
      accept,
      start,
      joint,
      { type: 'concludeJoint', by: 'mediator', data: { opinion: '同意' } },
    ],
    agreed: [accept, start, session, agree],
    judicialConfirmation: [
      accept,
      start,
      session,
      agree,
      { type: 'requestConfirmation', by: 'mediator' },
    ],
    failed: [
      accept,
      start,
      { type: 'declareFailure', by: 'mediator', data: { failureReason: '一方拒绝' } },
    ],
    followUp: [accept, start, session, agree, { type: 'scheduleFollowUp', by: 'mediator' }],
    resolved: [
      accept,
      start,
      session,
      agree,
      { type: 'scheduleFollowUp', by: 'mediator' },
      {
        type: 'recordVisit',
        by: 'gridMember',
        data: { performed: true, satisfaction: 'satisfied' },
      },
    ],
  };
  return path[stop];
}

/**
 * Actors for the journey's roles over a case at `areaPath` (county, township, community,
 * grid): each holds its role in the area of its level; the handler works for `justice-office`.
 *
 * @example
 * ```ts
 * disputeActors(['c', 't', 'v', 'g']).police.roles; // [{ role: 'communityPolice', areaId: 'v', areaLevel: 'community' }]
 * ```
 */
export function disputeActors(areaPath: readonly string[]): Record<DisputeRole, Actor> {
  const at = (
    userId: string,
    role: string,
    level: AreaLevel,
    index: number,
    agencies?: string[],
  ) => ({
    userId,
    roles: [{ role, areaId: areaPath[index] ?? areaPath.at(-1) ?? '', areaLevel: level }],
    ...(agencies ? { agencies } : {}),
  });
  return {
    gridMember: at('grid-1', 'gridMember', 'grid', 3),
    police: at('police-1', 'communityPolice', 'community', 2),
    mediator: at('mediator-1', 'mediator', 'township', 1),
    handler: at('handler-1', 'handler', 'township', 1, ['justice-office']),
    lead: at('lead-1', 'townshipLead', 'township', 1),
  };
}
