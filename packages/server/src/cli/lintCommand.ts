import { runLint } from '@gridcase/engine/cli';
import type { Io } from './io';

/**
 * `gridcase lint FILE`: the engine's linter (exit 0 clean, 1 findings, 2 unreadable).
 *
 * @example
 * ```ts
 * process.exitCode = lintCommand('county-dispute.json', { json: false }, io);
 * ```
 */
export function lintCommand(file: string, options: { json?: boolean }, io: Io): number {
  const result = runLint(file, { locale: io.locale, json: options.json });
  io.out(result.stdout);
  io.err(result.stderr);
  return result.exitCode;
}
