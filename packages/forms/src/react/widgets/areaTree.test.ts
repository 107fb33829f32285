import { describe, expect, it } from 'vitest';
import type { AreaOption } from '../types';
import { areaTree } from './areaTree';

const name = (zh: string) => ({ 'zh-CN': zh, en: zh });
const areas: AreaOption[] = [
  { id: 'c', name: name('和平县'), level: 'county' },
  { id: 't1', name: name('城关镇'), level: 'township', parentId: 'c' },
  { id: 't2', name: name('东湖街道'), level: 'township', parentId: 'c' },
  { id: 'v1', name: name('北街社区'), level: 'community', parentId: 't1' },
  { id: 'g1', name: name('第一网格'), level: 'grid', parentId: 'v1' },
  { id: 'g2', name: name('第二网格'), level: 'grid', parentId: 'v1' },
];

describe('areaTree', () => {
  it('finds the top areas and each area’s children in list order', () => {
    const tree = areaTree(areas);
    expect(tree.roots.map((a) => a.id)).toEqual(['c']);
    expect(tree.children('c').map((a) => a.id)).toEqual(['t1', 't2']);
    expect(tree.children('v1').map((a) => a.id)).toEqual(['g1', 'g2']);
    expect(tree.children('g1')).toEqual([]);
  });

  it('gives the path from the top down to an area', () => {
    const tree = areaTree(areas);
    expect(tree.pathTo('g2')).toEqual(['c', 't1', 'v1', 'g2']);
    expect(tree.pathTo('t2')).toEqual(['c', 't2']);
    expect(tree.pathTo('nowhere')).toEqual([]);
  });

  it('starts at the highest area it holds when the list begins below the county', () => {
    const tree = areaTree(areas.filter((a) => a.level !== 'county'));
    expect(tree.roots.map((a) => a.id)).toEqual(['t1', 't2']);
    expect(tree.pathTo('g1')).toEqual(['t1', 'v1', 'g1']);
  });

  it('does not loop on a cycle in bad data', () => {
    const tree = areaTree([
      { id: 'a', name: name('甲'), level: 'grid', parentId: 'b' },
      { id: 'b', name: name('乙'), level: 'grid', parentId: 'a' },
    ]);
    expect(tree.pathTo('a')).toEqual(['b', 'a']);
  });
});
