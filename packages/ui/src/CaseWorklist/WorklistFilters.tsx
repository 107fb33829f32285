import type { LocalizedText } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import { useId } from 'react';
import type { CaseQuery, StageInfo, WorklistScope } from '../client/types';
import type { UiT } from '../i18n/useT';
import type { worklistMessages } from './messages';
import { SearchField } from './SearchField';

type T = UiT<typeof worklistMessages>;

export interface FilterOptions {
  stages: StageInfo[];
  areas: { id: string; name: LocalizedText }[];
}

/** The filter bar: search, stage, area, status, overdue only, and the scope switch. */
export function WorklistFilters(props: {
  t: T;
  query: CaseQuery;
  options: FilterOptions;
  scope?: WorklistScope | undefined;
  onScope?: (scope: WorklistScope) => void;
  onChange: (patch: Partial<CaseQuery>) => void;
}) {
  const { t, query, options, onChange } = props;
  const id = useId();
  const any = t('worklist.any');
  return (
    <fieldset className="gc-filters">
      <legend className="gc-visually-hidden">{t('worklist.filters')}</legend>
      {props.scope && (
        <div className="gc-segmented" role="radiogroup" aria-label={t('worklist.scope')}>
          {(['mine', 'role', 'area'] as const).map((s) => (
            <label key={s} className="gc-segmented__item">
              <input
                type="radio"
                name={`${id}-scope`}
                checked={props.scope === s}
                onChange={() => props.onScope?.(s)}
              />
              <span>{t(`worklist.scope.${s}`)}</span>
            </label>
          ))}
        </div>
      )}
      <SearchField
        label={t('worklist.search')}
        value={query.q ?? ''}
        onSearch={(text) => onChange({ q: text || undefined })}
      />
      <label className="gc-labelled">
        <span className="gc-labelled__text">{t('worklist.stage')}</span>
        <select
          className="gc-control"
          value={query.stage ?? ''}
          onChange={(e) => onChange({ stage: e.target.value || undefined })}
        >
          <option value="">{any}</option>
          {options.stages.map((s) => (
            <option key={s.id} value={s.id}>
              {localize(s.title, t.locale)}
            </option>
          ))}
        </select>
      </label>
      {options.areas.length > 0 && (
        <label className="gc-labelled">
          <span className="gc-labelled__text">{t('worklist.area')}</span>
          <select
            className="gc-control"
            value={query.areaId ?? ''}
            onChange={(e) => onChange({ areaId: e.target.value || undefined })}
          >
            <option value="">{any}</option>
            {options.areas.map((a) => (
              <option key={a.id} value={a.id}>
                {localize(a.name, t.locale)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="gc-labelled">
        <span className="gc-labelled__text">{t('worklist.status')}</span>
        <select
          className="gc-control"
          value={query.status ?? ''}
          onChange={(e) =>
            onChange({ status: (e.target.value || undefined) as CaseQuery['status'] })
          }
        >
          <option value="">{any}</option>
          <option value="active">{t('worklist.status.active')}</option>
          <option value="done">{t('worklist.status.done')}</option>
        </select>
      </label>
      <label className="gc-check">
        <input
          type="checkbox"
          checked={!!query.overdue}
          onChange={(e) => onChange({ overdue: e.target.checked || undefined })}
        />
        <span>{t('worklist.overdueOnly')}</span>
      </label>
    </fieldset>
  );
}
