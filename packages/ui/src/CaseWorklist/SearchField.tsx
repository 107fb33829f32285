import { useEffect, useRef, useState } from 'react';

/**
 * The search box: reports its text a moment after typing stops (one request, not one per key)
 * and never in the middle of a Chinese input-method composition; Enter reports at once.
 */
export function SearchField(props: {
  label: string;
  value: string;
  onSearch: (text: string) => void;
  delayMs?: number;
}) {
  const [text, setText] = useState(props.value);
  const composing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const report = useRef(props.onSearch);
  report.current = props.onSearch;
  useEffect(() => setText(props.value), [props.value]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const schedule = (value: string, delay = props.delayMs ?? 250) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (value !== props.value) report.current(value);
    }, delay);
  };
  return (
    <label className="gc-labelled gc-labelled--grow">
      <span className="gc-labelled__text">{props.label}</span>
      <input
        className="gc-control"
        type="search"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          if (!composing.current) schedule(e.target.value);
        }}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(e) => {
          composing.current = false;
          schedule(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') schedule(e.currentTarget.value, 0);
        }}
      />
    </label>
  );
}
