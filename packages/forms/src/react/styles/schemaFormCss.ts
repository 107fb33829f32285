/**
 * The renderer's stylesheet. Every rule sits under `.gc-form` (inside `:where()`, so a host's
 * one-class selector still wins), so nothing reaches the host page. Theme it with the `--gc-*`
 * custom properties on `.gc-form` or any ancestor.
 *
 * | variable | default | what |
 * |---|---|---|
 * | `--gc-fg` / `--gc-muted` | `#1f2328` / `#57606a` | text, help text |
 * | `--gc-bg` / `--gc-surface` | `#fff` / `#f6f8fa` | inputs, list items |
 * | `--gc-border` | `#8c959f` | input borders |
 * | `--gc-accent` / `--gc-accent-fg` | `#0b57d0` / `#fff` | submit button, focus ring |
 * | `--gc-danger` / `--gc-danger-bg` | `#b3261e` / `#fdecea` | errors, the summary |
 * | `--gc-radius` / `--gc-gap` | `6px` / `1rem` | corners, spacing |
 * | `--gc-font-size` | `1rem` | base text size |
 *
 * On narrow or touch screens (up to 40rem wide, or a coarse pointer) every control, button,
 * choice and link is at least 2.75rem (44 px) tall, and file fields span the width.
 *
 * `<SchemaForm>` adds it itself; hosts that pass `unstyled` can start from it.
 *
 * @example
 * ```tsx
 * <style>{schemaFormCss}</style>
 * <SchemaForm form={form} unstyled onSubmit={save} />
 * ```
 */
