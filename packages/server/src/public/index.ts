export { DEFAULT_PUBLIC_OPTIONS } from './publicOptions';
export { publicRoutes } from './publicRoutes';
export type { PublicStatus } from './publicStatus';
