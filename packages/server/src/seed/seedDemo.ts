import {
  disputeMediation,
  hazardRectification,
  isGridcaseError,
  type WorkflowDefinition,
} from '@gridcase/engine';
import { cnIdcardCheckDigit } from '@gridcase/forms';
import type { GridcaseApp } from '../app/createGridcaseApp';
import { sessionFor } from '../auth/loadSession';
import { callerOf } from '../cases/caller';
import { openCase } from '../cases/openCase';
import { runCommand } from '../cases/runCommand';
import { installDefinition } from '../definitions/installDefinition';
import { requestHash } from '../idempotency/idempotency';
import type { User } from '../store/types';
import { DEMO_COUNTY_ID, demoCounty } from './demoCounty';

export interface SeedResult {
  countyId: string;
  users: User[];
  /** Case ids opened (none when the county was already seeded). */
  cases: string[];
  /** Steps that did not apply (a template changed); the seed goes on without them. */
  skipped: string[];
}

interface Script {
  definition: WorkflowDefinition;
  by: string;
  areaId: string;
  data: Record<string, unknown>;
  steps: Array<[user: string, type: string, data?: Record<string, unknown>, reason?: string]>;
}

/** A valid resident ID number (GB 11643 check digit) from its first 17 digits. */
const idNumber = (first17: string) => first17 + cnIdcardCheckDigit(first17);

const party = (name: string, role: string, idNumber?: string, phone?: string) => ({
  name,
  role,
  ...(idNumber ? { idNumber } : {}),
  ...(phone ? { phone } : {}),
});

const SCRIPTS: Script[] = [
  {
    definition: disputeMediation,
    by: 'grid-e1a',
    areaId: 'grid-e1a',
    data: {
      summary: '楼上住户夜间噪音扰民',
      category: 'neighbour',
      severity: 'general',
      source: 'gridPatrol',
      parties: [
        party('张三', 'applicant', '11010519491231002X', '13800138000'),
        party('李四', 'respondent'),
      ],
    },
    steps: [],
  },
  {
    definition: disputeMediation,
    by: 'grid-e1b',
    areaId: 'grid-e1b',
    data: {
      summary: '宅基地边界纠纷',
      category: 'land',
      severity: 'general',
      source: 'walkIn',
      parties: [
        party('王五', 'applicant', idNumber('33010219800101123'), '13912345678'),
        party('赵六', 'respondent'),
      ],
    },
    steps: [
      ['police-e1', 'accept', { mediatorId: 'mediator-east' }],
      ['mediator-east', 'startMediation', { facts: '双方对边界有争议' }],
    ],
  },
  {
    definition: disputeMediation,
    by: 'grid-e2a',
    areaId: 'grid-e2a',
    data: {
      summary: '拖欠装修工钱',
      category: 'labour',
      severity: 'general',
      source: 'hotline',
      parties: [party('孙七', 'applicant', undefined, '13700001111'), party('周八', 'respondent')],
    },
    steps: [
      ['police-e2', 'accept', { mediatorId: 'mediator-east' }],
      ['mediator-east', 'startMediation', { facts: '工钱 3000 元未结清' }],
      ['mediator-east', 'reachAgreement', { terms: '一周内付清', signedOn: '2026-03-02' }],
    ],
  },
  {
    definition: hazardRectification,
    by: 'grid-w1a',
    areaId: 'grid-w1a',
    data: {
      title: '村道旁电线老化裸露',
      category: 'electrical',
      location: { address: '松林村 2 组' },
      photos: [{ id: 'seed-photo-1', name: 'wires.jpg' }],
      contactPhone: '13600002222',
    },
    steps: [],
  },
  {
    definition: hazardRectification,
    by: 'grid-e1a',
    areaId: 'grid-e1a',
    data: {
      title: '楼道堆放杂物堵塞消防通道',
      category: 'fire',
      location: { address: '东门社区 3 栋' },
      photos: [{ id: 'seed-photo-2', name: 'corridor.jpg' }],
    },
    steps: [
      [
        'twp-handler-east',
        'issueNotice',
        {
          level: 'general',
          department: 'dept-fire',
          handlerId: 'dept-fire',
          requirements: '三日内清理',
        },
      ],
    ],
  },
];

/**
 * Seeds the demo county into an app's store: areas, agencies, one user per role, both
 * templates published, and a few cases at different stages, opened and moved through the same
 * command path as HTTP requests. Running it again changes nothing.
 *
 * @example
 * ```ts
 * const app = createGridcaseApp({ store, auth, devMode: true });
 * const { users } = await seedDemo(app);
 * ```
 */
export async function seedDemo(
  app: GridcaseApp,
  options: { cases?: boolean } = {},
): Promise<SeedResult> {
  const { services } = app.gridcase;
  const { store } = services;
  const at = services.clock.now().toISOString();
  const { county, users } = demoCounty(at);
  const result: SeedResult = { countyId: county.id, users, cases: [], skipped: [] };
  if (await store.getCounty(county.id)) return result;
  await store.putCounty(county);
  for (const user of users) await store.putUser(user);
  for (const definition of [disputeMediation, hazardRectification]) {
    await installDefinition(store, county.id, definition, { by: 'seed', at });
  }
  if (options.cases === false) return result;
  const caller = (userId: string) =>
    callerOf(sessionFor(users.find((u) => u.id === userId)!, county, services.adminRole));
  for (const [n, script] of SCRIPTS.entries()) {
    try {
      const body = { definitionId: script.definition.id, areaId: script.areaId, data: script.data };
      const opened = await openCase(services, caller(script.by), {
        ...body,
        idempotencyKey: `${script.by}:seed-${n}`,
        requestHash: requestHash({ op: 'openCase', body }),
      });
      const caseId = (opened.body as { case: { id: string } }).case.id;
      result.cases.push(caseId);
      for (const [i, [user, type, data, reason]] of script.steps.entries()) {
        await runCommand(services, caller(user), {
          caseId,
          type,
          data,
          reason,
          idempotencyKey: `${user}:seed-${n}-${i}`,
          requestHash: requestHash({ op: 'runCommand', caseId, type, data, reason }),
        });
      }
    } catch (error) {
      result.skipped.push(
        `${script.definition.id} #${n}: ${isGridcaseError(error) ? `${error.code} ${JSON.stringify(error.details ?? {})}` : String(error)}`,
      );
    }
  }
  return result;
}

export { DEMO_COUNTY_ID };
