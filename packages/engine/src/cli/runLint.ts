import type { Locale } from '@gridcase/forms';
import { type LintFinding, lintDefinition } from '../lint';
import { readDefinition } from './readDefinition';

/** What a CLI command produced: the text to print and the exit code. */
export interface CommandResult {
  /** 0 clean / done, 1 findings, 2 unusable input. */
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

export interface RunLintOptions {
  locale?: Locale;
  /** Print the findings as JSON instead of text. */
  json?: boolean;
}

function formatFinding(f: LintFinding, locale: Locale): string {
  const hint = locale === 'zh-CN' ? '修改建议' : 'fix';
  return `${f.severity.padEnd(7)} ${f.pointer || '/'}  ${f.code}\n        ${f.message}\n        ${hint}: ${f.hint}`;
}

/**
 * `gridcase-engine lint FILE`: lints a definition file. Exit 0 when clean, 1 with findings,
 * 2 when the file cannot be read or is not a JSON object. The server's `gridcase` CLI reuses it.
 *
 * @example
 * ```ts
 * const { exitCode, stdout } = runLint('county-dispute.json', { locale: 'en' });
 * process.stdout.write(stdout);
 * process.exitCode = exitCode;
 * ```
 */
export function runLint(file: string, options: RunLintOptions = {}): CommandResult {
  const locale = options.locale ?? 'zh-CN';
  const read = readDefinition(file, locale);
  if (!read.ok) return { exitCode: 2, stdout: '', stderr: `${read.message}\n` };
  const findings = lintDefinition(read.doc, { locale });
  if (options.json) {
    return {
      exitCode: findings.length ? 1 : 0,
      stdout: `${JSON.stringify(findings, null, 2)}\n`,
      stderr: '',
    };
  }
  if (findings.length === 0) {
    const clean = locale === 'zh-CN' ? '检查通过，没有问题。' : 'Clean: no findings.';
    return { exitCode: 0, stdout: `${file}: ${clean}\n`, stderr: '' };
  }
  const summary =
    locale === 'zh-CN' ? `发现 ${findings.length} 个问题。` : `${findings.length} finding(s).`;
  const body = findings.map((f) => formatFinding(f, locale)).join('\n');
  return { exitCode: 1, stdout: `${file}\n${body}\n${summary}\n`, stderr: '' };
}
