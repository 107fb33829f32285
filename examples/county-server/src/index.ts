/**
 * The example county server as a library, for tests and for anyone starting their own host
 * from it: start it, seed a store, read the counties.
 */
export { COUNTIES, type CountyModule, type CountySetup, countySetup } from './counties';
export { photoPng } from './seed/photoPng';
export { seedDataDir } from './seed/seedDataDir';
export { type SeedOptions, type SeedReport, seedStore } from './seed/seedStore';
export { type DemoCounty, type DemoUser, demoUsers } from './server/demoUsers';
export { type CountyServerConfig, loadConfig, REPO_ROOT } from './server/loadConfig';
export {
  type CountyServer,
  type StartOptions,
  startCountyServer,
} from './server/startCountyServer';
