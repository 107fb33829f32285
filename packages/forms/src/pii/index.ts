export { maskData } from './maskData';
export { maskPii } from './maskPii';
export { type PiiField, piiFields } from './piiFields';
export { PII_KINDS } from './piiKinds';
