import { fileURLToPath } from 'node:url';

const stub = fileURLToPath(new URL('./nodeFsStub.ts', import.meta.url));

/**
 * A Vite plugin: `node:fs` imported by `@gridcase/engine`'s CLI resolves to a stub in the
 * browser. The engine's main entry re-exports its CLI, whose file reader imports `readFileSync`;
 * nothing the components call reaches it, but a browser cannot even load the import. Only the
 * engine's CLI folder is redirected. Remove once the engine keeps its CLI off the main entry.
 */
export function engineCliStub() {
  return {
    name: 'gridcase-engine-cli-stub',
    enforce: 'pre' as const,
    resolveId(source: string, importer: string | undefined) {
      if (source === 'node:fs' && importer?.includes('/packages/engine/src/cli/')) return stub;
      return null;
    },
  };
}
