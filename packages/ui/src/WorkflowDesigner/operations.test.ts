import { describe, expect, it } from 'vitest';
import { disputeDefinition } from '../fixtures/definitions';
import {
  addStage,
  addTransition,
  deleteStage,
  deleteTransition,
  newDefinition,
  nodeAt,
  renameEvent,
  resolvePath,
  setFinal,
  setInitial,
  transitionsOf,
  updateStageMeta,
  updateTransition,
} from './operations';
import { concerns, selectionOfPointer, stagePointer } from './selection';

const t = (zh: string) => ({ 'zh-CN': zh, en: zh });

describe('designer operations', () => {
  it('adds stages with fresh keys, the first one initial, without touching the input', () => {
    const blank = newDefinition('street-dispute', t('街道纠纷'));
    const a = addStage(blank, t('登记'));
    const b = addStage(a.definition, t('调解'));
    expect([a.key, b.key]).toEqual(['stage1', 'stage2']);
    expect(b.definition.machine.initial).toBe('stage1');
    expect(blank.machine.states).toEqual({});
  });

  it('draws a transition with a fresh event name, and edits and renames it', () => {
    let def = addStage(newDefinition('d', t('d')), t('a')).definition;
    def = addStage(def, t('b')).definition;
    const first = addTransition(def, ['stage1'], ['stage2'], t('提交'));
    const second = addTransition(first.definition, ['stage1'], ['stage2'], t('再提交'));
    expect([first.event, second.event]).toEqual(['TO_STAGE2', 'TO_STAGE2_2']);
    def = updateTransition(second.definition, ['stage1'], 'TO_STAGE2', 0, {
      guard: { type: 'fieldEquals', params: { field: 'minor', value: true } },
      meta: { requiresReason: true, title: t('移交') },
    });
    def = renameEvent(def, ['stage1'], 'TO_STAGE2', 'HAND_OVER');
    expect(transitionsOf(nodeAt(def, ['stage1']), 'HAND_OVER')).toEqual([
      {
        target: 'stage2',
        guard: { type: 'fieldEquals', params: { field: 'minor', value: true } },
        meta: { title: t('移交'), requiresReason: true },
      },
    ]);
    // a name already taken is refused
    expect(renameEvent(def, ['stage1'], 'HAND_OVER', 'TO_STAGE2_2')).toBe(def);
    def = updateTransition(def, ['stage1'], 'HAND_OVER', 0, {
      guard: undefined,
      meta: { requiresReason: undefined },
    });
    expect(transitionsOf(nodeAt(def, ['stage1']), 'HAND_OVER')[0]).toEqual({
      target: 'stage2',
      meta: { title: t('移交') },
    });
    def = deleteTransition(def, ['stage1'], 'HAND_OVER', 0);
    expect(Object.keys(nodeAt(def, ['stage1'])?.on ?? {})).toEqual(['TO_STAGE2_2']);
  });

  it('targets across levels by #id and resolves every target form back', () => {
    const { definition } = addTransition(
      disputeDefinition,
      ['joint', 'lead', 'working'],
      ['review'],
      t('直接审核'),
    );
    const tr = transitionsOf(nodeAt(definition, ['joint', 'lead', 'working']), 'TO_REVIEW')[0];
    expect(tr?.target).toBe('#dispute.review');
    expect(resolvePath(definition, ['joint', 'lead', 'working'], '#dispute.review')).toEqual([
      'review',
    ]);
    expect(resolvePath(definition, ['joint', 'lead', 'working'], 'done')).toEqual([
      'joint',
      'lead',
      'done',
    ]);
    expect(resolvePath(definition, ['joint'], '.lead')).toEqual(['joint', 'lead']);
    expect(resolvePath(definition, ['review'], 'nowhere')).toBeUndefined();
  });

  it('deletes a stage with the transitions into it, and moves the initial stage on', () => {
    let def = deleteStage(disputeDefinition, ['registered']);
    expect(nodeAt(def, ['registered'])).toBeUndefined();
    expect(def.machine.initial).toBe('joint');
    expect(nodeAt(def, ['joint'])?.on?.return).toBeUndefined(); // led to registered
    expect(nodeAt(def, ['review'])?.on?.reject).toBeUndefined(); // '#dispute.registered'
    expect(nodeAt(def, ['review'])?.on?.close).toBeDefined();
    def = deleteStage(def, ['joint', 'lead']);
    expect(Object.keys(nodeAt(def, ['joint'])?.states ?? {})).toEqual(['assisting']);
  });

  it('sets meta fields, final and initial', () => {
    let def = updateStageMeta(disputeDefinition, ['review'], { deadline: { within: 2 } });
    expect(nodeAt(def, ['review'])?.meta?.deadline).toEqual({ within: 2 });
    def = updateStageMeta(def, ['review'], { deadline: undefined });
    expect(nodeAt(def, ['review'])?.meta).not.toHaveProperty('deadline');
    def = setFinal(def, ['review'], true);
    expect(nodeAt(def, ['review'])?.type).toBe('final');
    def = setInitial(def, ['review']);
    expect(def.machine.initial).toBe('review');
  });
});

describe('finding pointers', () => {
  it('map to the stage or transition they concern', () => {
    expect(selectionOfPointer('/machine/states/a~1b/states/c/meta/title')).toEqual({
      kind: 'stage',
      path: ['a/b', 'c'],
    });
    expect(selectionOfPointer('/machine/states/a/on/GO/1/target')).toEqual({
      kind: 'transition',
      from: ['a'],
      event: 'GO',
      index: 1,
    });
    expect(selectionOfPointer('/machine/states/a/on/GO')).toEqual({
      kind: 'transition',
      from: ['a'],
      event: 'GO',
      index: 0,
    });
    expect(selectionOfPointer('/roles/x')).toBeUndefined();
    expect(selectionOfPointer('/machine')).toBeUndefined();
    expect(stagePointer(['a/b', 'c'])).toBe('/machine/states/a~1b/states/c');
    expect(concerns({ kind: 'stage', path: ['a'] }, '/machine/states/a/meta')).toBe(true);
    expect(concerns({ kind: 'stage', path: ['a'] }, '/machine/states/a/on/GO')).toBe(false);
  });
});
