import {
  type ActorRule,
  AREA_LEVELS,
  type AreaLevel,
  type WorkflowDefinition,
} from '@gridcase/engine';
import { useId } from 'react';
import type { UiT } from '../i18n/useT';
import type { testRunCatalog } from './messages';
import { roleName } from './stageNames';

type T = UiT<typeof testRunCatalog>;

/** Who the admin acts as: a role of the definition at an area level, and who may act now. */
export function TestRunActor(props: {
  t: T;
  definition: WorkflowDefinition;
  role: string;
  level: AreaLevel;
  now: ActorRule[];
  onChange: (role: string, level: AreaLevel) => void;
}) {
  const { t, definition } = props;
  const id = useId();
  const levelName = (l: AreaLevel) => t(`testRun.level.${l}`);
  return (
    <fieldset className="gc-testrun__actor">
      <legend>{t('testRun.actor')}</legend>
      <div className="gc-filters">
        <span className="gc-labelled">
          <label htmlFor={`${id}-role`} className="gc-labelled__text">
            {t('testRun.role')}
          </label>
          <select
            id={`${id}-role`}
            className="gc-control"
            value={props.role}
            onChange={(e) => {
              const role = e.target.value;
              const rule = props.now.find((r) => r.role === role);
              props.onChange(role, rule?.scope ?? props.level);
            }}
          >
            {[...new Set([...Object.keys(definition.roles), ...props.now.map((r) => r.role)])].map(
              (role) => (
                <option key={role} value={role}>
                  {roleName(definition, role, t)}
                </option>
              ),
            )}
          </select>
        </span>
        <span className="gc-labelled">
          <label htmlFor={`${id}-level`} className="gc-labelled__text">
            {t('testRun.level')}
          </label>
          <select
            id={`${id}-level`}
            className="gc-control"
            value={props.level}
            onChange={(e) => props.onChange(props.role, e.target.value as AreaLevel)}
          >
            {AREA_LEVELS.map((l) => (
              <option key={l} value={l}>
                {levelName(l)}
              </option>
            ))}
          </select>
        </span>
      </div>
      {props.now.length === 0 ? (
        <p className="gc-muted">{t('testRun.nobodyNow')}</p>
      ) : (
        <div className="gc-button-row">
          <span className="gc-muted">{t('testRun.whoNow')}</span>
          {props.now.map((r) => (
            <button
              key={`${r.role}@${r.scope}`}
              type="button"
              className="gc-btn gc-btn--small"
              aria-pressed={r.role === props.role && r.scope === props.level}
              onClick={() => props.onChange(r.role, r.scope)}
            >
              {t('testRun.actAs', {
                role: roleName(definition, r.role, t),
                level: levelName(r.scope),
              })}
            </button>
          ))}
        </div>
      )}
    </fieldset>
  );
}
