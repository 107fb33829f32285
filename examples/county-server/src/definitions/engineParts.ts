/**
 * The engine's shipped templates and its definition linter, in one place.
 *
 * INTERIM: `@gridcase/engine` does not export `TEMPLATES` / `lintDefinition` from its index yet,
 * so this module reaches into the engine's source. Switch both imports to `@gridcase/engine`
 * once they are exported; nothing else in the example needs to change.
 */

export { hashDefinition } from '../../../../packages/engine/src/definition';
export { lintDefinition } from '../../../../packages/engine/src/lint';
export { disputeMediation, hazardRectification } from '../../../../packages/engine/src/templates';
