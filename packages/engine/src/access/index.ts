export { type ActorCheck, areaAt, checkActor } from './checkActor';
