import { localize } from '@gridcase/forms/i18n';
import { useId } from 'react';
import { CommitField } from '../shared/CommitField';
import type { PanelContext } from './designerTypes';
import { GuardEditor } from './GuardEditor';
import {
  deleteTransition,
  nodeAt,
  renameEvent,
  resolvePath,
  targetRef,
  transitionsOf,
  updateTransition,
} from './operations';

/** Name, command name, target, form, reason, condition of one transition. */
export function TransitionProperties(
  props: PanelContext & { from: string[]; event: string; index: number },
) {
  const { t, definition: def, from, event, index, apply } = props;
  const id = useId();
  const tr = transitionsOf(nodeAt(def, from), event)[index];
  if (!tr) return null;
  const meta = tr.meta ?? { title: { 'zh-CN': '', en: '' } };
  const target = typeof tr.target === 'string' ? resolvePath(def, from, tr.target) : undefined;
  const update = (patch: Parameters<typeof updateTransition>[4]) =>
    apply(updateTransition(def, from, event, index, patch));
  const forms = Object.values(def.forms);
  return (
    <section className="gc-props" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="gc-subheading">
        {t('prop.transitionHeading', { name: localize(meta.title, t.locale) || event })}
      </h3>
      {props.problems.length > 0 && (
        <ul className="gc-problems-here" aria-label={t('prop.problems')}>
          {props.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <CommitField
        label={t('prop.titleZh')}
        value={meta.title['zh-CN']}
        onCommit={(v) => update({ meta: { title: { ...meta.title, 'zh-CN': v } } })}
      />
      <CommitField
        label={t('prop.titleEn')}
        value={meta.title.en}
        onCommit={(v) => update({ meta: { title: { ...meta.title, en: v } } })}
      />
      <CommitField
        label={t('prop.event')}
        value={event}
        onCommit={(v) => {
          const name = v.trim();
          const next = renameEvent(def, from, event, name);
          if (next === def) return;
          apply(next);
          props.select({ kind: 'transition', from, event: name, index });
        }}
      />
      <label className="gc-labelled">
        <span className="gc-labelled__text">{t('prop.target')}</span>
        <select
          className="gc-control"
          value={target?.join('/') ?? ''}
          onChange={(e) => {
            const to = props.stages.find((s) => s.path.join('/') === e.target.value)?.path;
            if (to) update({ target: targetRef(def, from, to) });
          }}
        >
          {!target && <option value="">{String(tr.target ?? '')}</option>}
          {props.stages.map((s) => (
            <option key={s.path.join('/')} value={s.path.join('/')}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <label className="gc-labelled">
        <span className="gc-labelled__text">{t('prop.form')}</span>
        <select
          className="gc-control"
          value={meta.form ?? ''}
          onChange={(e) => update({ meta: { form: e.target.value || undefined } })}
        >
          <option value="">{t('prop.noForm')}</option>
          {meta.form && !def.forms[meta.form] && <option value={meta.form}>{meta.form}</option>}
          {forms.map((f) => (
            <option key={f.id} value={f.id}>
              {localize(f.title, t.locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="gc-check">
        <input
          type="checkbox"
          checked={!!meta.requiresReason}
          onChange={(e) => update({ meta: { requiresReason: e.target.checked || undefined } })}
        />
        <span>{t('prop.requiresReason')}</span>
      </label>
      <GuardEditor
        t={t}
        guard={tr.guard}
        roles={props.roles}
        onChange={(guard) => update({ guard })}
      />
      <button
        type="button"
        className="gc-btn gc-btn--danger"
        onClick={() => {
          apply(deleteTransition(def, from, event, index));
          props.select({ kind: 'stage', path: from });
        }}
      >
        {t('prop.deleteTransition')}
      </button>
    </section>
  );
}
