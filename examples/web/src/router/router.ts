import { type MouseEvent, useSyncExternalStore } from 'react';

const CHANGE = 'gridcase:navigate';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

/**
 * The current path (`/cases/20261120-AB12`), re-rendering on every navigation.
 *
 * @example
 * ```tsx
 * const path = usePath();
 * if (path === '/dashboard') return <DashboardPage />;
 * ```
 */
export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/**
 * Goes to a path inside the app without reloading.
 *
 * @example
 * ```ts
 * navigate(`/cases/${id}`);
 * ```
 */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(CHANGE));
  window.scrollTo(0, 0);
}

/**
 * An `onClick` for an `<a href>` inside the app: plain clicks navigate in place, modified clicks
 * (new tab, new window) keep the browser's behaviour.
 *
 * @example
 * ```tsx
 * <a href="/worklist" onClick={followLink}>...</a>
 * ```
 */
export function followLink(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? '/');
}

/**
 * Matches a path against a pattern with `:name` segments.
 *
 * @example
 * ```ts
 * matchPath('/cases/:id', '/cases/20261120-AB12'); // { id: '20261120-AB12' }
 * matchPath('/cases/:id', '/worklist'); // undefined
 * ```
 */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const h = have[i] ?? '';
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(h);
    else if (w !== h) return undefined;
  }
  return params;
}
