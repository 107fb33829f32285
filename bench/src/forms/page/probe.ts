/**
 * The page side of the forms benchmark; every entry imports it first, before React, so that its
 * `__REACT_DEVTOOLS_GLOBAL_HOOK__` is the one react-dom reports commits to. It records:
 * - `entry`: when the first module of the page ran;
 * - `committed` / `painted`: the form's first commit (every input in the DOM) and the next
 *   animation frame plus one task (the frame holding it has been rendered);
 * - per keystroke: JS of the `input` event (a window capture listener to a window bubble
 *   listener, which runs after React's root listener and the microtask checkpoint after it, so it
 *   covers the handler, validation, render and commit), keydown to the next frame, and React
 *   commits and component renders (counted as React DevTools does: fibers with PerformedWork).
 * With `?count=1` the hook walks every committed tree to count renders; without it only commits
 * are counted, so timing loads pay nothing for the counting.
 */

interface Fiber {
  tag: number;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

/** One keystroke as the page saw it (ms; renders and commits during it). */
export interface KeyRecord {
  inputJs: number;
  keyToRaf: number;
  keyToFrame: number;
  renders: number;
  commits: number;
  /** Commits after the input probe finished: > 0 means the probe missed work. */
  lateCommits: number;
}

export interface BenchProbe {
  counting: boolean;
  entry: number;
  committed: number;
  painted: number;
  inputs: number;
  mountRenders: number;
  renders: number;
  commits: number;
  keys: KeyRecord[];
  /** Resolves once the form is painted. */
  ready: Promise<void>;
  /** Resolves with the last keystroke's record once its frame is rendered. */
  lastKey: Promise<KeyRecord> | undefined;
  /** CSS selector of the field the runner types into. */
  keyField: string;
  /** CSS selector that matches once that field shows its maxLength error. */
  keyError: string;
  markCommitted(): void;
}

const PERFORMED_WORK = 1;
const COMPONENT_TAGS = new Set([0, 1, 11, 15]);
const counting = new URLSearchParams(location.search).has('count');

let markReady: () => void = () => {};
const probe: BenchProbe = {
  counting,
  entry: performance.now(),
  committed: 0,
  painted: 0,
  inputs: 0,
  mountRenders: 0,
  renders: 0,
  commits: 0,
  keys: [],
  ready: new Promise<void>((resolve) => {
    markReady = resolve;
  }),
  lastKey: undefined,
  keyField: '',
  keyError: '',
  markCommitted() {
    probe.committed = performance.now();
    probe.inputs = document.querySelectorAll('input, select, textarea').length;
    afterFrame(() => {
      probe.painted = performance.now();
      probe.mountRenders = probe.renders;
      markReady();
    });
  },
};
(window as unknown as { __bench: BenchProbe }).__bench = probe;

/** Runs `then` once the next frame has been rendered: the next rAF, then one task. */
function afterFrame(then: () => void, onRaf?: () => void) {
  requestAnimationFrame(() => {
    onRaf?.();
    const channel = new MessageChannel();
    channel.port1.onmessage = then;
    channel.port2.postMessage(null);
  });
}

function countRenders(fiber: Fiber): number {
  const previous = fiber.alternate;
  const rendered =
    COMPONENT_TAGS.has(fiber.tag) && (previous === null || (fiber.flags & PERFORMED_WORK) !== 0);
  let total = rendered ? 1 : 0;
  // Same child as last commit: React did not visit this subtree.
  if (previous !== null && fiber.child === previous.child) return total;
  for (let child = fiber.child; child; child = child.sibling) total += countRenders(child);
  return total;
}

let lastCommitAt = 0;
const hook = {
  supportsFiber: true,
  isDisabled: false,
  renderers: new Map<number, unknown>(),
  inject(renderer: unknown) {
    hook.renderers.set(hook.renderers.size + 1, renderer);
    return hook.renderers.size;
  },
  onCommitFiberRoot(_id: number, root: { current: Fiber }) {
    probe.commits++;
    lastCommitAt = performance.now();
    if (counting) probe.renders += countRenders(root.current);
  },
  onCommitFiberUnmount() {},
  onPostCommitFiberRoot() {},
  checkDCE() {},
};
(globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = hook;

let current:
  | { keydown: number; inputStart: number; inputEnd: number; renders: number; commits: number }
  | undefined;
window.addEventListener(
  'keydown',
  () => {
    const key = {
      keydown: performance.now(),
      inputStart: 0,
      inputEnd: 0,
      renders: probe.renders,
      commits: probe.commits,
    };
    current = key;
    let raf = 0;
    probe.lastKey = new Promise((resolve) => {
      afterFrame(
        () => {
          const record: KeyRecord = {
            inputJs: key.inputEnd - key.inputStart,
            keyToRaf: raf - key.keydown,
            keyToFrame: performance.now() - key.keydown,
            renders: probe.renders - key.renders,
            commits: probe.commits - key.commits,
            lateCommits: lastCommitAt > key.inputEnd ? 1 : 0,
          };
          probe.keys.push(record);
          resolve(record);
        },
        () => {
          raf = performance.now();
        },
      );
    });
  },
  true,
);
window.addEventListener(
  'input',
  () => {
    if (current) current.inputStart = performance.now();
  },
  true,
);
window.addEventListener('input', () => {
  if (current) current.inputEnd = performance.now();
});
