export { interimValidator } from './interimValidator';
