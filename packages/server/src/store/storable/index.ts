export { assertStorable, DEFAULT_MAX_DEPTH, toStorable, toStorableJson } from './toStorableJson';
