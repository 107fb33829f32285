/**
 * The designer's edits as pure functions: each takes a definition and returns a new one (the
 * input is never changed), so undo is keeping the old value.
 */
import type {
  StateMeta,
  StateNodeConfig,
  TransitionConfig,
  TransitionMeta,
  WorkflowDefinition,
} from '@gridcase/engine';
import type { LocalizedText } from '@gridcase/forms';

type Def = WorkflowDefinition;

const clone = <T>(v: T): T => structuredClone(v);

/** The state node at `path` (`[]` is the machine). */
export function nodeAt(def: Def, path: readonly string[]): StateNodeConfig | undefined {
  let node: StateNodeConfig | undefined = def.machine;
  for (const key of path) node = node?.states?.[key];
  return node;
}

/** The transitions of one event as a list (xstate allows one or several). */
export function transitionsOf(
  node: StateNodeConfig | undefined,
  event: string,
): TransitionConfig[] {
  const v = node?.on?.[event];
  return v ? (Array.isArray(v) ? v : [v]) : [];
}

function edit(
  def: Def,
  path: readonly string[],
  fn: (node: StateNodeConfig, def: Def) => void,
): Def {
  const next = clone(def);
  const node = nodeAt(next, path);
  if (node) fn(node, next);
  return next;
}

/**
 * A blank definition a county admin starts from in the designer.
 *
 * @example
 * ```tsx
 * <WorkflowDesigner definition={newDefinition('street-dispute', { 'zh-CN': '街道纠纷', en: 'Street disputes' })} />
 * ```
 */
export function newDefinition(id: string, title: LocalizedText, caseType = id): Def {
  return { id, version: 0, caseType, title, roles: {}, forms: {}, machine: { id, states: {} } };
}

/** Adds a top-level stage; the first stage becomes the initial one. Returns its key. */
export function addStage(def: Def, title: LocalizedText): { definition: Def; key: string } {
  const states = def.machine.states ?? {};
  let n = Object.keys(states).length + 1;
  while (states[`stage${n}`]) n++;
  const key = `stage${n}`;
  const definition = edit(def, [], (m) => {
    m.states = { ...m.states, [key]: { meta: { title } } };
    if (!m.initial) m.initial = key;
  });
  return { definition, key };
}

/** Merges `patch` into a stage's `meta`; an `undefined` value removes that field. */
export function updateStageMeta(def: Def, path: readonly string[], patch: Partial<StateMeta>): Def {
  return edit(def, path, (node) => {
    const meta = { ...(node.meta ?? { title: { 'zh-CN': '', en: '' } }), ...patch } as StateMeta;
    for (const k of Object.keys(patch) as (keyof StateMeta)[])
      if (patch[k] === undefined) delete meta[k];
    node.meta = meta;
  });
}

/** Makes a stage final (the case ends there) or ordinary again. */
export function setFinal(def: Def, path: readonly string[], final: boolean): Def {
  return edit(def, path, (node) => {
    if (final) node.type = 'final';
    else delete node.type;
  });
}

/** Makes a stage the one its parent (or the machine) enters first. */
export function setInitial(def: Def, path: readonly string[]): Def {
  return edit(def, path.slice(0, -1), (parent) => {
    parent.initial = path.at(-1);
  });
}

/** The xstate id of the state at `path`. */
export function stateId(def: Def, path: readonly string[]): string {
  return [def.machine.id, ...path].join('.');
}

/** How a transition from `from` names `to`: a sibling key, or `#id` across levels. */
export function targetRef(def: Def, from: readonly string[], to: readonly string[]): string {
  const sameParent = from.slice(0, -1).join('/') === to.slice(0, -1).join('/');
  return sameParent ? (to.at(-1) as string) : `#${stateId(def, to)}`;
}

/** Resolves a transition target (sibling key, `.child`, `#id`) to a stage path. */
export function resolvePath(
  def: Def,
  from: readonly string[],
  target: string,
): string[] | undefined {
  let path: string[];
  if (target.startsWith('#')) {
    const prefix = `${def.machine.id}.`;
    const id = target.slice(1);
    if (!id.startsWith(prefix)) return undefined;
    path = id.slice(prefix.length).split('.');
  } else if (target.startsWith('.')) {
    path = [...from, ...target.slice(1).split('.')];
  } else {
    path = [...from.slice(0, -1), ...target.split('.')];
  }
  return nodeAt(def, path) ? path : undefined;
}

