import { describe, expect, it } from 'vitest';
import type { CaseRecord, Command, Effect, StepResult } from '../types';
import { availableActions, createCase, step } from './index';
import {
  AREA,
  flow,
  gridMember,
  justice,
  NOW,
  OTHER_GRID,
  otherGridMember,
  police,
  system,
  townLead,
} from './stepFixtures';

function ok(result: StepResult) {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}
const open = (data: Record<string, unknown> = { summary: '邻里噪音' }, areaPath = AREA) =>
  ok(createCase(flow, { id: 'c1', countyId: 'county1', areaPath, data, actor: gridMember }, NOW));
const run = (record: CaseRecord, command: Command, now: Date | string = NOW) =>
  step(flow, record, command, now);
const ofType = <T extends Effect['type']>(effects: Effect[], type: T) =>
  effects.filter((e): e is Extract<Effect, { type: T }> => e.type === type);
const triaged = () =>
  ok(run(open().case, { type: 'triage', data: { agencies: ['justiceOffice'] }, actor: police }))
    .case;

describe('createCase', () => {
  it('opens a case at version 1, pinned to the definition, with history and deadlines', () => {
    const { case: c, effects } = open();
    expect(c).toMatchObject({
      id: 'c1',
      caseType: 'dispute',
      definition: { id: 'mini-dispute', version: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      state: 'registered',
      stages: ['mini-dispute.registered'],
      status: 'active',
      version: 1,
      context: { data: { summary: '邻里噪音' }, coHandlers: [], supervision: 0, reopenCount: 0 },
    });
    const [history] = ofType(effects, 'history');
    expect(history?.entry).toMatchObject({ seq: 1, action: 'create', from: [], to: c.stages });
    expect(history?.entry.changes).toEqual({ summary: [undefined, '邻里噪音'] });
    // Monday 10:00 + 3 working days: due end of Thursday; warned end of Wednesday.
    expect(ofType(effects, 'deadline.set').map((e) => [e.deadline.kind, e.deadline.dueAt])).toEqual(
      [
        ['warn', '2026-11-25T16:00:00.000Z'],
        ['breach', '2026-11-26T16:00:00.000Z'],
      ],
    );
    expect(c.deadlines).toHaveLength(2);
  });

  it('refuses a non-starter, an actor outside the area and an invalid start form', () => {
    const input = { id: 'c', countyId: 'county1', areaPath: AREA, data: { summary: 'xx' } };
    const asPolice = createCase(flow, { ...input, actor: police }, NOW);
    expect(asPolice.ok || asPolice.error.code).toBe('auth.notStarter');
    const outside = createCase(flow, { ...input, actor: otherGridMember }, NOW);
    expect(outside.ok || outside.error.code).toBe('auth.outsideArea');
    const invalid = createCase(flow, { ...input, data: { summary: 'x' }, actor: gridMember }, NOW);
    expect(invalid.ok || invalid.error.code).toBe('form.invalid');
    expect(invalid.ok || invalid.error.details?.issues).toEqual([
      expect.objectContaining({ path: 'summary' }),
    ]);
  });

  it('runs the initial stage’s entry actions as step() does on entering a stage', () => {
    const withEntry = structuredClone(flow);
    const registered = withEntry.machine.states?.registered;
    if (!registered) throw new Error('fixture lacks registered');
    registered.entry = [
      { type: 'assign', params: { role: 'communityPolice', scope: 'community' } },
      { type: 'notify', params: { to: 'assignee', template: 'case.assigned' } },
    ];
    const input = { id: 'c2', countyId: 'county1', areaPath: AREA, actor: gridMember };
    const { case: c, effects } = ok(
      createCase(withEntry, { ...input, data: { summary: '邻里噪音' } }, NOW),
    );
    expect(c.context.assignee).toEqual({ role: 'communityPolice', areaId: 'village1' });
    expect(ofType(effects, 'notify')).toEqual([
      {
        type: 'notify',
        to: { role: 'communityPolice', areaId: 'village1' },
        template: 'case.assigned',
        params: { caseId: 'c2', action: 'create' },
      },
    ]);
    // the same stage entered again through step() (return) assigns the same way
    const joint = ok(
      step(withEntry, c, { type: 'triage', data: { agencies: [] }, actor: police }, NOW),
    ).case;
    const unassigned = { ...joint, context: { ...joint.context, assignee: undefined } };
    const returned = ok(
      step(withEntry, unassigned, { type: 'return', reason: '材料不全', actor: police }, NOW),
    ).case;
    expect(returned.context.assignee).toEqual(c.context.assignee);
  });
});

describe('step refuses, leaving the case unchanged', () => {
  const record = open().case;
  const frozen = structuredClone(record);
  const refused = (command: Command) => {
    const result = run(record, command);
    expect(record).toEqual(frozen);
    if (result.ok) throw new Error('expected a refusal');
    return result.error;
  };

  it('an actor with the wrong role', () => {
    const error = refused({ type: 'triage', data: { agencies: [] }, actor: justice });
    expect(error.code).toBe('auth.wrongRole');
    expect(error.hint).toContain('communityPolice');
  });

  it('an actor outside the case’s area', () => {
    const elsewhere = {
      ...police,
      roles: [{ role: 'communityPolice', areaId: 'village2', areaLevel: 'community' as const }],
    };
    expect(refused({ type: 'triage', data: { agencies: [] }, actor: elsewhere }).code).toBe(
      'auth.outsideArea',
    );
  });

  it('an invalid payload, with field issues', () => {
    const error = refused({ type: 'triage', data: { agencies: 'all' }, actor: police });
    expect(error.code).toBe('form.invalid');
    expect(error.details?.issues).toEqual([expect.objectContaining({ path: 'agencies' })]);
  });

  it('an unavailable action, listing the available ones', () => {
    const error = refused({ type: 'close', actor: police });
    expect(error.code).toBe('case.actionUnavailable');
    expect(error.details?.available).toEqual(['triage']);
    expect(error.hint).toBe('您现在可以执行：triage。');
  });

  it('a transition whose guard does not hold', () => {
    expect(refused({ type: 'settle', actor: gridMember }).code).toBe('case.conditionsNotMet');
  });

  it('a deadline fired by a user, or an unknown deadline', () => {
    const id = record.deadlines[0]?.id;
    expect(refused({ type: 'deadline.fire', deadlineId: id, actor: police }).code).toBe(
      'auth.forbidden',
    );
    expect(refused({ type: 'deadline.fire', deadlineId: 'x', actor: system }).code).toBe(
      'case.deadlineUnknown',
    );
  });

  it('a definition other than the pinned one', () => {
    const other = { ...flow, version: 2 };
    const result = step(other, record, { type: 'triage', actor: police }, NOW);
    expect(result.ok || result.error.code).toBe('case.definitionMismatch');
  });

  it('a case in a state the definition lacks', () => {
    const broken = { ...record, state: 'gone' };
    expect(run(broken, { type: 'triage', actor: police }).ok || 'refused').toBe('refused');
    const result = run(broken, { type: 'triage', actor: police });
    expect(result.ok || result.error.code).toBe('case.stateUnknown');
  });

  it('in English when asked', () => {
    const result = step(flow, record, { type: 'close', actor: police }, NOW, { locale: 'en' });
    expect(result.ok || result.error.message).toBe('The action "close" is not available now');
  });
});

describe('step applies commands', () => {
  it('moves the case, stores data, records history, cancels and sets deadlines', () => {
    const record = open().case;
    const later = '2026-11-24T03:00:00Z';
    const { case: next, effects } = ok(
      run(record, { type: 'triage', data: { agencies: ['justiceOffice'] }, actor: police }, later),
    );
    expect(next.state).toEqual({ joint: { lead: 'working', assisting: 'working' } });
    expect(next.stages).toEqual([
      'mini-dispute.joint.lead.working',
      'mini-dispute.joint.assisting.working',
    ]);
    expect(next.version).toBe(2);
    expect(next.context.coHandlers).toEqual([{ agency: 'justiceOffice', lead: false }]);
    expect(next.context.assignee).toEqual({ role: 'communityPolice', areaId: 'village1' });
    const [history] = ofType(effects, 'history');
    expect(history?.entry).toMatchObject({
      seq: 2,
      action: 'triage',
      actor: { userId: 'police-a' },
      from: ['mini-dispute.registered'],
      to: next.stages,
      verb: 'coHandle',
      changes: { agencies: [undefined, ['justiceOffice']] },
    });
    // the stage's deadlines are cancelled on leaving it...
    expect(ofType(effects, 'deadline.cancel').map((e) => e.deadlineId)).toEqual(
      record.deadlines.map((d) => d.id),
    );
    // ...and the new stage's are set
    expect(next.deadlines).toEqual([
      expect.objectContaining({ stateId: 'mini-dispute.joint', kind: 'breach' }),
    ]);
    expect(ofType(effects, 'deadline.set')).toHaveLength(1);
  });

  it('lets assisting agencies act only in their region (co-handling)', () => {
    const record = triaged();
    const outsider = { ...justice, agencies: ['marketRegulation'] };
    const refused = run(record, { type: 'opinion', data: { opinion: '同意' }, actor: outsider });
    expect(refused.ok || refused.error.code).toBe('auth.outsideArea');
    const done = ok(run(record, { type: 'opinion', data: { opinion: '同意' }, actor: justice }));
    expect(done.case.state).toEqual({ joint: { lead: 'working', assisting: 'done' } });
    const finished = ok(run(done.case, { type: 'finish', actor: police }));
    expect(finished.case.state).toBe('review');
    expect(ofType(finished.effects, 'deadline.cancel')).toHaveLength(1);
    expect(finished.case.deadlines).toEqual([]);
  });

  it('returns with a reason only', () => {
    const record = triaged();
    const noReason = run(record, { type: 'return', actor: police });
    expect(noReason.ok || noReason.error.code).toBe('case.reasonRequired');
    const back = ok(run(record, { type: 'return', reason: '材料不全', actor: police }));
    expect(back.case.state).toBe('registered');
    expect(ofType(back.effects, 'history')[0]?.entry).toMatchObject({
      reason: '材料不全',
      verb: 'return',
    });
  });

  it('reminds through a root-level transition with a notify effect', () => {
    const record = triaged();
    const { case: next, effects } = ok(run(record, { type: 'remind', actor: townLead }));
    expect(next.state).toEqual(record.state);
    expect(next.version).toBe(record.version + 1);
    expect(ofType(effects, 'notify')).toEqual([
      {
        type: 'notify',
        to: { role: 'communityPolice', areaId: 'village1' },
        template: 'case.remind',
        params: { caseId: 'c1', action: 'remind' },
      },
    ]);
  });

  it('settles on the spot when the guard holds, closing the case with its outcome', () => {
    const record = open({ summary: '小事一桩', minor: true }).case;
    const { case: closed, effects } = ok(run(record, { type: 'settle', actor: gridMember }));
    expect(closed.status).toBe('done');
    expect(closed.closedAt).toBe(NOW.toISOString());
    expect(closed.context.outcome).toBe('resolved');
    expect(closed.deadlines).toEqual([]);
    expect(ofType(effects, 'deadline.cancel')).toHaveLength(2);
    const again = run(closed, { type: 'triage', actor: police });
    expect(again.ok || again.error.code).toBe('case.closed');
  });
});

describe('deadlines firing', () => {
  it('warns the stage’s actors when nobody is assigned', () => {
    const record = open().case;
    const warn = record.deadlines.find((d) => d.kind === 'warn');
    const { case: next, effects } = ok(
      run(record, { type: 'deadline.fire', deadlineId: warn?.id, actor: system }),
    );
    expect(next.deadlines.map((d) => d.kind)).toEqual(['breach']);
    expect(ofType(effects, 'notify')).toEqual([
      expect.objectContaining({
        to: { role: 'communityPolice', scope: 'community' },
        template: 'deadline.warn',
      }),
    ]);
    expect(ofType(effects, 'history')[0]?.entry).toMatchObject({
      action: 'deadline.warn',
      deadlineId: warn?.id,
      actor: { userId: 'scheduler', system: true },
    });
  });

  it('escalates on breach: new assignee, supervision level up, next level scheduled', () => {
    const record = triaged();
    const breach = record.deadlines[0]!;
    const { case: next, effects } = ok(
      run(record, { type: 'deadline.fire', deadlineId: breach.id, actor: system }, breach.dueAt),
    );
    expect(next.context.assignee).toEqual({ role: 'townshipLead', areaId: 'town1' });
    expect(next.context.supervision).toBe(1);
    expect(ofType(effects, 'notify')).toEqual([
      expect.objectContaining({
        to: { role: 'townshipLead', scope: 'township' },
        template: 'deadline.escalate',
      }),
    ]);
    const repeat = ofType(effects, 'deadline.set')[0]?.deadline;
    expect(repeat).toMatchObject({ stateId: 'mini-dispute.joint', kind: 'breach', level: 1 });
    expect(next.deadlines).toEqual([repeat]);
    // two working days after the first breach
    const secondDue = new Date(repeat!.dueAt).getTime() - new Date(breach.dueAt).getTime();
    expect(secondDue).toBeGreaterThanOrEqual(2 * 86_400_000);
  });
});

describe('reopen', () => {
  const closed = () =>
    ok(run(open({ summary: '小事一桩', minor: true }).case, { type: 'settle', actor: gridMember }))
      .case;

  it('reopens a closed case into its target with a reason, within the window', () => {
    const record = closed();
    expect(availableActions(flow, record, townLead).map((a) => a.type)).toEqual(['reopen']);
    expect(availableActions(flow, record, police)).toEqual([]);
    const noReason = run(record, { type: 'reopen', actor: townLead });
    expect(noReason.ok || noReason.error.code).toBe('case.reasonRequired');
    const { case: next, effects } = ok(
      run(record, { type: 'reopen', reason: '当事人反映未履行', actor: townLead }),
    );
    expect(next).toMatchObject({ status: 'active', state: 'registered' });
    expect(next.closedAt).toBeUndefined();
    expect(next.context.reopenCount).toBe(1);
    expect(next.context.outcome).toBeUndefined();
    expect(ofType(effects, 'deadline.set')).toHaveLength(2);
    expect(ofType(effects, 'history')[0]?.entry.verb).toBe('reopen');
  });

  it('refuses after the window and refuses the wrong people', () => {
    const record = closed();
    const late = run(
      record,
      { type: 'reopen', reason: 'x', actor: townLead },
      '2027-01-30T00:00:00Z',
    );
    expect(late.ok || late.error.code).toBe('case.reopenExpired');
    const wrong = run(record, { type: 'reopen', reason: 'x', actor: police });
    expect(wrong.ok || wrong.error.code).toBe('auth.wrongRole');
  });
});

describe('availableActions', () => {
  it('lists what this actor can do, with forms', () => {
    const record = open().case;
    expect(availableActions(flow, record, police)).toEqual([
      expect.objectContaining({ type: 'triage', verb: 'coHandle', form: flow.forms.triage }),
    ]);
    expect(availableActions(flow, record, gridMember).map((a) => a.type)).toEqual(['settle']);
    expect(availableActions(flow, record, townLead).map((a) => a.type)).toEqual(['remind']);
    expect(availableActions(flow, { ...record, areaPath: OTHER_GRID }, gridMember)).toEqual([]);
  });
});
