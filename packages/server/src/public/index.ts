export { clientAddress } from './clientAddress';
export { DEFAULT_PUBLIC_OPTIONS } from './publicOptions';
export { publicRoutes } from './publicRoutes';
export { type PublicStatus, publicStatus } from './publicStatus';
