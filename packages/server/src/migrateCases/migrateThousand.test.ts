import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CaseMigration, disputeMediation, gridcaseError } from '@gridcase/engine';
import { DISPUTE_STOPS, disputeMediationV2, disputePlanV1toV2 } from '@gridcase/engine/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit';
import { createManualClock } from '../clock';
import { DEMO_COUNTY_ID } from '../seed/demoCounty';
import { createLowdbStore } from '../store/lowdb';
import type { CaseStore } from '../store/types';
import { createHarness, type Harness } from '../testing/harness';
import { migrationJobsOf } from './migrationJobs';
import { type SeedCase, seedDisputes } from './testing/seedDisputes';

const AREA = [DEMO_COUNTY_ID, 'twp-east', 'com-e1', 'grid-e1a'];
const BASE = `/definitions/${disputeMediation.id}/migrations`;
const plan = disputePlanV1toV2;
const body = { fromVersion: 1, toVersion: 2, plan };
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** The lowdb store, with commits of migrated cases refused (a full disk) after `allowed` of them. */
function failingAfter(store: CaseStore, allowed: number): CaseStore {
  let migrated = 0;
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key !== 'commit') return Reflect.get(target, key, receiver);
      return async (commit: Parameters<CaseStore['commit']>[0]) => {
        if (commit.history[0]?.action === 'case.migrate' && ++migrated > allowed) {
          throw gridcaseError('store.writeFailed', { reason: 'disk full (test)' });
        }
        return target.commit(commit);
      };
    },
  });
}

const seeds: SeedCase[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `D-${String(i).padStart(4, '0')}`,
  stop: DISPUTE_STOPS[i % DISPUTE_STOPS.length] ?? 'registered',
  mediatorId: i % 13 === 0 ? false : 'mediator-east',
}));

async function appOn(dir: string, allowed = Number.POSITIVE_INFINITY): Promise<Harness> {
  const clock = createManualClock('2026-03-05T02:00:00.000Z');
  const store = createLowdbStore({ dir, onWarning: () => undefined });
  return createHarness({ store: failingAfter(store, allowed), clock });
}

describe('migrating 1,000 running dispute cases from version 1 to 2 (lowdb on disk)', () => {
  it('does case by case what the dry run predicted, and an interrupted apply resumes without migrating any case twice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gridcase-migrate-'));
    dirs.push(dir);
    const first = await appOn(dir, 450);
    await first.publish(disputeMediation);
    await first.publish(disputeMediationV2());
    await seedDisputes(first.store, DEMO_COUNTY_ID, AREA, seeds, '2026-03-02T01:00:00.000Z');

    const dry = await first.request(`${BASE}/dry-run`, {
      method: 'POST',
      as: 'admin',
      json: { ...body, limit: 1000 },
    });
    expect(dry.status).toBe(200);
    const report = await dry.json();
    const predicted = new Map<string, CaseMigration>(
      report.cases.map((c: CaseMigration) => [c.caseId, c]),
    );
    const running = seeds.filter((s) => s.stop !== 'resolved');
    expect(report.summary).toMatchObject({ total: running.length, complete: true });
    expect(predicted.size).toBe(running.length);
    const willMove = [...predicted.values()].filter((c) => c.ok).length;
    // accepted without a mediator: version 2 needs one from acceptance on
    const lacking = running.filter((s) => s.mediatorId === false && s.stop !== 'registered');
    expect(report.summary.failing).toBe(lacking.length);
    const failures = report.summary.failures as Array<{ code: string; cases: number }>;
    expect(new Set(failures.map((f) => f.code))).toEqual(
      new Set(['migration.requiredDataMissing']),
    );
    expect(failures.reduce((n, f) => n + f.cases, 0)).toBe(lacking.length);

    // the first apply stops half way through its fifth batch: the disk refuses
    const started = await first.request(`${BASE}/apply`, {
      method: 'POST',
      as: 'admin',
      json: body,
    });
    expect(started.status).toBe(202);
    await migrationJobsOf(first.app.gridcase.services).settled(DEMO_COUNTY_ID, plan.id);
    const stopped = await first.store.getMigration(DEMO_COUNTY_ID, plan.id);
    expect(stopped).toMatchObject({ status: 'stopped', error: { code: 'store.writeFailed' } });
    expect(stopped?.inFlight).toHaveLength(100);
    const countedBefore = stopped?.migrated ?? 0;
    await first.close();

    // a restarted server applies the same plan again: it resumes
    const second = await appOn(dir);
    const resumed = await second.request(`${BASE}/apply`, {
      method: 'POST',
      as: 'admin',
      json: body,
    });
    expect(resumed.status).toBe(202);
    await migrationJobsOf(second.app.gridcase.services).settled(DEMO_COUNTY_ID, plan.id);
    const record = await (await second.request(`${BASE}/${plan.id}`, { as: 'admin' })).json();
    expect(record).toMatchObject({
      status: 'done',
      passes: 2,
      migrated: willMove,
      failed: lacking.length,
    });
    expect(record.skipped).toBe(450 - countedBefore);
    expect(record.skipped).toBeGreaterThan(0);

    const audit = (await second.store.readAudit()).filter((e) => e.action === 'case.migrate');
    expect(new Set(audit.map((e) => e.caseId)).size).toBe(audit.length);
    expect(audit).toHaveLength(willMove);
    for (const seed of seeds) {
      const record = await second.store.getCase(DEMO_COUNTY_ID, seed.id);
      const history = await second.store.getHistory(DEMO_COUNTY_ID, seed.id);
      const migrations = history.filter((e) => e.action === 'case.migrate');
      const prediction = predicted.get(seed.id);
      if (!prediction) {
        expect(record?.status, seed.id).toBe('done');
        expect(migrations).toEqual([]);
      } else if (prediction.ok) {
        expect(migrations, seed.id).toHaveLength(1);
        expect(record?.definition.version).toBe(2);
        expect(record?.stages, seed.id).toEqual(prediction.to.stages);
        expect(record?.deadlines, seed.id).toEqual(prediction.deadlines);
        expect(record?.breaches ?? [], seed.id).toEqual(prediction.breaches);
        expect(migrations[0]?.migration?.clocks).toEqual(prediction.clocks);
        expect(migrations[0]?.migration?.fields ?? []).toEqual(prediction.fields);
      } else {
        expect(migrations, seed.id).toEqual([]);
        expect(record?.definition.version).toBe(1);
        expect(record?.stages).toEqual(prediction.from.stages);
        const failure = record && (await second.store.getMigration(DEMO_COUNTY_ID, plan.id));
        expect(failure?.failures.find((f) => f.caseId === seed.id)?.code).toBe(
          prediction.error.code,
        );
      }
    }
    expect(await verifyAuditChain(second.store)).toMatchObject({ ok: true });
    await second.close();
  }, 120_000);
});
