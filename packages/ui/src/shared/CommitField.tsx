import { useEffect, useId, useState } from 'react';

/**
 * A text or number field that commits when it loses focus or on Enter, so one edit is one undo
 * step, not one per keystroke. Escape puts the stored value back.
 */
export function CommitField(props: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  type?: 'text' | 'number';
  min?: number;
  error?: string | undefined;
}) {
  const id = useId();
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  const commit = () => {
    if (draft !== props.value) props.onCommit(draft);
  };
  return (
    <div className="gc-labelled">
      <label htmlFor={id} className="gc-labelled__text">
        {props.label}
      </label>
      <input
        id={id}
        className="gc-control"
        type={props.type ?? 'text'}
        min={props.min}
        value={draft}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(props.value);
        }}
      />
      {props.error && (
        <span id={`${id}-error`} className="gc-error-text">
          {props.error}
        </span>
      )}
    </div>
  );
}
