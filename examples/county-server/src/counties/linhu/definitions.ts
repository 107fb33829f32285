import type { WorkflowDefinition } from '@gridcase/engine';
import type { County, User } from '@gridcase/server';
import {
  assignOnEntry,
  chooseFrom,
  forkTemplate,
  openToCitizens,
  setActors,
} from '../../definitions/customize';
import { agencyChoices, userChoices } from '../shared/choices';
import { t } from '../shared/text';

/**
 * Linhu's hazard rectification, made from the shipped template: the township verifies and
 * grades within 3 working days, the notice gives the department 5, re-inspection takes 3, and
 * overdue rectification is reminded, then supervised (督办) by the township lead every 3 working
 * days. Linhu's changes: the department and its handler are chosen from the county's own list,
 * and only the department named on the notice (the lead co-handler) may report rectification.
 * Citizens may report hazards themselves (the template's public channel, opened); their reports
 * wait for the township's verification.
 * Verification is assigned to the township's safety officers on entry (for new reports once the
 * engine applies the initial stage's entry actions).
 *
 * @example
 * ```ts
 * const def = linhuHazard(hazardRectification, county, users);
 * ```
 */
export function linhuHazard(
  template: WorkflowDefinition,
  county: County,
  users: User[],
): WorkflowDefinition {
  const def = forkTemplate(template, {
    title: t('安全隐患排查整改（督办）', 'Hazard rectification (with supervision)'),
    description: t(
      '网格员拍照上报；乡镇核实定级；整改通知限期5个工作日；复查验收3个工作日；超期由乡镇分管领导督办。',
      'Grid members report with photos; the township verifies and grades; the notice allows 5 working days; re-inspection within 3; the township lead supervises when overdue.',
    ),
  });
  const departments = agencyChoices(county, ['department']);
  const handlers = userChoices(county, users, 'departmentHandler');
  chooseFrom(def, 'notice', 'department', departments);
  chooseFrom(def, 'notice', 'handlerId', handlers);
  chooseFrom(def, 'departmentTransfer', 'department', departments);
  chooseFrom(def, 'departmentTransfer', 'handlerId', handlers);
  setActors(def, 'rectifying', [
    { role: 'departmentHandler', scope: 'township', coHandler: 'lead' },
  ]);
  assignOnEntry(def, 'verifying', 'townshipHandler', 'township');
  openToCitizens(def);
  return def;
}
