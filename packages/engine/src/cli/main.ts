import { isLocale } from '@gridcase/forms/i18n';
import { runGraph } from './runGraph';
import { type CommandResult, runLint } from './runLint';

const USAGE = `用法 / usage:
  gridcase-engine lint FILE [--json] [--lang zh-CN|en]
  gridcase-engine graph FILE [--mermaid] [--lang zh-CN|en]

exit: 0 clean, 1 findings, 2 unusable input
`;

/**
 * Runs the engine CLI on arguments (without `node` and the script) and returns what to print.
 *
 * @example
 * ```ts
 * const result = runCli(['lint', 'county.json', '--lang', 'en']);
 * ```
 */
export function runCli(args: string[]): CommandResult {
  const [command, ...rest] = args;
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const langAt = rest.indexOf('--lang');
  const lang = langAt >= 0 ? rest[langAt + 1] : process.env.GRIDCASE_LANG;
  const locale = isLocale(lang) ? lang : 'zh-CN';
  const files = rest.filter((a, i) => !a.startsWith('--') && rest[i - 1] !== '--lang');
  const file = files[0];
  if (!file || files.length > 1 || (command !== 'lint' && command !== 'graph')) {
    return { exitCode: 2, stdout: '', stderr: USAGE };
  }
  if (command === 'lint') return runLint(file, { locale, json: flags.has('--json') });
  return runGraph(file, { locale, mermaid: flags.has('--mermaid') });
}

/** The process entry: prints and sets the exit code. */
export function main(argv: string[] = process.argv.slice(2)): void {
  const result = runCli(argv);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
