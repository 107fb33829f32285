import type { CaseRecord } from '@gridcase/engine';
import type { PoolClient } from 'pg';
import type { CaseBundle, PgImporter } from '../store/postgres/import';
import type { CaseStore, County } from '../store/types';
import type { Checkpoint } from './checkpoint';
import type { MigrationProgress } from './migrateStore';

async function readBundle(source: CaseStore, record: CaseRecord): Promise<CaseBundle> {
  const { countyId, id } = record;
  const [history, comments, attachments] = await Promise.all([
    source.getHistory(countyId, id),
    source.listComments(countyId, id),
    source.listAttachments(countyId, id),
  ]);
  const blobs: CaseBundle['blobs'] = [];
  for (const meta of attachments) {
    const bytes = await source.getBlob(meta.id);
    if (bytes) blobs.push({ id: meta.id, bytes });
  }
  return { record, history, comments, attachments, blobs };
}

export interface CopyCasesInput {
  source: CaseStore;
  importer: PgImporter;
  counties: County[];
  /** Updated as batches commit; `save` writes it in the batch's transaction. */
  state: Checkpoint;
  save: (client: PoolClient) => Promise<void>;
  batchSize: number;
  progress: (progress: MigrationProgress) => void;
}

/**
 * Copies every case of every county, oldest first, in batches: each batch (cases, history,
 * comments, attachments, blobs) and its checkpoint commit together, and a resumed run starts
 * after the last committed batch. Returns how many cases this run copied.
 *
 * @example
 * ```ts
 * const copied = await copyCases({ source, importer, counties, state, save, batchSize: 500, progress });
 * ```
 */
export async function copyCases(input: CopyCasesInput): Promise<number> {
  const { source, importer, counties, state, batchSize, progress } = input;
  const totals = await Promise.all(
    counties.map(async ({ id }) => (await source.listCases({ countyId: id, limit: 0 })).total),
  );
  const total = totals.reduce((a, b) => a + b, 0);
  let done = counties.reduce((sum, { id }) => sum + (state.cases[id] ?? 0), 0);
  let copied = 0;
  progress({ phase: 'cases', done, total });
  for (const [i, { id: countyId }] of counties.entries()) {
    for (let offset = state.cases[countyId] ?? 0; offset < totals[i]!; ) {
      const page = await source.listCases({
        countyId,
        sort: 'createdAt',
        order: 'asc',
        offset,
        limit: batchSize,
      });
      if (page.items.length === 0) break;
      const bundles = await Promise.all(page.items.map((record) => readBundle(source, record)));
      offset += bundles.length;
      state.cases[countyId] = offset;
      await importer.cases(bundles, input.save);
      copied += bundles.length;
      done += bundles.length;
      progress({ phase: 'cases', done, total });
    }
  }
  return copied;
}
