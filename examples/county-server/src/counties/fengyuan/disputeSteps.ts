import { chinaDate } from '../../seed/chinaTime';
import type { StoryStep } from '../../seed/types';
import type { DisputeCast } from './disputePaths';

/* The commands of a Fengyuan dispute, each as the person who sends it would fill its form. */

export const accept = (c: DisputeCast, afterHours: number): StoryStep => ({
  as: c.police.id,
  type: 'accept',
  afterHours,
  data: { mediatorId: c.mediator.id, acceptanceNote: `请${c.mediator.name}牵头调解。` },
});
export const startMediation = (c: DisputeCast, afterHours: number): StoryStep => ({
  as: c.mediator.id,
  type: 'startMediation',
  afterHours,
  data: { facts: `经走访双方当事人及周边群众，基本事实为：${c.sketch.description}` },
});
export const session = (c: DisputeCast, afterHours: number, summary: string): StoryStep => ({
  as: c.mediator.id,
  type: 'recordSession',
  afterHours,
  data: (at) => ({
    sessionAt: at.toISOString(),
    sessionPlace: '人民调解室',
    attendees: `${c.mediator.name}、双方当事人、网格员${c.gridMember.name}`,
    sessionSummary: summary,
  }),
});
export const agree = (c: DisputeCast, afterHours: number): StoryStep => ({
  as: c.mediator.id,
  type: 'reachAgreement',
  afterHours,
  data: (at) => ({ terms: c.sketch.terms, signedOn: chinaDate(at), performBy: chinaDate(at, 30) }),
});
export const followUp = (c: DisputeCast, afterHours: number): StoryStep => ({
  as: c.mediator.id,
  type: 'scheduleFollowUp',
  afterHours,
});
export const visit = (
  c: DisputeCast,
  afterHours: number,
  satisfaction: 'satisfied' | 'basicallySatisfied' | 'dissatisfied',
): StoryStep => ({
  as: c.gridMember.id,
  type: 'recordVisit',
  afterHours,
  data: {
    performed: satisfaction !== 'dissatisfied',
    satisfaction,
    notes:
      satisfaction === 'dissatisfied'
        ? '回访发现协议未完全履行，申请人情绪不满，要求重新调解。'
        : '协议已履行，双方关系缓和，当事人表示满意。',
  },
});
export const joint = (c: DisputeCast): StoryStep[] => {
  const helpers = c.handlers.length > 0 ? c.handlers : [];
  const agencies = [...new Set(helpers.flatMap((h) => h.agencies))].slice(0, 2);
  const first = helpers.find((h) => h.agencies.includes(agencies[0] ?? ''));
  return [
    {
      as: c.mediator.id,
      type: 'requestJointHandling',
      afterHours: 30,
      data: {
        assistingAgencies: agencies,
        coHandlingNote: '涉及法律适用和治安隐患，申请派出所、司法所、律所联合调处。',
      },
    },
    ...(first
      ? [
          {
            as: first.id,
            type: 'submitOpinion',
            afterHours: 40,
            data: { opinion: '建议依据《民法典》相关规定释法说理，注意防止矛盾激化。' },
          },
        ]
      : []),
    {
      as: c.mediator.id,
      type: 'concludeJoint',
      afterHours: 20,
      data: { opinion: '综合各方意见，拟定调解方案，组织双方再次面谈。' },
    },
  ];
};
