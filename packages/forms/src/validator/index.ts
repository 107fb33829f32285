export {
  createValidator,
  formValidator,
  type Validator,
  type ValidatorOptions,
  validateForm,
} from './createValidator';
export { schemaHash } from './schemaHash';
