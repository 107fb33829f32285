import {
  type CaseRecord,
  compileDefinition,
  createCase,
  disputeMediation,
  step,
} from '@gridcase/engine';
import { disputeRegistration } from '@gridcase/engine/testing';
import { formValidator } from '@gridcase/forms';
import { createActor } from 'xstate';
import type { Variant } from '../measure';

const AREA = ['county', 'town', 'village', 'grid'];
const mediator = {
  userId: 'mediator',
  roles: [{ role: 'mediator', areaId: 'town', areaLevel: 'township' as const }],
};
const gridMember = {
  userId: 'grid',
  roles: [{ role: 'gridMember', areaId: 'grid', areaLevel: 'grid' as const }],
};

/**
 * The lap both variants drive, forever: mediation → agreement → follow-up visit → dissatisfied,
 * back to mediation (a reopen). Each command carries a form payload; stages with deadlines are
 * entered and left on the way.
 */
const LAP = [
  {
    type: 'reachAgreement',
    data: { terms: '互相谅解，夜间十点后不再喧哗', signedOn: '2026-11-25' },
    actor: mediator,
  },
  { type: 'scheduleFollowUp', actor: mediator },
  {
    type: 'recordVisit',
    data: { performed: false, satisfaction: 'dissatisfied' },
    actor: gridMember,
  },
];

/** A dispute case in mediation, reached through step() from registration. */
function caseInMediation(now: Date): CaseRecord {
  const opened = createCase(
    disputeMediation,
    {
      id: 'bench',
      countyId: 'county',
      areaPath: AREA,
      data: disputeRegistration,
      actor: gridMember,
    },
    now,
  );
  if (!opened.ok) throw new Error(opened.error.message);
  let c = opened.case;
  const police = {
    userId: 'p',
    roles: [{ role: 'communityPolice', areaId: 'village', areaLevel: 'community' as const }],
  };
  for (const command of [
    { type: 'accept', data: {}, actor: police },
    { type: 'startMediation', data: { facts: '楼上夜间噪音' }, actor: mediator },
  ]) {
    const r = step(disputeMediation, c, command, now);
    if (!r.ok) throw new Error(r.error.message);
    c = r.case;
  }
  return c;
}

/** `step()` per command: parse the stored case, step, stringify the next case. */
export const stepVariant: Variant = {
  name: 'step() on the dispute template',
  setup() {
    const now = new Date('2026-11-23T02:00:00Z');
    let stored = JSON.stringify(caseInMediation(now));
    let i = 0;
    return () => {
      const command = LAP[i++ % LAP.length]!;
      const result = step(disputeMediation, JSON.parse(stored), command, now);
      if (!result.ok) throw new Error(result.error.message);
      stored = JSON.stringify(result.case);
    };
  },
};

/**
 * The raw xstate cycle on the same compiled machine: parse the persisted snapshot, restore an
 * actor, start, send, persist, stringify, stop. No permission, form, deadline or history work
 * beyond what the machine's own guards and actions do.
 */
export const rawVariant: Variant = {
  name: 'raw xstate cycle (restore, send, persist)',
  setup() {
    const { machine } = compileDefinition(disputeMediation, { validator: formValidator });
    const c = caseInMediation(new Date('2026-11-23T02:00:00Z'));
    let stored = JSON.stringify(
      machine.resolveState({ value: c.state as never, context: c.context }),
    );
    // input is required by the machine's type but ignored when restoring a snapshot
    const input = c.context;
    stored = JSON.stringify(
      createActor(machine, { snapshot: JSON.parse(stored), input }).getPersistedSnapshot(),
    );
    let i = 0;
    return () => {
      const { type, actor, data } = LAP[i++ % LAP.length]!;
      const running = createActor(machine, { snapshot: JSON.parse(stored), input });
      running.start();
      running.send({ type, data, actor, areaPath: AREA });
      stored = JSON.stringify(running.getPersistedSnapshot());
      running.stop();
    };
  },
};
