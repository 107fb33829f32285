import type { AreaOption } from '../types';

/** Areas indexed for the cascading picker. */
export interface AreaTree {
  /** The areas at the top of the list: no parent, or a parent the list does not hold. */
  roots: AreaOption[];
  children(id: string): AreaOption[];
  /** The ids from a top area down to `id`; `[]` for an id the list does not hold. */
  pathTo(id: string): string[];
}

/**
 * Indexes a flat list of areas (children point at their parent, like the server's `Area`). A
 * list may start below the county: a township lead's areas start at the township.
 *
 * @example
 * ```ts
 * const tree = areaTree(county.areas);
 * tree.pathTo('grid-7'); // ['county', 'township-2', 'community-5', 'grid-7']
 * ```
 */
export function areaTree(options: readonly AreaOption[]): AreaTree {
  const byId = new Map(options.map((area) => [area.id, area]));
  const byParent = new Map<string, AreaOption[]>();
  const roots: AreaOption[] = [];
  for (const area of options) {
    if (area.parentId === undefined || !byId.has(area.parentId)) {
      roots.push(area);
      continue;
    }
    const siblings = byParent.get(area.parentId) ?? [];
    siblings.push(area);
    byParent.set(area.parentId, siblings);
  }
  return {
    roots,
    children: (id) => byParent.get(id) ?? [],
    pathTo(id) {
      const path: string[] = [];
      const seen = new Set<string>();
      for (let area = byId.get(id); area && !seen.has(area.id); ) {
        seen.add(area.id);
        path.unshift(area.id);
        area = area.parentId === undefined ? undefined : byId.get(area.parentId);
      }
      return path;
    },
  };
}
