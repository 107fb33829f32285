/**
 * Test-only: counts which components React renders, the way React DevTools decides that a
 * component "did render" (its fiber has the PerformedWork flag; subtrees React bailed out of are
 * skipped). It installs a minimal `__REACT_DEVTOOLS_GLOBAL_HOOK__`, so it must be imported before
 * `react-dom` is - put its import first in the test file.
 */

interface Fiber {
  tag: number;
  flags: number;
  type: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

const PERFORMED_WORK = 1;
/** Function, class, forwardRef and simple-memo components; a memo wrapper (14) renders its child. */
const COMPONENT_TAGS = new Set([0, 1, 11, 15]);

function nameOf(fiber: Fiber): string {
  const type = fiber.type as { displayName?: string; name?: string; render?: { name?: string } };
  return type?.displayName || type?.name || type?.render?.name || 'Anonymous';
}

function collect(fiber: Fiber, rendered: string[]) {
  const previous = fiber.alternate;
  if (COMPONENT_TAGS.has(fiber.tag) && (previous === null || fiber.flags & PERFORMED_WORK)) {
    rendered.push(nameOf(fiber));
  }
  // Same child as last commit: React did not visit this subtree.
  if (previous !== null && fiber.child === previous.child) return;
  for (let child = fiber.child; child; child = child.sibling) collect(child, rendered);
}

/** Component names rendered since the last {@link resetRenders}, one entry per render. */
const log: string[] = [];

const hook = {
  supportsFiber: true,
  isDisabled: false,
  renderers: new Map<number, unknown>(),
  inject(renderer: unknown) {
    const id = hook.renderers.size + 1;
    hook.renderers.set(id, renderer);
    return id;
  },
  onCommitFiberRoot(_id: number, root: { current: Fiber }) {
    collect(root.current, log);
  },
  onCommitFiberUnmount() {},
  onPostCommitFiberRoot() {},
  checkDCE() {},
};

const global = globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown };
if (global.__REACT_DEVTOOLS_GLOBAL_HOOK__ === undefined)
  global.__REACT_DEVTOOLS_GLOBAL_HOOK__ = hook;

/** Whether the hook is the one React talks to (false if React loaded first). */
export function renderCounterInstalled(): boolean {
  return global.__REACT_DEVTOOLS_GLOBAL_HOOK__ === hook && hook.renderers.size > 0;
}

/** Forgets the renders counted so far. */
export function resetRenders(): void {
  log.length = 0;
}

/** The component renders counted since the last reset, in commit order. */
export function renders(): string[] {
  return [...log];
}
