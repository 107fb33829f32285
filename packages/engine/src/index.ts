export type * from './types';
export { AREA_LEVELS } from './types';
