/** See browserStubs.ts. */
export function readFileSync(): never {
  throw new Error('node:fs is not available in the browser');
}
