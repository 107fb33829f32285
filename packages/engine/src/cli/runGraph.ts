import type { Locale } from '@gridcase/forms';
import { validateDefinition } from '../definition';
import { graphMermaid, graphText } from './graphText';
import { readDefinition } from './readDefinition';
import type { CommandResult } from './runLint';

export interface RunGraphOptions {
  locale?: Locale;
  mermaid?: boolean;
}

/**
 * `gridcase-engine graph FILE [--mermaid]`: prints the stages and transitions as text or as a
 * Mermaid state diagram. Exit 0, or 2 when the file is unusable or does not fit the format.
 *
 * @example
 * ```ts
 * const { stdout } = runGraph('county-hazard.json', { mermaid: true });
 * ```
 */
export function runGraph(file: string, options: RunGraphOptions = {}): CommandResult {
  const locale = options.locale ?? 'zh-CN';
  const read = readDefinition(file, locale);
  if (!read.ok) return { exitCode: 2, stdout: '', stderr: `${read.message}\n` };
  const valid = validateDefinition(read.doc, locale);
  if (!valid.ok) {
    const lines = valid.findings.map((f) => `${f.pointer || '/'}  ${f.code}  ${f.message}`);
    return { exitCode: 2, stdout: '', stderr: `${file}\n${lines.join('\n')}\n` };
  }
  const render = options.mermaid ? graphMermaid : graphText;
  return { exitCode: 0, stdout: render(valid.definition, locale), stderr: '' };
}
