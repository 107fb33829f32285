import type { ActorRule, AreaLevel } from '@gridcase/engine';
import { AREA_LEVELS } from '@gridcase/engine';
import type { UiT } from '../i18n/useT';
import type { designerCatalog } from './messages';

type T = UiT<typeof designerCatalog>;

/** Edits a list of "role in area scope" rules: who may act in a stage. */
export function RoleRules(props: {
  t: T;
  idPrefix: string;
  rules: ActorRule[];
  roles: { id: string; title: string }[];
  onChange: (rules: ActorRule[]) => void;
}) {
  const { t, rules, roles, idPrefix } = props;
  const set = (i: number, patch: Partial<ActorRule>) =>
    props.onChange(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="gc-prop-group">
      <legend>{t('prop.actors')}</legend>
      {rules.map((rule, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rules are positional
        <fieldset key={i} className="gc-rule">
          <legend className="gc-visually-hidden">{t('prop.roleN', { n: i + 1 })}</legend>
          <label className="gc-labelled">
            <span className="gc-labelled__text">{t('prop.role')}</span>
            <select
              id={`${idPrefix}-role-${i}`}
              className="gc-control"
              value={rule.role}
              onChange={(e) => set(i, { role: e.target.value })}
            >
              {!roles.some((r) => r.id === rule.role) && (
                <option value={rule.role}>{rule.role}</option>
              )}
              {roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          </label>
          <label className="gc-labelled">
            <span className="gc-labelled__text">{t('prop.scope')}</span>
            <select
              className="gc-control"
              value={rule.scope}
              onChange={(e) => set(i, { scope: e.target.value as AreaLevel })}
            >
              {AREA_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`prop.scope.${level}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="gc-btn gc-btn--small"
            aria-label={t('prop.removeRole', { n: i + 1 })}
            onClick={() => props.onChange(rules.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="gc-btn gc-btn--small"
        disabled={roles.length === 0}
        onClick={() => props.onChange([...rules, { role: roles[0]?.id ?? '', scope: 'township' }])}
      >
        {t('prop.addRole')}
      </button>
    </fieldset>
  );
}
