/** What the designer has selected: a stage (by path) or one transition of a stage. */
export type Selection =
  | { kind: 'stage'; path: string[] }
  | { kind: 'transition'; from: string[]; event: string; index: number };

const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const unesc = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** JSON pointer of a stage: `/machine/states/triage/states/sub`. */
export function stagePointer(path: readonly string[]): string {
  return ['/machine', ...path.map((p) => `states/${esc(p)}`)].join('/');
}

/** JSON pointer of a transition list (`/on/EVENT`), or of one entry when the event lists several. */
export function transitionPointer(from: readonly string[], event: string): string {
  return `${stagePointer(from)}/on/${esc(event)}`;
}

/**
 * Which element a finding's JSON pointer concerns: the deepest stage on its path, and the
 * transition when the pointer goes into `on/EVENT`. `undefined` for findings about the whole
 * definition (title, roles, forms, the machine itself).
 *
 * @example
 * ```ts
 * selectionOfPointer('/machine/states/triage/on/ASSIGN/0/target');
 * // { kind: 'transition', from: ['triage'], event: 'ASSIGN', index: 0 }
 * ```
 */
export function selectionOfPointer(pointer: string): Selection | undefined {
  const parts = pointer.split('/').slice(1).map(unesc);
  if (parts[0] !== 'machine') return undefined;
  const path: string[] = [];
  let i = 1;
  while (parts[i] === 'states' && parts[i + 1] !== undefined) {
    path.push(parts[i + 1] as string);
    i += 2;
  }
  if (path.length === 0) return undefined;
  if (parts[i] === 'on' && parts[i + 1] !== undefined) {
    const index = Number(parts[i + 2]);
    return {
      kind: 'transition',
      from: path,
      event: parts[i + 1] as string,
      index: Number.isInteger(index) ? index : 0,
    };
  }
  return { kind: 'stage', path };
}

/** Whether a finding at `pointer` concerns the selection `s` (a stage owns its transitions). */
export function concerns(s: Selection, pointer: string): boolean {
  const at = selectionOfPointer(pointer);
  if (!at) return false;
  if (s.kind === 'stage') {
    return at.kind === 'stage' ? at.path.join('/') === s.path.join('/') : false;
  }
  return (
    at.kind === 'transition' &&
    at.from.join('/') === s.from.join('/') &&
    at.event === s.event &&
    at.index === s.index
  );
}
