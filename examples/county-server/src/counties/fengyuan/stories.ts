import type { County, User } from '@gridcase/server';
import { citizen } from '../../seed/citizens';
import { openedHoursAgo } from '../../seed/openedAgo';
import { createRandom } from '../../seed/random';
import { cutShort, type Showcase } from '../../seed/showcase';
import { createStaff } from '../../seed/staff';
import type { CaseStory } from '../../seed/types';
import { DISPUTE_PATHS } from './disputePaths';
import { DISPUTES } from './disputePool';

/** How often each path happens among cases old enough to have finished it. */
const WEIGHTS: [keyof typeof DISPUTE_PATHS, number][] = [
  ['settledOnSpot', 22],
  ['resolved', 22],
  ['jointResolved', 12],
  ['reopened', 6],
  ['referredToCourt', 5],
  ['referredElsewhere', 3],
  ['judiciallyConfirmed', 6],
  ['referredOut', 6],
  ['withdrawn', 4],
  ['overdueMediation', 8],
  ['awaitingTriage', 3],
];
const SOURCES = ['gridPatrol', 'gridPatrol', 'walkIn', 'hotline', 'referral'];

/** Cases that sit in a given stage on seeding day (the stories after the four newest). */
const SHOWCASES: Showcase<keyof typeof DISPUTE_PATHS>[] = [
  { path: 'resolved', keep: 1, waiting: 10 }, // investigating
  { path: 'resolved', keep: 2, waiting: 30 }, // mediating
  { path: 'jointResolved', keep: 4, waiting: 20 }, // joint handling, both at work
  { path: 'jointResolved', keep: 5, waiting: 10 }, // joint handling, the assisting opinion in
  { path: 'resolved', keep: 4, waiting: 2 }, // agreement reached
  { path: 'judiciallyConfirmed', keep: 5, waiting: 30 }, // at the court for confirmation
  { path: 'referredToCourt', keep: 5, waiting: 10 }, // mediation failed, referral pending
  { path: 'resolved', keep: 5, waiting: 48 }, // follow-up visit due
  { path: 'awaitingTriage', keep: 0, waiting: 130 }, // triage overdue: escalated to the lead
  { path: 'overdueMediation', keep: 4, waiting: 400 }, // mediation overdue: escalated
];
const DAYS = 110;

/**
 * Fengyuan's seeded disputes: `count` cases over the last 110 days, spread over every grid (the
 * county seat busiest), each following one of the county's paths as far as time allows, so old
 * cases are closed and recent ones in progress; a few stop in a chosen stage, so every
 * stage (and some overdue, escalated cases) is there on seeding day.
 *
 * @example
 * ```ts
 * const stories = fengyuanStories(county, users, 70);
 * ```
 */
export function fengyuanStories(county: County, users: User[], count = 70): CaseStory[] {
  const random = createRandom(20261122);
  const staff = createStaff(county, users);
  const grids = county.areas.filter((a) => a.level === 'grid').map((a) => a.id);
  const busy = [...grids, ...grids.filter((g) => g.startsWith('fy-cg'))];
  const total = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  const pickPath = () => {
    let roll = random.next() * total;
    for (const [name, weight] of WEIGHTS) {
      roll -= weight;
      if (roll < 0) return name;
    }
    return 'resolved';
  };

  return Array.from({ length: count }, (_, i) => {
    const where = staff.pathOf(random.pick(busy));
    const showcase = i >= 4 ? SHOWCASES[i - 4] : undefined;
    let path = showcase?.path ?? pickPath();
    const sketch = random.pick(
      DISPUTES.filter((d) => (path === 'settledOnSpot') === (d.severity === 'minor')),
    );
    const gridMember = staff.one('gridMember', where.grid);
    const police = staff.one('communityPolice', where.community);
    const mediator = random.pick(staff.in('mediator', where.township));
    const handlers = staff.in('handler', where.township);
    const source = path === 'settledOnSpot' ? 'gridPatrol' : random.pick(SOURCES);
    const openedBy = source === 'walkIn' ? police : gridMember;
    if (path === 'settledOnSpot' && openedBy !== gridMember) path = 'resolved';
    // the newest cases have not gone far yet; a few are days old and still untriaged (overdue)
    const hoursAgo =
      i < 4
        ? random.int(2, 20)
        : path === 'awaitingTriage'
          ? random.int(100, 160)
          : openedHoursAgo(random, DAYS);
    const [first, second, third] = [citizen(random), citizen(random), citizen(random)];
    const community = county.areas.find((a) => a.id === where.community)?.name['zh-CN'] ?? '';
    const parties = [
      { name: first.name, role: 'applicant', idNumber: first.idNumber, phone: first.phone },
      { name: second.name, role: 'respondent', phone: second.phone },
      ...(sketch.category === 'family' ? [{ name: third.name, role: 'other' }] : []),
    ];
    const steps = DISPUTE_PATHS[path]!({ gridMember, police, mediator, handlers, sketch, random });
    const cut = showcase && cutShort(steps, showcase);
    return {
      key: `fy-${String(i + 1).padStart(3, '0')}`,
      definitionId: 'dispute-mediation',
      areaId: where.grid,
      openedBy: openedBy.id,
      openedHoursAgo: cut ? cut.openedHoursAgo : hoursAgo,
      data: {
        summary: sketch.summary,
        category: sketch.category,
        severity: sketch.severity,
        source,
        place: `${community}${sketch.place}`,
        description: sketch.description,
        parties,
      },
      steps: cut ? cut.steps : steps,
    };
  });
}