export const schemaFormCss = `
:where(.gc-form) {
  --gc-fg: #1f2328; --gc-muted: #57606a; --gc-bg: #fff; --gc-surface: #f6f8fa;
  --gc-border: #8c959f; --gc-accent: #0b57d0; --gc-accent-fg: #fff;
  --gc-danger: #b3261e; --gc-danger-bg: #fdecea; --gc-radius: 6px; --gc-gap: 1rem;
  --gc-font-size: 1rem;
  color: var(--gc-fg); font-size: var(--gc-font-size); line-height: 1.5; max-width: 48rem;
}
:where(.gc-form) *, :where(.gc-form) *::before, :where(.gc-form) *::after { box-sizing: border-box; }
:where(.gc-form) :where(.gc-body, .gc-group) { border: 0; margin: 0; padding: 0; min-width: 0; }
:where(.gc-form) .gc-fields { display: grid; gap: var(--gc-gap); }
:where(.gc-form) .gc-field { display: grid; gap: 0.35rem; margin: 0; }
:where(.gc-form) .gc-label { font-weight: 600; padding: 0; }
:where(.gc-form) .gc-sublabel { font-size: 0.875em; color: var(--gc-muted); }
:where(.gc-form) .gc-required { color: var(--gc-danger); margin-inline-start: 0.2em; }
:where(.gc-form) .gc-help { margin: 0; color: var(--gc-muted); font-size: 0.875em; }
:where(.gc-form) .gc-error { margin: 0; color: var(--gc-danger); font-size: 0.875em; font-weight: 600; }
:where(.gc-form) .gc-status:empty { display: none; }
:where(.gc-form) .gc-status { margin: 0; font-size: 0.875em; }
:where(.gc-form) .gc-input {
  font: inherit; color: inherit; background: var(--gc-bg); width: 100%; min-height: 2.5rem;
  padding: 0.4rem 0.6rem; border: 1px solid var(--gc-border); border-radius: var(--gc-radius);
}
:where(.gc-form) textarea.gc-input { resize: vertical; }
:where(.gc-form) [aria-invalid="true"].gc-input { border-color: var(--gc-danger); border-width: 2px; }
:where(.gc-form) :is(.gc-input, .gc-button, .gc-signature-pad, input, a):focus-visible {
  outline: 3px solid var(--gc-accent); outline-offset: 1px;
}
:where(.gc-form) .gc-choices { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; }
:where(.gc-form) .gc-choice { display: inline-flex; align-items: center; gap: 0.4rem; min-height: 2rem; }
:where(.gc-form) .gc-checkbox { width: 1.25rem; height: 1.25rem; justify-self: start; }
:where(.gc-form) .gc-button {
  font: inherit; cursor: pointer; min-height: 2.25rem; padding: 0.3rem 0.9rem;
  color: var(--gc-fg); background: var(--gc-bg); border: 1px solid var(--gc-border);
  border-radius: var(--gc-radius);
}
:where(.gc-form) .gc-button:disabled { cursor: not-allowed; opacity: 0.55; }
:where(.gc-form) .gc-submit { background: var(--gc-accent); color: var(--gc-accent-fg); border-color: var(--gc-accent); font-weight: 600; }
:where(.gc-form) .gc-remove { color: var(--gc-danger); }
:where(.gc-form) .gc-actions { display: flex; gap: 0.75rem; margin-top: var(--gc-gap); }
:where(.gc-form) .gc-items { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
:where(.gc-form) .gc-item > .gc-group {
  background: var(--gc-surface); border: 1px solid var(--gc-border); border-radius: var(--gc-radius);
  padding: 0.75rem; display: grid; gap: 0.75rem;
}
:where(.gc-form) .gc-item > .gc-group > legend { float: left; width: 100%; font-size: 1.05em; }
:where(.gc-form) .gc-item-actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
:where(.gc-form) .gc-add { justify-self: start; }
:where(.gc-form) .gc-files { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
:where(.gc-form) .gc-file-item { display: flex; align-items: center; gap: 0.75rem; }
:where(.gc-form) .gc-thumb { width: 4rem; height: 4rem; object-fit: cover; border-radius: var(--gc-radius); }
:where(.gc-form) .gc-signature { display: grid; gap: 0.5rem; justify-items: start; }
:where(.gc-form) .gc-signature-pad {
  width: 100%; touch-action: none; background: var(--gc-bg); color: var(--gc-fg);
  border: 1px dashed var(--gc-border); border-radius: var(--gc-radius); cursor: crosshair;
}
:where(.gc-form) .gc-field[data-invalid] .gc-signature-pad { border: 2px solid var(--gc-danger); }
:where(.gc-form) .gc-area { display: grid; gap: 0.5rem; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); }
:where(.gc-form) .gc-area-level { display: grid; gap: 0.2rem; }
:where(.gc-form) .gc-summary {
  border: 2px solid var(--gc-danger); background: var(--gc-danger-bg); border-radius: var(--gc-radius);
  padding: 0.75rem 1rem; margin-bottom: var(--gc-gap);
}
:where(.gc-form) .gc-summary-title { margin: 0 0 0.25rem; font-weight: 600; }
:where(.gc-form) .gc-summary ul { margin: 0; padding-inline-start: 1.25rem; }
:where(.gc-form) .gc-summary a { color: var(--gc-danger); }
@media (max-width: 40rem), (pointer: coarse) {
  :where(.gc-form) :is(.gc-input, .gc-button, .gc-file) { min-height: 2.75rem; }
  :where(.gc-form) .gc-file { width: 100%; padding: 0.4rem 0; }
  :where(.gc-form) .gc-choice { min-height: 2.75rem; min-width: 2.75rem; }
  :where(.gc-form) .gc-choice > input { width: 1.25rem; height: 1.25rem; }
  :where(.gc-form) .gc-field[data-widget="checkbox"] > .gc-label { display: flex; align-items: center; min-height: 2.75rem; }
  :where(.gc-form) :is(.gc-files, .gc-summary) a { display: inline-flex; align-items: center; min-height: 2.75rem; }
  :where(.gc-form) .gc-file-item { flex-wrap: wrap; }
  :where(.gc-form) .gc-file-item > :is(a, span) { min-width: 0; overflow-wrap: anywhere; }
  :where(.gc-form) .gc-actions .gc-submit { flex: 1 1 auto; }
}
`;
