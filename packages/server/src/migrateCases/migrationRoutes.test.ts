import { disputeMediation } from '@gridcase/engine';
import { disputeMediationV2, disputePlanV1toV2 } from '@gridcase/engine/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_COUNTY_ID } from '../seed/demoCounty';
import { createHarness, type Harness } from '../testing/harness';
import { migrationJobsOf } from './migrationJobs';
import { seedDisputes } from './testing/seedDisputes';

const AREA = [DEMO_COUNTY_ID, 'twp-east', 'com-e1', 'grid-e1a'];
const BASE = `/definitions/${disputeMediation.id}/migrations`;
const plan = disputePlanV1toV2;
let h: Harness;

const post = (path: string, json: unknown, as = 'admin') =>
  h.request(`${BASE}/${path}`, { method: 'POST', as, json });
const body = (extra: Record<string, unknown> = {}) => ({
  fromVersion: 1,
  toVersion: 2,
  plan,
  ...extra,
});

beforeEach(async () => {
  h = await createHarness();
  await h.publish(disputeMediation);
  await h.publish(disputeMediationV2());
  await seedDisputes(
    h.store,
    DEMO_COUNTY_ID,
    AREA,
    [
      { id: 'D-1', stop: 'registered' },
      { id: 'D-2', stop: 'investigating' },
      { id: 'D-3', stop: 'investigating', mediatorId: false },
      { id: 'D-4', stop: 'failed' },
      { id: 'D-5', stop: 'resolved' },
    ],
    '2026-03-02T01:00:00.000Z',
  );
});

describe('POST /definitions/:id/migrations/dry-run', () => {
  it('predicts every running case and writes nothing', async () => {
    const res = await post('dry-run', body());
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.summary).toMatchObject({ total: 4, migratable: 3, failing: 1, complete: true });
    expect(report.cases.map((c: { caseId: string; ok: boolean }) => [c.caseId, c.ok])).toEqual([
      ['D-1', true],
      ['D-2', true],
      ['D-3', false],
      ['D-4', true],
    ]);
    expect(report.cases[2].error.code).toBe('migration.requiredDataMissing');
    expect((await h.store.getCase(DEMO_COUNTY_ID, 'D-2'))?.definition.version).toBe(1);
    expect(await h.store.listMigrations(DEMO_COUNTY_ID)).toEqual([]);
  });

  it('names the unmapped states of an incomplete plan and how many cases sit in each', async () => {
    const { failed: _f, investigating: _i, ...states } = plan.states;
    const res = await post('dry-run', body({ plan: { ...plan, states } }));
    const report = await res.json();
    expect(report.summary.complete).toBe(false);
    expect(report.summary.unmapped).toEqual([
      expect.objectContaining({ state: 'investigating', cases: 2 }),
      expect.objectContaining({ state: 'failed', cases: 1 }),
    ]);
    const apply = await post('apply', body({ plan: { ...plan, states } }));
    expect(apply.status).toBe(422);
    const error = await apply.json();
    expect(error.code).toBe('migration.planIncomplete');
    expect(error.details).toMatchObject({ count: 2, cases: 3 });
    expect(
      error.details.unmapped.map((u: { state: string; cases: number }) => [u.state, u.cases]),
    ).toEqual([
      ['investigating', 2],
      ['failed', 1],
    ]);
  });

  it('refuses bad requests with coded errors and stores nothing', async () => {
    const same = await post('dry-run', body({ toVersion: 1 }));
    expect(same.status).toBe(422);
    expect((await same.json()).code).toBe('migration.versionsInvalid');
    const missing = await post('dry-run', body({ toVersion: 3 }));
    expect(missing.status).toBe(404);
    expect((await missing.json()).code).toBe('definition.notFound');
    const bad = await post(
      'dry-run',
      body({ plan: { ...plan, states: { ...plan.states, nowhere: 'x' } } }),
    );
    expect(bad.status).toBe(422);
    const error = await bad.json();
    expect(error.code).toBe('migration.planInvalid');
    expect(error.details.issues).toEqual([
      expect.objectContaining({ code: 'plan.stateUnknown', pointer: '/states/nowhere' }),
    ]);
    const notAdmin = await post('dry-run', body(), 'police-e1');
    expect(notAdmin.status).toBe(403);
    expect((await notAdmin.json()).code).toBe('auth.forbidden');
  });
});

