import type { WorkflowDefinition } from '@gridcase/engine';
import { describe, expect, it } from 'vitest';
import { disputeDefinition } from '../fixtures/definitions';
import { definitionToGraph } from './definitionToGraph';
import { layoutGraph } from './layoutGraph';
import { nodeSize } from './nodeSize';

describe('definitionToGraph', () => {
  const graph = definitionToGraph(disputeDefinition);

  it('lists every state with its parent, kind and whether it is entered first', () => {
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    expect(byId.get('dispute.registered')).toMatchObject({ kind: 'atomic', initial: true });
    expect(byId.get('dispute.joint')).toMatchObject({ kind: 'parallel', initial: false });
    expect(byId.get('dispute.joint.lead')).toMatchObject({
      kind: 'compound',
      parent: 'dispute.joint',
      initial: false, // regions of a parallel state are all entered, none "first"
    });
    expect(byId.get('dispute.joint.lead.working')).toMatchObject({ initial: true });
    expect(byId.get('dispute.resolved')).toMatchObject({ kind: 'final' });
    expect(byId.get('dispute.registered')?.deadlineDays).toBe(3);
    expect(byId.get('dispute.registered')?.roles).toEqual(['communityPolice']);
  });

  it('resolves sibling, child and #id targets as xstate does', () => {
    const pairs = graph.edges.map((e) => `${e.source} -${e.event}-> ${e.target}`);
    expect(pairs).toContain('dispute.registered -triage-> dispute.joint');
    expect(pairs).toContain('dispute.joint.lead.working -finish-> dispute.joint.lead.done');
    expect(pairs).toContain('dispute.joint -onDone-> dispute.review');
    expect(pairs).toContain('dispute.review -reject-> dispute.registered');
  });

  it('keeps targetless transitions as actions of their state, root ones as global', () => {
    expect(graph.globalActions.map((a) => a.event)).toEqual(['remind']);
    const mediation = graph.nodes.find((n) => n.id === 'dispute.joint');
    expect(mediation?.internalActions.map((a) => a.event)).toEqual(['note']);
  });

  it('drops transitions to unknown states instead of drawing them', () => {
    const broken: WorkflowDefinition = {
      ...disputeDefinition,
      machine: {
        id: 'x',
        initial: 'a',
        states: { a: { on: { GO: { target: 'nowhere' } } }, b: {} },
      },
    };
    expect(definitionToGraph(broken).edges).toEqual([]);
  });
});

describe('layoutGraph', () => {
  it('places nested states inside their parents, with no two siblings overlapping', async () => {
    const graph = definitionToGraph(disputeDefinition);
    const nodes = graph.nodes.map((n) => ({
      id: n.id,
      ...(n.parent ? { parent: n.parent } : {}),
      ...nodeSize(n.title?.['zh-CN'] ?? n.id),
    }));
    const layout = await layoutGraph(nodes, graph.edges, 'RIGHT');
    expect(layout.size).toBe(nodes.length);
    const joint = layout.get('dispute.joint')!;
    const lead = layout.get('dispute.joint.lead')!;
    expect(lead.x + lead.width).toBeLessThanOrEqual(joint.width);
    expect(lead.y + lead.height).toBeLessThanOrEqual(joint.height);
    const top = nodes.filter((n) => !n.parent).map((n) => layout.get(n.id)!);
    for (const a of top) {
      for (const b of top) {
        if (a === b) continue;
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
    // left to right: the first stage is left of the last
    expect(layout.get('dispute.registered')!.x).toBeLessThan(layout.get('dispute.resolved')!.x);
  });
});

describe('nodeSize', () => {
  it('grows with the title within bounds', () => {
    expect(nodeSize('审核').width).toBe(120);
    expect(nodeSize('组织调解并制作调解协议书').width).toBeGreaterThan(120);
    expect(nodeSize('很'.repeat(100)).width).toBe(260);
  });
});
