import { useId } from 'react';

/**
 * A field people never see or reach (visually hidden, out of the tab order, hidden from screen
 * readers) that form-filling robots fill: the server refuses a report with it filled.
 */
export function Honeypot(props: { label: string; value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="gc-visually-hidden" aria-hidden="true">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}
