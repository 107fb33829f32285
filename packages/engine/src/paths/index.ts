export { definitionPaths } from './definitionPaths';
export { actorsText, deadlineText, describePath, type PathText } from './describePath';
export { guardText } from './guardText';
export { pathMessages, pathT } from './messages';
export type { DefinitionPath, DefinitionPaths, PathStage, PathStep } from './pathTypes';