describe('POST /definitions/:id/migrations/apply', () => {
  it('migrates in the background; the record counts; failures stay on the old version and keep running', async () => {
    const res = await post('apply', body());
    expect(res.status).toBe(202);
    const { migration } = await res.json();
    expect(migration).toMatchObject({ id: plan.id, status: 'running', total: 4, passes: 1 });
    await migrationJobsOf(h.app.gridcase.services).settled(DEMO_COUNTY_ID, plan.id);
    const record = await (await h.request(`${BASE}/${plan.id}`, { as: 'admin' })).json();
    expect(record).toMatchObject({ status: 'done', total: 4, migrated: 3, failed: 1, skipped: 0 });
    expect(record.failures).toEqual([
      expect.objectContaining({ caseId: 'D-3', code: 'migration.requiredDataMissing' }),
    ]);
    const moved = await h.store.getCase(DEMO_COUNTY_ID, 'D-2');
    expect(moved?.definition.version).toBe(2);
    const history = await h.store.getHistory(DEMO_COUNTY_ID, 'D-2');
    expect(history.at(-1)).toMatchObject({
      action: 'case.migrate',
      actor: { userId: 'admin' },
      migration: { planId: plan.id },
    });
    const audit = (await h.store.readAudit()).filter((e) => e.action === 'case.migrate');
    expect(audit.map((e) => [e.caseId, e.detail?.planId])).toEqual(
      ['D-1', 'D-2', 'D-4'].map((id) => [id, plan.id]),
    );
    const stayed = await h.command('D-3', 'mediator-east', 'startMediation', {
      data: { facts: '查明' },
    });
    expect(stayed.status).toBe(200);
    expect((await h.store.getCase(DEMO_COUNTY_ID, 'D-3'))?.definition.version).toBe(1);
    const next = await h.command('D-2', 'mediator-east', 'recordFacts', {
      data: { facts: '查明' },
    });
    expect(next.status).toBe(200);
  });

  it('is idempotent per plan id: applying again skips migrated cases; another plan under the id is refused', async () => {
    await post('apply', body());
    const changed = body({ plan: { ...plan, fields: [{ from: 'facts', to: 'failureReason' }] } });
    const whileRunning = await post('apply', changed);
    expect(whileRunning.status).toBe(409);
    await migrationJobsOf(h.app.gridcase.services).settled(DEMO_COUNTY_ID, plan.id);
    const again = await post('apply', body());
    expect(again.status).toBe(202);
    await migrationJobsOf(h.app.gridcase.services).settled(DEMO_COUNTY_ID, plan.id);
    const record = await (await h.request(`${BASE}/${plan.id}`, { as: 'admin' })).json();
    expect(record).toMatchObject({ status: 'done', passes: 2, migrated: 3, failed: 1, total: 4 });
    const migrations = (await h.store.getHistory(DEMO_COUNTY_ID, 'D-1')).filter(
      (e) => e.action === 'case.migrate',
    );
    expect(migrations).toHaveLength(1);
    const other = await post(
      'apply',
      body({ plan: { ...plan, fields: [{ from: 'facts', to: 'failureReason' }] } }),
    );
    expect(other.status).toBe(409);
    expect((await other.json()).code).toBe('migration.planConflict');
    const list = await (await h.request(BASE, { as: 'admin' })).json();
    expect(list.map((m: { id: string }) => m.id)).toEqual([plan.id]);
  });

  it('answers migration.notFound for an unknown plan id', async () => {
    const res = await h.request(`${BASE}/no-such-plan`, { as: 'admin' });
    expect(res.status).toBe(404);
    expect((await res.json()).code).toBe('migration.notFound');
  });
});
