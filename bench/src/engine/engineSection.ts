import { fmt, measure, pairedRatio, times } from '../measure';
import type { BenchOptions, BenchSection } from '../section';
import { bpmnVariant } from './bpmnCycle';
import { rawVariant, stepVariant } from './stepVsRaw';

/**
 * Section 1: one command on a stored case, three ways, side by side in one process: `step()` on
 * the dispute template, the raw xstate cycle on the same compiled machine, and bpmn-engine on
 * an equal three-task process. Rounds alternate between the variants.
 *
 * @example
 * ```ts
 * const section = await engineSection({ quick: true });
 * console.log(section.goals.every((g) => g.met));
 * ```
 */
export async function engineSection(options: BenchOptions): Promise<BenchSection> {
  const plan = options.quick
    ? { rounds: 1, ms: 20, warmupMs: 20 }
    : { rounds: 11, ms: 300, warmupMs: 600 };
  const [raw, stepped, bpmn] = await measure([rawVariant, stepVariant, bpmnVariant], plan);
  if (!raw || !stepped || !bpmn) throw new Error('nothing measured');
  const row = (m: typeof raw, ratio?: string) => ({
    variant: m.name,
    cells: {
      'commands/CPU-s': fmt(m.median),
      range: `${fmt(Math.min(...m.rounds))}-${fmt(Math.max(...m.rounds))}`,
      'commands/wall-s': fmt(m.wallMedian),
      'CPU µs/command': (1e6 / m.median).toFixed(1),
    },
    ratio,
  });
  const vsRaw = pairedRatio(stepped, raw);
  const vsBpmn = pairedRatio(stepped, bpmn);
  return {
    title: '1. Engine: step() vs the raw xstate cycle vs bpmn-engine',
    method: `one command on a stored case (parse, restore, send, persist, stringify), a lap of three commands; median of ${plan.rounds} rounds x ${plan.ms} ms per variant, rounds alternating; rates per CPU-second of the process (time without a core does not count) and per wall second; ratios are the median of the per-round CPU ratios`,
    rows: [
      row(raw),
      row(stepped, `${times(vsRaw)} raw xstate, ${times(vsBpmn)} bpmn-engine`),
      row(bpmn),
    ],
    goals: [
      {
        text: 'step() >= 0.5x the raw xstate cycle',
        measured: times(vsRaw),
        met: vsRaw >= 0.5,
        reason:
          vsRaw >= 0.5
            ? undefined
            : 'step() adds permission checks, form validation, deadlines and a history entry per command on top of the xstate cycle',
      },
      {
        text: 'step() >= 100x bpmn-engine',
        measured: times(vsBpmn),
        met: vsBpmn >= 100,
        reason:
          vsBpmn >= 100
            ? undefined
            : "bpmn-engine's cost is its in-process message broker (smqp) on recover and resume",
      },
    ],
  };
}
