import type { AreaLevel } from '@gridcase/engine';
import type { LocalizedText } from '@gridcase/forms';
import type { Area } from '@gridcase/server';

/** An area with the areas below it, as a county writes its division down. */
export interface AreaNode {
  id: string;
  name: LocalizedText;
  children?: AreaNode[];
}

const LEVELS: AreaLevel[] = ['county', 'township', 'community', 'grid'];

/**
 * Flattens a county's tree (county > township > community > grid) into the store's list of
 * areas, each pointing at its parent, levels taken from the depth.
 *
 * @example
 * ```ts
 * flattenAreas({ id: 'c', name, children: [{ id: 't', name: town }] });
 * // [{ id: 'c', level: 'county', ... }, { id: 't', level: 'township', parentId: 'c', ... }]
 * ```
 */
export function flattenAreas(root: AreaNode): Area[] {
  const out: Area[] = [];
  const visit = (node: AreaNode, depth: number, parentId?: string) => {
    const level = LEVELS[depth];
    if (!level) throw new Error(`area ${node.id} is nested deeper than a grid`);
    out.push({ id: node.id, name: node.name, level, ...(parentId ? { parentId } : {}) });
    for (const child of node.children ?? []) visit(child, depth + 1, node.id);
  };
  visit(root, 0);
  return out;
}

/**
 * The grids of a community, numbered the way counties name them (第一网格, 第二网格 ...).
 *
 * @example
 * ```ts
 * grids('fy-cg-cd', t('城东社区', 'Chengdong Community'), 2);
 * // [{ id: 'fy-cg-cd-g1', name: { 'zh-CN': '城东社区第一网格', en: 'Chengdong Community Grid 1' } }, ...]
 * ```
 */
export function grids(communityId: string, community: LocalizedText, count: number): AreaNode[] {
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
  return Array.from({ length: count }, (_, i) => ({
    id: `${communityId}-g${i + 1}`,
    name: {
      'zh-CN': `${community['zh-CN']}第${numerals[i]}网格`,
      en: `${community.en} Grid ${i + 1}`,
    },
  }));
}
