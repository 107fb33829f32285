import { localize } from '@gridcase/forms/i18n';
import { useId } from 'react';
import { CommitField } from '../shared/CommitField';
import type { PanelContext } from './designerTypes';
import { OutgoingTransitions } from './OutgoingTransitions';
import {
  deleteStage,
  ensureRoles,
  nodeAt,
  setFinal,
  setInitial,
  updateStageMeta,
} from './operations';
import { RoleRules } from './RoleRules';

const num = (s: string) => (s.trim() === '' ? undefined : Math.max(0, Math.floor(Number(s))));

/** Name, first/final, deadline, who may act, and the stage's transitions. */
export function StageProperties(
  props: PanelContext & {
    path: string[];
    countyRoles: Record<string, { title: { 'zh-CN': string; en: string } }>;
  },
) {
  const { t, definition: def, path, apply } = props;
  const id = useId();
  const node = nodeAt(def, path);
  if (!node) return null;
  const meta = node.meta ?? { title: { 'zh-CN': '', en: '' } };
  const isInitial = nodeAt(def, path.slice(0, -1))?.initial === path.at(-1);
  const deadline = meta.deadline;
  const setDeadline = (within: number | undefined, warnBefore = deadline?.warnBefore) =>
    apply(
      updateStageMeta(def, path, {
        deadline:
          within === undefined
            ? undefined
            : { ...deadline, within, ...(warnBefore ? { warnBefore } : {}) },
      }),
    );
  return (
    <section className="gc-props" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="gc-subheading">
        {t('prop.stageHeading', { name: localize(meta.title, t.locale) || (path.at(-1) ?? '') })}
      </h3>
      <p className="gc-muted">{t('prop.key', { key: path.join('.') })}</p>
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
        onCommit={(v) =>
          apply(updateStageMeta(def, path, { title: { ...meta.title, 'zh-CN': v } }))
        }
      />
      <CommitField
        label={t('prop.titleEn')}
        value={meta.title.en}
        onCommit={(v) => apply(updateStageMeta(def, path, { title: { ...meta.title, en: v } }))}
      />
      <label className="gc-check">
        <input
          type="checkbox"
          checked={isInitial}
          disabled={isInitial}
          onChange={() => apply(setInitial(def, path))}
        />
        <span>{t('prop.initial')}</span>
      </label>
      <label className="gc-check">
        <input
          type="checkbox"
          checked={node.type === 'final'}
          onChange={(e) => apply(setFinal(def, path, e.target.checked))}
        />
        <span>{t('prop.final')}</span>
      </label>
      {node.type !== 'final' && (
        <>
          <CommitField
            label={t('prop.deadline')}
            type="number"
            min={0}
            value={deadline ? String(deadline.within) : ''}
            onCommit={(v) => setDeadline(num(v))}
          />
          {deadline && (
            <CommitField
              label={t('prop.warnBefore')}
              type="number"
              min={0}
              value={deadline.warnBefore ? String(deadline.warnBefore) : ''}
              onCommit={(v) => setDeadline(deadline.within, num(v))}
            />
          )}
          <RoleRules
            t={t}
            idPrefix={id}
            rules={meta.actors ?? []}
            roles={props.roles}
            onChange={(rules) =>
              apply(
                updateStageMeta(
                  ensureRoles(
                    def,
                    props.countyRoles,
                    rules.map((r) => r.role),
                  ),
                  path,
                  { actors: rules.length ? rules : undefined },
                ),
              )
            }
          />
          <OutgoingTransitions {...props} />
        </>
      )}
      <button
        type="button"
        className="gc-btn gc-btn--danger"
        onClick={() => {
          apply(deleteStage(def, path));
          props.select(undefined);
        }}
      >
        {t('prop.deleteStage')}
      </button>
    </section>
  );
}
