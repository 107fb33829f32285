import type { User } from '@gridcase/server';
import { chinaDate } from '../../seed/chinaTime';
import type { Random } from '../../seed/random';
import type { StoryStep } from '../../seed/types';
import type { DisputeSketch } from './disputePool';
import { accept, agree, followUp, joint, session, startMediation, visit } from './disputeSteps';

/** The people around one dispute and what it is about. */
export interface DisputeCast {
  gridMember: User;
  police: User;
  mediator: User;
  /** Co-handling agencies' people in the township (police station, justice office, law firm). */
  handlers: User[];
  sketch: DisputeSketch;
  random: Random;
}

type Path = (cast: DisputeCast) => StoryStep[];

/** The ways a Fengyuan dispute goes, each a list of commands with the hours between them. */
export const DISPUTE_PATHS: Record<string, Path> = {
  settledOnSpot: (c) => [
    {
      as: c.gridMember.id,
      type: 'settleOnSpot',
      afterHours: 2,
      data: { result: `网格员现场劝解，双方达成一致：${c.sketch.terms}` },
    },
  ],
  awaitingTriage: () => [],
  referredOut: (c) => [
    {
      as: c.police.id,
      type: 'referOut',
      afterHours: 22,
      data: {
        channel: 'administrative',
        referralNote: '属行政职能范围，已引导当事人向相关部门反映。',
      },
    },
  ],
  withdrawn: (c) => [
    accept(c, 18),
    { as: c.mediator.id, type: 'withdraw', afterHours: 60, reason: '当事人已自行和解，申请撤回。' },
  ],
  resolved: (c) => [
    accept(c, 20),
    startMediation(c, 44),
    session(c, 70, '首次调解，双方陈述诉求，分歧主要在赔偿金额。'),
    agree(c, 96),
    followUp(c, 4),
    visit(c, 260, c.random.chance(0.3) ? 'basicallySatisfied' : 'satisfied'),
  ],
  jointResolved: (c) => [
    accept(c, 16),
    startMediation(c, 40),
    session(c, 50, '首次调解未果，双方对事实认定分歧较大。'),
    ...joint(c),
    session(c, 48, '联合调处后再次调解，双方各让一步。'),
    agree(c, 30),
    followUp(c, 4),
    visit(c, 300, 'satisfied'),
  ],
  reopened: (c) => [
    accept(c, 20),
    startMediation(c, 40),
    session(c, 60, '首次调解，双方初步达成意向。'),
    agree(c, 30),
    followUp(c, 4),
    visit(c, 220, 'dissatisfied'),
    session(c, 60, '重新调解，针对未履行部分补充约定。'),
    agree(c, 50),
    followUp(c, 4),
    visit(c, 240, 'satisfied'),
  ],
  referredToCourt: (c) => [
    accept(c, 20),
    startMediation(c, 48),
    session(c, 60, '首次调解，双方分歧较大。'),
    session(c, 120, '再次调解，被申请人拒绝调解方案。'),
    {
      as: c.mediator.id,
      type: 'declareFailure',
      afterHours: 30,
      data: {
        failureReason: '双方对赔偿金额分歧过大，经多次调解无法达成一致。',
        riskOfEscalation: false,
      },
    },
    {
      as: c.mediator.id,
      type: 'refer',
      afterHours: 24,
      data: { channel: 'litigation', referralNote: '已告知当事人诉讼途径，并协助准备起诉材料。' },
    },
  ],
  referredElsewhere: (c) => [
    accept(c, 20),
    startMediation(c, 48),
    session(c, 60, '首次调解，双方分歧较大。'),
    session(c, 120, '再次调解，被申请人拒绝调解方案。'),
    {
      as: c.mediator.id,
      type: 'declareFailure',
      afterHours: 30,
      data: {
        failureReason: '双方对赔偿金额分歧过大，经多次调解无法达成一致。',
        riskOfEscalation: false,
      },
    },
    {
      as: c.mediator.id,
      type: 'refer',
      afterHours: 24,
      data: {
        channel: 'arbitration',
        referralNote: '属劳动争议，已引导当事人申请劳动人事争议仲裁。',
      },
    },
  ],
  judiciallyConfirmed: (c) => [
    accept(c, 20),
    startMediation(c, 40),
    session(c, 60, '调解成功，双方同意申请司法确认。'),
    agree(c, 24),
    { as: c.mediator.id, type: 'requestConfirmation', afterHours: 24 },
    {
      as: c.mediator.id,
      type: 'recordConfirmation',
      afterHours: 130,
      data: (at) => ({
        confirmed: true,
        courtCaseNo: `（${chinaDate(at).slice(0, 4)}）浙0127民特${c.random.int(100, 999)}号`,
      }),
    },
    visit(c, 240, 'satisfied'),
  ],
  /** Mediation drags on past its 30 working days: reminded, then escalated to the lead. */
  overdueMediation: (c) => [
    accept(c, 30),
    startMediation(c, 60),
    session(c, 200, '双方情绪对立，调解暂无进展。'),
    session(c, 400, '当事人一方外出务工，调解中止待其返乡。'),
    agree(c, 900),
    followUp(c, 4),
    visit(c, 240, 'satisfied'),
  ],
};
