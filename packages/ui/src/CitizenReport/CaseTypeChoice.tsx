import { localize } from '@gridcase/forms/i18n';
import { useId } from 'react';
import type { PublicCaseType } from '../client/citizenTypes';
import type { UiT } from '../i18n/useT';
import type { citizenReportMessages } from './messages';

/** "What would you like to report?": one large choice per case type the county opened. */
export function CaseTypeChoice(props: {
  t: UiT<typeof citizenReportMessages>;
  types: PublicCaseType[];
  chosen: string;
  onChoose: (caseType: string) => void;
}) {
  const { t } = props;
  const name = useId();
  return (
    <fieldset className="gc-choice-list">
      <legend className="gc-subheading">{t('citizen.chooseType')}</legend>
      {props.types.map((c) => (
        <label key={c.caseType} className="gc-choice-card">
          <input
            type="radio"
            name={name}
            checked={c.caseType === props.chosen}
            onChange={() => props.onChoose(c.caseType)}
          />
          <span>{localize(c.formTitle ?? c.title, t.locale)}</span>
        </label>
      ))}
    </fieldset>
  );
}
