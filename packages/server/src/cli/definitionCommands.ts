import { readFile, writeFile } from 'node:fs/promises';
import { hashDefinition, validateDefinition, type WorkflowDefinition } from '@gridcase/engine';
import { publishFindings, publishVersion } from '../definitions/publishVersion';
import { translatorFor } from '../i18n/translate';
import type { Io } from './io';
import { openDataStore } from './openDataStore';

export interface ExportOptions {
  data?: string;
  county: string;
  definition: string;
  version?: string;
  forms?: boolean;
  out?: string;
}

/**
 * `gridcase export`: one definition version (or only its forms) as JSON.
 *
 * @example
 * ```ts
 * await exportCommand({ county: 'demo-county', definition: 'dispute-mediation', out: 'd.json' }, io);
 * ```
 */
export async function exportCommand(options: ExportOptions, io: Io): Promise<number> {
  const t = translatorFor(io.locale);
  const { store } = await openDataStore(options);
  try {
    const ref =
      options.version === 'draft' || options.version === 'latest' || options.version === undefined
        ? (options.version ?? 'latest')
        : Number(options.version);
    const found = await store.getDefinition(
      options.county,
      options.definition,
      ref as number | 'latest' | 'draft',
    );
    if (!found) {
      io.err(
        `${t('cli.failed', { message: `${options.definition}@${String(ref)}`, code: 'definition.notFound' })}\n`,
      );
      return 1;
    }
    const text = `${JSON.stringify(options.forms ? found.definition.forms : found.definition, null, 2)}\n`;
    if (options.out) {
      await writeFile(options.out, text);
      io.err(`${t('cli.exported', { file: options.out })}\n`);
    } else io.out(text);
    return 0;
  } finally {
    await store.close();
  }
}

export interface ImportOptions {
  data?: string;
  county: string;
  /** The file holds only a `forms` map, merged into this definition's draft (or latest). */
  formsInto?: string;
  publish?: boolean;
  as?: string;
}

/**
 * `gridcase import FILE`: a definition (or a forms map) as the county's draft; `--publish`
 * publishes it through the lint.
 *
 * @example
 * ```ts
 * await importCommand('d.json', { county: 'demo-county', publish: true }, io);
 * ```
 */
export async function importCommand(file: string, options: ImportOptions, io: Io): Promise<number> {
  const t = translatorFor(io.locale);
  const raw = JSON.parse(await readFile(file, 'utf8')) as unknown;
  const { app, store } = await openDataStore(options);
  try {
    let candidate: unknown = raw;
    if (options.formsInto) {
      const base =
        (await store.getDefinition(options.county, options.formsInto, 'draft')) ??
        (await store.getDefinition(options.county, options.formsInto, 'latest'));
      if (!base) {
        io.err(`${t('cli.failed', { message: options.formsInto, code: 'definition.notFound' })}\n`);
        return 1;
      }
      candidate = {
        ...base.definition,
        forms: { ...base.definition.forms, ...(raw as Record<string, unknown>) },
      };
    }
    const checked = validateDefinition(candidate, io.locale);
    if (!checked.ok) {
      io.err(`${t('cli.findings', { count: checked.findings.length })}\n`);
      for (const f of checked.findings) io.err(`  ${f.pointer || '/'}  ${f.code}  ${f.message}\n`);
      return 1;
    }
    const definition: WorkflowDefinition = { ...checked.definition, version: 0 };
    const at = new Date().toISOString();
    await store.saveDraft({
      countyId: options.county,
      definitionId: definition.id,
      version: 0,
      status: 'draft',
      definition,
      hash: hashDefinition(definition),
      savedAt: at,
      savedBy: options.as ?? 'cli',
    });
    io.out(`${t('cli.imported', { id: definition.id })}\n`);
    const findings = publishFindings(definition, io.locale);
    if (findings.length) {
      io.err(`${t('cli.findings', { count: findings.length })}\n`);
      for (const f of findings) io.err(`  ${f.pointer || '/'}  ${f.code}  ${f.message}\n`);
    }
    if (!options.publish) return 0;
    if (findings.length) return 1;
    const published = await publishVersion(
      app.gridcase.services,
      options.county,
      definition.id,
      options.as ?? 'cli',
      io.locale,
    );
    io.out(`${t('cli.published', { id: definition.id, version: published.version })}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
