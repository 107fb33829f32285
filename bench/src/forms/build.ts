import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** The three pages, one per variant, each its own bundle. */
export const VARIANTS = ['schemaform', 'rjsf', 'rhf'] as const;
export type VariantName = (typeof VARIANTS)[number];

const PAGE_DIR = join(import.meta.dirname, 'page');

/**
 * Builds the benchmark pages for production with vite (minified, React's production build) into
 * `outDir`, and returns each page's JavaScript size (minified and gzipped bytes).
 *
 * @example
 * ```ts
 * const sizes = await buildPages('/tmp/forms-bench');
 * sizes.rjsf.gzip; // bytes
 * ```
 */
export async function buildPages(
  outDir: string,
  { minify = true }: { minify?: boolean } = {},
): Promise<Record<VariantName, { minified: number; gzip: number }>> {
  await build({
    root: PAGE_DIR,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      minify,
      rollupOptions: {
        input: Object.fromEntries(VARIANTS.map((v) => [v, join(PAGE_DIR, `${v}.html`)])),
      },
    },
  });
  const sizes = {} as Record<VariantName, { minified: number; gzip: number }>;
  for (const variant of VARIANTS) {
    const html = readFileSync(join(outDir, `${variant}.html`), 'utf8');
    // the entry script plus every chunk it preloads
    const scripts = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    let minified = 0;
    let gzip = 0;
    for (const script of new Set(scripts)) {
      const code = readFileSync(join(outDir, script));
      minified += code.length;
      gzip += gzipSync(code, { level: 9 }).length;
    }
    sizes[variant] = { minified, gzip };
  }
  return sizes;
}

/** Every file under `dir` (for tests). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory()
      ? filesUnder(join(dir, name)).map((f) => join(name, f))
      : [name],
  );
}
