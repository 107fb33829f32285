import type { WorkflowDefinition } from '../types';
import { disputeMediation } from './disputeMediation';
import { hazardRectification } from './hazardRectification';

export { disputeMediation, hazardRectification };

/** The shipped templates by id: a county starts from one and publishes its own version. */
export const TEMPLATES: Readonly<Record<string, WorkflowDefinition>> = {
  [disputeMediation.id]: disputeMediation,
  [hazardRectification.id]: hazardRectification,
};
