import { localize } from '@gridcase/forms/i18n';
import { useState } from 'react';
import { bilingual } from './bilingual';
import type { PanelContext } from './designerTypes';
import { addTransition, nodeAt, resolvePath, transitionsOf } from './operations';

/** A stage's transitions (each selects itself), and adding one by keyboard: target + button. */
export function OutgoingTransitions(props: PanelContext & { path: string[] }) {
  const { t, definition: def, path, apply } = props;
  const [target, setTarget] = useState('');
  const node = nodeAt(def, path);
  const others = props.stages.filter((s) => s.path.join('/') !== path.join('/'));
  const outgoing = Object.keys(node?.on ?? {}).flatMap((event) =>
    transitionsOf(node, event).map((tr, index) => ({ event, index, tr })),
  );
  const targetPath = others.find((s) => s.path.join('/') === target)?.path ?? others[0]?.path;
  const stageTitle = (p: string[] | undefined) =>
    props.stages.find((s) => s.path.join('/') === p?.join('/'))?.title ?? p?.join('.') ?? '?';
  const add = () => {
    if (!targetPath) return;
    const to = nodeAt(def, targetPath)?.meta?.title;
    const title = bilingual('designer.newTransition', (l) => ({
      to: to?.[l] || targetPath.join('.'),
    }));
    apply(addTransition(def, path, targetPath, title).definition);
  };
  return (
    <fieldset className="gc-prop-group">
      <legend>{t('prop.outgoing')}</legend>
      {outgoing.length === 0 && <p className="gc-muted">{t('prop.noOutgoing')}</p>}
      <ul className="gc-outgoing">
        {outgoing.map(({ event, index, tr }) => (
          <li key={`${event}:${index}`}>
            <button
              type="button"
              className="gc-link"
              onClick={() => props.select({ kind: 'transition', from: path, event, index })}
            >
              {tr.meta?.title ? localize(tr.meta.title, t.locale) : event}
            </button>
            {' → '}
            {stageTitle(
              typeof tr.target === 'string' ? resolvePath(def, path, tr.target) : undefined,
            )}
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <div className="gc-add-transition">
          <label className="gc-labelled">
            <span className="gc-labelled__text">{t('prop.target')}</span>
            <select
              className="gc-control"
              value={target}
              onChange={(e) => setTarget(e.target.value)}
            >
              {others.map((s) => (
                <option key={s.path.join('/')} value={s.path.join('/')}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="gc-btn" onClick={add}>
            {t('prop.addTransition')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
