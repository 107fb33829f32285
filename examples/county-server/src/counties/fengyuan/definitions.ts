import type { WorkflowDefinition } from '@gridcase/engine';
import type { County, User } from '@gridcase/server';
import {
  assignOnEntry,
  chooseFrom,
  forkTemplate,
  openToCitizens,
} from '../../definitions/customize';
import { agencyChoices, userChoices } from '../shared/choices';
import { t } from '../shared/text';

/**
 * Fengyuan's dispute mediation, made from the shipped template: the police-grid process as the
 * template has it (on-the-spot settlement by the grid member, triage by the community police
 * officer within 3 working days, mediation within 30, joint handling, follow-up visit), with the
 * county's own mediators and co-handling agencies (police stations, justice offices, the law
 * firm) to pick from instead of typing ids. Citizens may report disputes themselves (the
 * template's public channel, opened); their reports wait for the police officer's triage. A case returned to triage is
 * assigned to the community police officer of its community again (the entry action also
 * names them for new cases once the engine applies the initial stage's entry actions).
 *
 * @example
 * ```ts
 * const def = fengyuanDispute(disputeMediation, county, users);
 * ```
 */
export function fengyuanDispute(
  template: WorkflowDefinition,
  county: County,
  users: User[],
): WorkflowDefinition {
  const def = forkTemplate(template, {
    title: t('矛盾纠纷调解（警网融合）', 'Dispute mediation (police-grid integration)'),
    description: t(
      '网格员登记并可就地化解轻微纠纷；社区民警3个工作日内分流；人民调解员30个工作日内调解，派出所、司法所、律师事务所联合调处；达成协议后网格员回访。',
      'Grid members register and may settle minor disputes on the spot; the community police officer triages within 3 working days; a mediator mediates within 30, jointly with the police station, justice office and law firm; the grid member visits after an agreement.',
    ),
  });
  chooseFrom(def, 'acceptance', 'mediatorId', userChoices(county, users, 'mediator'));
  chooseFrom(
    def,
    'coHandling',
    'assistingAgencies',
    agencyChoices(county, ['police', 'justice', 'lawFirm']),
  );
  assignOnEntry(def, 'registered', 'communityPolice', 'community');
  openToCitizens(def);
  return def;
}
