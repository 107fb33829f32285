import { type FormEvent, useId, useState } from 'react';
import type { PublicRating } from '../client/citizenTypes';
import type { UiT } from '../i18n/useT';
import { type caseStatusMessages, scoreKey } from './messages';

type T = UiT<typeof caseStatusMessages>;
const SCORES = [5, 4, 3, 2, 1] as const;

/** One rating of a closed case: a score from 1 to 5 (large choices) and an optional comment. */
export function RatingForm(props: { t: T; busy: boolean; onRate: (rating: PublicRating) => void }) {
  const { t } = props;
  const id = useId();
  const [score, setScore] = useState<number>();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!score) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const text = comment.trim();
    props.onRate({ score, ...(text ? { comment: text } : {}) });
  };
  return (
    <form className="gc-rating" noValidate onSubmit={submit}>
      <fieldset className="gc-choice-list" aria-describedby={missing ? `${id}-missing` : undefined}>
        <legend className="gc-subheading">{t('status.rate')}</legend>
        {SCORES.map((n) => (
          <label key={n} className="gc-choice-card">
            <input
              type="radio"
              name={`${id}-score`}
              value={n}
              checked={score === n}
              onChange={() => setScore(n)}
            />
            <span>{t(scoreKey(n))}</span>
          </label>
        ))}
      </fieldset>
      {missing && (
        <p id={`${id}-missing`} className="gc-error-text" role="alert">
          {t('status.chooseScore')}
        </p>
      )}
      <div className="gc-labelled gc-labelled--block">
        <label htmlFor={`${id}-comment`} className="gc-labelled__text">
          {t('status.comment')}
        </label>
        <textarea
          id={`${id}-comment`}
          className="gc-control"
          rows={3}
          maxLength={500}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <button type="submit" className="gc-btn gc-btn--primary gc-btn--wide" disabled={props.busy}>
        {t('status.sendRating')}
      </button>
    </form>
  );
}
