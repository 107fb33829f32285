export { checkFormForPublish } from './checkFormForPublish';
export { GATE_LIMITS } from './limits';
export { type GateOptions, publishGate } from './publishGate';
export { WIDGET_NAMES } from './widgets';
