import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';

/** One tab of the designer's lower panel. */
export interface DesignerTab {
  id: string;
  label: string;
  /** Renders the panel; called only while the tab is shown (or after, when `keep`). */
  render: () => ReactNode;
  /** Keep the panel mounted once shown (its state survives switching tabs). */
  keep?: boolean;
  /** Keys typed in the panel stay there (the designer's Delete and Ctrl+Z do not fire). */
  ownKeys?: boolean;
}

/**
 * Tabs under the designer (checks, paths, test run) with the WAI-ARIA tabs pattern: one tab in
 * the tab order, arrow keys, Home and End move between tabs.
 */
export function DesignerTabs(props: { label: string; tabs: DesignerTab[] }) {
  const id = useId();
  const [current, setCurrent] = useState(props.tabs[0]?.id);
  const [visited, setVisited] = useState(() => new Set(current ? [current] : []));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const show = (tab: string) => {
    setCurrent(tab);
    setVisited((v) => new Set(v).add(tab));
  };
  const onKey = (e: KeyboardEvent) => {
    const ids = props.tabs.map((t) => t.id);
    const at = ids.indexOf(current ?? '');
    const next =
      e.key === 'ArrowRight'
        ? ids[(at + 1) % ids.length]
        : e.key === 'ArrowLeft'
          ? ids[(at - 1 + ids.length) % ids.length]
          : e.key === 'Home'
            ? ids[0]
            : e.key === 'End'
              ? ids.at(-1)
              : undefined;
    if (!next) return;
    e.preventDefault();
    show(next);
    buttons.current.get(next)?.focus();
  };
  return (
    <div className="gc-tabs">
      <div className="gc-tabs__list" role="tablist" aria-label={props.label} onKeyDown={onKey}>
        {props.tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) buttons.current.set(tab.id, el);
            }}
            type="button"
            role="tab"
            id={`${id}-${tab.id}-tab`}
            className="gc-tabs__tab"
            aria-selected={tab.id === current}
            aria-controls={
              tab.id === current || (tab.keep && visited.has(tab.id))
                ? `${id}-${tab.id}`
                : undefined
            }
            tabIndex={tab.id === current ? 0 : -1}
            onClick={() => show(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {props.tabs.map((tab) => {
        const shown = tab.id === current;
        if (!shown && !(tab.keep && visited.has(tab.id))) return null;
        return (
          <div
            key={tab.id}
            role="tabpanel"
            id={`${id}-${tab.id}`}
            aria-labelledby={`${id}-${tab.id}-tab`}
            className="gc-tabs__panel"
            hidden={!shown}
            onKeyDown={tab.ownKeys ? (e) => e.stopPropagation() : undefined}
          >
            {tab.render()}
          </div>
        );
      })}
    </div>
  );
}