/** Removes a stage and every transition that leads into it; fixes the initial stage. */
export function deleteStage(def: Def, path: readonly string[]): Def {
  if (path.length === 0) return def;
  const gone = path.join('/');
  const next = edit(def, path.slice(0, -1), (parent) => {
    const key = path.at(-1) as string;
    const { [key]: _, ...rest } = parent.states ?? {};
    parent.states = rest;
    if (parent.initial === key) {
      const first = Object.keys(rest)[0];
      if (first) parent.initial = first;
      else delete parent.initial;
    }
  });
  const visit = (node: StateNodeConfig, at: string[]) => {
    for (const [event, v] of Object.entries(node.on ?? {})) {
      const kept = (Array.isArray(v) ? v : [v]).filter((tr) => {
        const targets =
          tr.target === undefined ? [] : Array.isArray(tr.target) ? tr.target : [tr.target];
        return !targets.some((t) => {
          const p = resolvePath(def, at, t)?.join('/');
          return p !== undefined && (p === gone || p.startsWith(`${gone}/`));
        });
      });
      if (!node.on) continue;
      if (kept.length === 0) delete node.on[event];
      else node.on[event] = kept.length === 1 ? (kept[0] as TransitionConfig) : kept;
    }
    if (node.on && Object.keys(node.on).length === 0) delete node.on;
    for (const [k, child] of Object.entries(node.states ?? {})) visit(child, [...at, k]);
  };
  visit(next.machine, []);
  return next;
}

/** Adds a transition `from` -> `to` under a fresh event name. Returns the event name. */
export function addTransition(
  def: Def,
  from: readonly string[],
  to: readonly string[],
  title: LocalizedText,
): { definition: Def; event: string } {
  const base = `TO_${(to.at(-1) ?? 'STAGE').toUpperCase().replace(/[^A-Z0-9_]/g, '_')}`;
  const existing = nodeAt(def, from)?.on ?? {};
  let event = base;
  for (let n = 2; existing[event]; n++) event = `${base}_${n}`;
  const definition = edit(def, from, (node) => {
    node.on = { ...node.on, [event]: { target: targetRef(def, from, to), meta: { title } } };
  });
  return { definition, event };
}

/** Changes one transition: its fields (an `undefined` removes one) and its `meta`. */
export function updateTransition(
  def: Def,
  from: readonly string[],
  event: string,
  index: number,
  patch: {
    target?: string;
    guard?: TransitionConfig['guard'] | undefined;
    meta?: Partial<TransitionMeta>;
  },
): Def {
  return edit(def, from, (node) => {
    const list = transitionsOf(node, event);
    const tr = list[index];
    if (!tr || !node.on) return;
    if ('target' in patch && patch.target !== undefined) tr.target = patch.target;
    if ('guard' in patch) {
      if (patch.guard) tr.guard = patch.guard;
      else delete tr.guard;
    }
    if (patch.meta) {
      const meta = {
        ...(tr.meta ?? { title: { 'zh-CN': '', en: '' } }),
        ...patch.meta,
      } as TransitionMeta;
      for (const k of Object.keys(patch.meta) as (keyof TransitionMeta)[]) {
        if (patch.meta[k] === undefined) delete meta[k];
      }
      tr.meta = meta;
    }
    node.on[event] = list.length === 1 ? tr : list;
  });
}

/** Renames an event (the command name the server receives); refuses a name already used. */
export function renameEvent(def: Def, from: readonly string[], event: string, to: string): Def {
  const node = nodeAt(def, from);
  if (!node?.on?.[event] || node.on[to] || !to) return def;
  return edit(def, from, (n) => {
    n.on = Object.fromEntries(
      Object.entries(n.on ?? {}).map(([k, v]) => [k === event ? to : k, v]),
    );
  });
}

/** Removes one transition of an event (the event goes when it has none left). */
export function deleteTransition(
  def: Def,
  from: readonly string[],
  event: string,
  index: number,
): Def {
  return edit(def, from, (node) => {
    const list = transitionsOf(node, event).filter((_, i) => i !== index);
    if (!node.on) return;
    if (list.length === 0) delete node.on[event];
    else node.on[event] = list.length === 1 ? (list[0] as TransitionConfig) : list;
    if (Object.keys(node.on).length === 0) delete node.on;
  });
}

/** Adds role titles the definition does not have yet (from the county's roles). */
export function ensureRoles(
  def: Def,
  roles: Record<string, { title: LocalizedText }>,
  ids: string[],
): Def {
  const missing = ids.filter((id) => !def.roles[id] && roles[id]);
  if (missing.length === 0) return def;
  const next = clone(def);
  for (const id of missing) next.roles[id] = roles[id] as { title: LocalizedText };
  return next;
}
