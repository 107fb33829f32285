import { type Locale, localize } from '@gridcase/forms';
import { asList, type StateEntry, stateEntries } from '../compile';
import type { TransitionConfig, WorkflowDefinition } from '../types';

/** One edge of the diagram. */
interface Edge {
  from: StateEntry;
  to: StateEntry[];
  label: string;
}

function resolve(entries: StateEntry[], source: StateEntry, target: string) {
  const below = (from: StateEntry | undefined, keys: string[]) => {
    let at = from;
    for (const key of keys) at = entries.find((e) => e.parent === at && e.path.at(-1) === key);
    return at;
  };
  if (target.startsWith('#')) return entries.find((e) => e.id === target.slice(1));
  if (target.startsWith('.')) return below(source, target.slice(1).split('.'));
  return below(source.parent, target.split('.'));
}

function edgesOf(entries: StateEntry[], locale: Locale): Edge[] {
  const edges: Edge[] = [];
  const add = (from: StateEntry, label: string, tr: TransitionConfig) => {
    const targets = typeof tr.target === 'string' ? [tr.target] : (tr.target ?? []);
    const to = targets.map((t) => resolve(entries, from, t)).filter((e): e is StateEntry => !!e);
    const title = tr.meta?.title ? localize(tr.meta.title, locale) : label;
    edges.push({ from, to, label: title === label ? label : `${title} (${label})` });
  };
  for (const from of entries) {
    for (const [event, trs] of Object.entries(from.node.on ?? {})) {
      for (const tr of asList(trs)) add(from, event, tr);
    }
    for (const tr of asList(from.node.always)) add(from, 'always', tr);
    for (const tr of asList(from.node.onDone)) add(from, 'onDone', tr);
  }
  return edges;
}

const title = (e: StateEntry, locale: Locale) =>
  e.node.meta?.title ? localize(e.node.meta.title, locale) : (e.path.at(-1) ?? e.id);
const nodeId = (e: StateEntry) => (e.path.length ? e.path.join('_') : 'root');

/**
 * The states and transitions of a definition as indented text: one line per stage (with its
 * kind, deadline and outcome) and one per action.
 *
 * @example
 * ```ts
 * console.log(graphText(disputeMediation, 'zh-CN'));
 * ```
 */
export function graphText(definition: WorkflowDefinition, locale: Locale = 'zh-CN'): string {
  const lines = [`${localize(definition.title, locale)} (${definition.id}@${definition.version})`];
  const entries = stateEntries(definition.machine);
  const edges = edgesOf(entries, locale);
  for (const e of entries) {
    const depth = e.path.length;
    const tags = [
      e.node.type && e.node.type !== 'atomic' ? e.node.type : '',
      e.node.meta?.deadline ? `≤${e.node.meta.deadline.within}d` : '',
      e.node.meta?.outcome ? `→ ${e.node.meta.outcome}` : '',
    ].filter(Boolean);
    const head = depth === 0 ? '(root)' : `${e.path.at(-1)}  ${title(e, locale)}`;
    lines.push(`${'  '.repeat(depth)}${head}${tags.length ? `  [${tags.join(', ')}]` : ''}`);
    for (const edge of edges.filter((x) => x.from === e)) {
      const to = edge.to.map((t) => t.path.join('.') || '(root)').join(', ') || '(stays)';
      lines.push(`${'  '.repeat(depth + 1)}--${edge.label}--> ${to}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The definition as a Mermaid `stateDiagram-v2`: compound stages nest, parallel regions are
 * separated by `--`, final stages lead to `[*]`.
 *
 * @example
 * ```ts
 * const mermaid = graphMermaid(hazardRectification, 'en'); // paste into any Mermaid viewer
 * ```
 */
export function graphMermaid(definition: WorkflowDefinition, locale: Locale = 'zh-CN'): string {
  const entries = stateEntries(definition.machine);
  const lines = ['stateDiagram-v2'];
  const quote = (s: string) => s.replace(/"/g, "'");
  const block = (parent: StateEntry, indent: string) => {
    const children = entries.filter((e) => e.parent === parent);
    if (parent.node.type === 'parallel') {
      children.forEach((child, i) => {
        if (i > 0) lines.push(`${indent}--`);
        declare(child, indent);
      });
      return;
    }
    const initial = children.find((c) => c.path.at(-1) === parent.node.initial);
    if (initial) lines.push(`${indent}[*] --> ${nodeId(initial)}`);
    for (const child of children) declare(child, indent);
  };
  const declare = (e: StateEntry, indent: string) => {
    const hasChildren = entries.some((c) => c.parent === e);
    if (hasChildren) {
      lines.push(`${indent}state "${quote(title(e, locale))}" as ${nodeId(e)} {`);
      block(e, `${indent}  `);
      lines.push(`${indent}}`);
    } else lines.push(`${indent}state "${quote(title(e, locale))}" as ${nodeId(e)}`);
    if (e.node.type === 'final' && e.path.length === 1) lines.push(`${indent}${nodeId(e)} --> [*]`);
  };
  const root = entries[0];
  if (root) block(root, '  ');
  const edges = edgesOf(entries, locale);
  for (const edge of edges) {
    if (edge.from === root) continue; // root-level actions apply everywhere: listed below
    for (const to of edge.to)
      lines.push(`  ${nodeId(edge.from)} --> ${nodeId(to)}: ${quote(edge.label)}`);
  }
  const global = edges.filter((e) => e.from === root);
  if (global.length) {
    const list = global.map((e) => e.label).join(', ');
    lines.push(`  note right of ${nodeId(entries[1] ?? root!)}: ${quote(list)}`);
  }
  return `${lines.join('\n')}\n`;
}
