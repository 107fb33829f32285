import { type FormEvent, useId, useState } from 'react';
import type { UiT } from '../i18n/useT';
import type { caseStatusMessages } from './messages';

type T = UiT<typeof caseStatusMessages>;

/** Tracking code and secret, and "look up". Both are trimmed; the code in any letter case. */
export function TrackForm(props: {
  t: T;
  code: string;
  secret: string;
  busy: boolean;
  onLookUp: (code: string, secret: string) => void;
}) {
  const { t } = props;
  const id = useId();
  const [code, setCode] = useState(props.code);
  const [secret, setSecret] = useState(props.secret);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim() || !secret.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    props.onLookUp(code.trim(), secret.trim());
  };
  const field = (name: 'code' | 'secret', value: string, set: (v: string) => void) => (
    <div className="gc-labelled gc-labelled--block">
      <label htmlFor={`${id}-${name}`} className="gc-labelled__text">
        {t(`status.${name}`)}
      </label>
      <input
        id={`${id}-${name}`}
        className="gc-control gc-control--code"
        value={value}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={32}
        aria-invalid={(missing && !value.trim()) || undefined}
        aria-describedby={missing ? `${id}-missing` : undefined}
        onChange={(e) => set(e.target.value)}
      />
    </div>
  );
  return (
    <form className="gc-track-form" noValidate onSubmit={submit}>
      <p className="gc-muted">{t('status.lead')}</p>
      {field('code', code, setCode)}
      {field('secret', secret, setSecret)}
      {missing && (
        <p id={`${id}-missing`} className="gc-error-text" role="alert">
          {t('status.required')}
        </p>
      )}
      <button type="submit" className="gc-btn gc-btn--primary gc-btn--wide" disabled={props.busy}>
        {props.busy ? t('status.lookingUp') : t('status.lookUp')}
      </button>
    </form>
  );
}
