export {
  type CaseMachine,
  type CaseMachineInput,
  type CompiledWorkflow,
  compileDefinition,
  ENTER,
  EXIT,
} from './compileDefinition';
export {
  activeEntries,
  asList,
  effectiveActors,
  escapePointer,
  leafIds,
  type StateEntry,
  stateEntries,
  statePointer,
} from './stateTree';
