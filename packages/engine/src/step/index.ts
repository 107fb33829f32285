export { availableActions } from './availableActions';
export { createCase } from './createCase';
export { step } from './step';
