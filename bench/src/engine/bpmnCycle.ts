import { Engine } from 'bpmn-engine';
import type { Variant } from '../measure';

/** start → three user tasks → end: the peer's equal of the dispute lap's three commands. */
const THREE_TASKS = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="bench" targetNamespace="http://gridcase.test/bench">
  <process id="dispute" isExecutable="true">
    <startEvent id="start" />
    <sequenceFlow id="f0" sourceRef="start" targetRef="reachAgreement" />
    <userTask id="reachAgreement" />
    <sequenceFlow id="f1" sourceRef="reachAgreement" targetRef="scheduleFollowUp" />
    <userTask id="scheduleFollowUp" />
    <sequenceFlow id="f2" sourceRef="scheduleFollowUp" targetRef="recordVisit" />
    <userTask id="recordVisit" />
    <sequenceFlow id="f3" sourceRef="recordVisit" targetRef="end" />
    <endEvent id="end" />
  </process>
</definitions>`;

const TASKS = ['reachAgreement', 'scheduleFollowUp', 'recordVisit'];

/** Runs the process to its first user task and returns the saved state, as JSON. */
async function startedState(): Promise<string> {
  const engine = new Engine({ name: 'bench', source: THREE_TASKS });
  const execution = await engine.execute();
  if (execution.getPostponed()[0]?.id !== TASKS[0])
    throw new Error('not waiting at the first task');
  const state = JSON.stringify(await engine.getState());
  await engine.stop();
  return state;
}

/**
 * bpmn-engine's per-command cycle, the same work as one `step()`: parse the saved state,
 * recover an engine, resume, signal the waiting user task, save the state, stringify. After the
 * third task the process ends and the lap starts again from the first task's saved state.
 */
export const bpmnVariant: Variant = {
  name: 'bpmn-engine cycle (recover, resume, signal, save)',
  async setup() {
    const first = await startedState();
    let stored = first;
    let i = 0;
    return async () => {
      const task = TASKS[i++ % TASKS.length] as string;
      const engine = new Engine({ name: 'bench' }).recover(JSON.parse(stored));
      const execution = await engine.resume();
      execution.signal({ id: task });
      const saved = JSON.stringify(await engine.getState());
      stored = task === 'recordVisit' ? first : saved;
      // an ended process has nothing to stop (and its stop() never resolves)
      if (engine.state === 'running') await engine.stop();
    };
  },
};
