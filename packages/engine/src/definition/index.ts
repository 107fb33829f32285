export { defineWorkflow, type EventsOf } from './defineWorkflow';
export { buildDefinitionSchema } from './definitionSchema';
export { canonicalJson, hashDefinition } from './hashDefinition';
export { schemaFindings } from './schemaFindings';
export {
  type DefinitionFinding,
  type DefinitionValidation,
  validateDefinition,
} from './validateDefinition';
