import { type FormEvent, useId, useState } from 'react';
import type { CaseComment } from '../client/types';
import type { UiT } from '../i18n/useT';
import { formatDate } from '../shared/formatDate';
import type { caseViewMessages } from './messages';

type T = UiT<typeof caseViewMessages>;

/** Comments on the case, oldest first, and a box to add one (when `onAdd` is given). */
export function CommentsPanel(props: {
  t: T;
  comments: CaseComment[];
  onAdd?: ((text: string) => Promise<void>) | undefined;
}) {
  const { t } = props;
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim() || !props.onAdd) return;
    setBusy(true);
    try {
      await props.onAdd(text.trim());
      setText('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="gc-panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="gc-subheading">
        {t('case.comments')}
      </h3>
      {props.comments.length === 0 ? (
        <p className="gc-muted">{t('case.noComments')}</p>
      ) : (
        <ul className="gc-comments">
          {props.comments.map((c) => (
            <li key={c.id}>
              <div className="gc-muted">
                <strong className="gc-comments__who">{c.userName ?? c.userId}</strong>{' '}
                <time dateTime={c.at}>{formatDate(c.at, t.locale)}</time>
              </div>
              <p className="gc-comments__text">{c.text}</p>
            </li>
          ))}
        </ul>
      )}
      {props.onAdd && (
        <form className="gc-comment-form" onSubmit={submit}>
          <label htmlFor={id} className="gc-labelled__text">
            {t('case.newComment')}
          </label>
          <textarea
            id={id}
            className="gc-control"
            rows={2}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="gc-btn" disabled={busy || !text.trim()}>
            {t('case.postComment')}
          </button>
        </form>
      )}
    </section>
  );
}
