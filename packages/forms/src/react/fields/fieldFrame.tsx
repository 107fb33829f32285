import type { ReactNode } from 'react';
import type { FieldParts } from './useFieldParts';

interface FrameOptions {
  widget: string;
  required: boolean;
  /**
   * `label`: one control, named by a `<label for>`. `group`: several controls (radios, a list,
   * cascading selects), named by a `<fieldset>`'s `<legend>`.
   */
  kind?: 'label' | 'group';
  /** For groups: an ARIA role for the fieldset (`radiogroup`). */
  role?: string;
  /** Extra content under the label, before the control(s). */
  before?: ReactNode;
}

/**
 * Lays out one field: label (or legend), help, the control(s), the error. A plain function, not a
 * component, so the widget that calls it is the only component that renders when its error
 * changes.
 *
 * @example
 * ```tsx
 * return fieldFrame(parts, <input id={parts.id} {...parts.aria} />, { widget: 'text', required });
 * ```
 */
export function fieldFrame(parts: FieldParts, control: ReactNode, options: FrameOptions) {
  const { widget, required, kind = 'label', role } = options;
  const mark = required ? (
    <span className="gc-required" aria-hidden="true">
      *
    </span>
  ) : null;
  const help = parts.help ? (
    <p className="gc-help" id={parts.helpId}>
      {parts.help}
    </p>
  ) : null;
  const error = parts.error ? (
    <p className="gc-error" id={parts.errorId}>
      {parts.error}
    </p>
  ) : null;
  if (kind === 'group') {
    return (
      <fieldset
        className="gc-field gc-group"
        data-widget={widget}
        data-invalid={parts.error ? true : undefined}
        id={`${parts.id}-group`}
        role={role}
        {...(role ? parts.aria : { 'aria-describedby': parts.aria['aria-describedby'] })}
      >
        <legend className="gc-label">
          {parts.label}
          {mark}
        </legend>
        {help}
        {options.before}
        {control}
        {error}
      </fieldset>
    );
  }
  return (
    <div className="gc-field" data-widget={widget} data-invalid={parts.error ? true : undefined}>
      <label className="gc-label" htmlFor={parts.id}>
        {parts.label}
        {mark}
      </label>
      {help}
      {options.before}
      {control}
      {error}
    </div>
  );
}
