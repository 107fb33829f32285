import type { County, User } from '@gridcase/server';
import { citizen } from '../../seed/citizens';
import { openedHoursAgo } from '../../seed/openedAgo';
import { createRandom } from '../../seed/random';
import { cutShort, type Showcase } from '../../seed/showcase';
import { createStaff } from '../../seed/staff';
import type { CaseStory, SeedPhoto } from '../../seed/types';
import { HAZARD_PATHS } from './hazardPaths';
import { HAZARDS } from './hazardPool';

const WEIGHTS: [keyof typeof HAZARD_PATHS, number][] = [
  ['writtenOff', 30],
  ['fixedOnSpot', 14],
  ['rework', 12],
  ['major', 8],
  ['transferred', 6],
  ['overdue', 14],
  ['dismissed', 6],
  ['verifying', 3],
];
const DAYS = 110;

/** Cases that sit in a given stage on seeding day (the stories after the four newest). */
const SHOWCASES: Showcase<keyof typeof HAZARD_PATHS>[] = [
  { path: 'writtenOff', keep: 1, waiting: 20 }, // rectifying
  { path: 'writtenOff', keep: 2, waiting: 10 }, // re-inspection due
  { path: 'rework', keep: 3, waiting: 10 }, // returned for more work
  { path: 'major', keep: 1, waiting: 30 }, // a major hazard under supervision from the start
  { path: 'transferred', keep: 2, waiting: 10 }, // transferred to another department
  { path: 'overdue', keep: 1, waiting: 250 }, // rectification overdue: escalated to the lead
  { path: 'verifying', keep: 0, waiting: 120 }, // verification overdue: reminded
  { path: 'withdrawn', keep: 1, waiting: 40 },
];

/**
 * Linhu's seeded hazards: `count` reports with photos over the last 110 days across every grid,
 * each following one of the county's paths as far as time allows (old ones written off, recent
 * ones being verified, rectified or re-inspected); a few stop in a chosen stage, so every
 * stage, and overdue cases under supervision, are there on seeding day.
 *
 * @example
 * ```ts
 * const stories = linhuStories(county, users, 70);
 * ```
 */
export function linhuStories(county: County, users: User[], count = 70): CaseStory[] {
  const random = createRandom(20261123);
  const staff = createStaff(county, users);
  const grids = county.areas.filter((a) => a.level === 'grid').map((a) => a.id);
  const departments = users.filter((u) => u.roles.some((r) => r.role === 'departmentHandler'));
  const total = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  const pickPath = () => {
    let roll = random.next() * total;
    for (const [name, weight] of WEIGHTS) {
      roll -= weight;
      if (roll < 0) return name;
    }
    return 'writtenOff';
  };

  return Array.from({ length: count }, (_, i) => {
    const key = `lh-${String(i + 1).padStart(3, '0')}`;
    let photoCount = 0;
    const photo = (name: string, color = '#555555'): SeedPhoto => ({
      id: `att-seed-${key}-${++photoCount}`,
      name,
      color,
    });
    const where = staff.pathOf(random.pick(grids));
    const showcase = i >= 4 ? SHOWCASES[i - 4] : undefined;
    const path = showcase?.path ?? pickPath();
    const sketch = random.pick(HAZARDS);
    const department = departments.find((u) => u.agencies.includes(sketch.department));
    const otherDepartment = random.pick(departments.filter((u) => u !== department));
    if (!department) throw new Error(`linhu: no handler for ${sketch.department}`);
    const gridMember = staff.one('gridMember', where.grid);
    const hoursAgo = i < 4 ? random.int(1, 20) : openedHoursAgo(random, DAYS);
    const community = county.areas.find((a) => a.id === where.community)?.name['zh-CN'] ?? '';
    const contact = citizen(random);
    const before = [photo('现场照片1.png', sketch.color), photo('现场照片2.png', sketch.color)];
    const steps = HAZARD_PATHS[path]!({
      gridMember,
      township: staff.one('townshipHandler', where.township),
      lead: staff.one('townshipLead', where.township),
      department,
      otherDepartment,
      sketch,
      photo,
    });
    const cut = showcase && cutShort(steps, showcase);
    return {
      key,
      definitionId: 'hazard-rectification',
      areaId: where.grid,
      openedBy: gridMember.id,
      openedHoursAgo: cut ? cut.openedHoursAgo : hoursAgo,
      photos: before,
      data: {
        title: sketch.title,
        category: sketch.category,
        description: sketch.description,
        location: {
          address: `${community}${sketch.address}`,
          lng: 120.1 + random.int(0, 2000) / 10000,
          lat: 30.2 + random.int(0, 2000) / 10000,
        },
        photos: before.map(({ id, name }) => ({ id, name })),
        responsibleUnit: sketch.responsibleUnit,
        contactName: contact.name,
        contactPhone: contact.phone,
      },
      steps: cut ? cut.steps : steps,
    };
  });
}
