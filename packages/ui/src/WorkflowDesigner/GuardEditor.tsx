import type { AreaLevel, GuardRef } from '@gridcase/engine';
import { AREA_LEVELS } from '@gridcase/engine';
import { CommitField } from '../shared/CommitField';
import type { DesignerT } from './designerTypes';

/** The value typed into "value": JSON when it parses (true, 3, "x"), else the text itself. */
function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Picks a transition's condition from the guard catalog: none, "a field equals a value", or
 * "the actor holds a role". Other catalog guards are kept as they are and named.
 */
export function GuardEditor(props: {
  t: DesignerT;
  guard: GuardRef | undefined;
  roles: { id: string; title: string }[];
  onChange: (guard: GuardRef | undefined) => void;
}) {
  const { t, guard } = props;
  const kind = guard?.type ?? 'none';
  const known = kind === 'none' || kind === 'fieldEquals' || kind === 'actorHasRole';
  const choose = (k: string) => {
    if (k === 'none') props.onChange(undefined);
    if (k === 'fieldEquals')
      props.onChange({ type: 'fieldEquals', params: { field: '', value: true } });
    if (k === 'actorHasRole') {
      props.onChange({
        type: 'actorHasRole',
        params: { role: props.roles[0]?.id ?? '', scope: 'township' },
      });
    }
  };
  return (
    <fieldset className="gc-prop-group">
      <legend>{t('prop.guard')}</legend>
      <select
        className="gc-control"
        aria-label={t('prop.guard')}
        value={kind}
        onChange={(e) => choose(e.target.value)}
      >
        <option value="none">{t('prop.guard.none')}</option>
        <option value="fieldEquals">{t('prop.guard.fieldEquals')}</option>
        <option value="actorHasRole">{t('prop.guard.actorHasRole')}</option>
        {!known && <option value={kind}>{t('prop.guard.other', { type: kind })}</option>}
      </select>
      {guard?.type === 'fieldEquals' && (
        <>
          <CommitField
            label={t('prop.field')}
            value={guard.params.field}
            onCommit={(field) =>
              props.onChange({ type: 'fieldEquals', params: { ...guard.params, field } })
            }
          />
          <CommitField
            label={t('prop.value')}
            value={JSON.stringify(guard.params.value) ?? ''}
            onCommit={(v) =>
              props.onChange({
                type: 'fieldEquals',
                params: { ...guard.params, value: parseValue(v) },
              })
            }
          />
        </>
      )}
      {guard?.type === 'actorHasRole' && (
        <div className="gc-rule">
          <label className="gc-labelled">
            <span className="gc-labelled__text">{t('prop.role')}</span>
            <select
              className="gc-control"
              value={guard.params.role}
              onChange={(e) =>
                props.onChange({
                  type: 'actorHasRole',
                  params: { ...guard.params, role: e.target.value },
                })
              }
            >
              {props.roles.map((r) => (
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
              value={guard.params.scope ?? 'county'}
              onChange={(e) =>
                props.onChange({
                  type: 'actorHasRole',
                  params: { ...guard.params, scope: e.target.value as AreaLevel },
                })
              }
            >
              {AREA_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`prop.scope.${level}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </fieldset>
  );
}
