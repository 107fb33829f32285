import type { Pool, PoolClient } from 'pg';

/** How far a migration from one source got. */
export interface Checkpoint {
  /** The source's audit head hash when the run started: a changed source starts over. */
  sourceHead: string;
  /** Per county: how many cases (oldest first) are copied. */
  cases: Record<string, number>;
  /** Set once everything is copied and verified. */
  finishedAt?: string;
}

/**
 * The migration's bookkeeping table in the target schema: one checkpoint per source, saved in
 * the same transaction as the batch it records, so a stopped run resumes after its last
 * committed batch.
 *
 * @example
 * ```ts
 * const checkpoints = await openCheckpoints(pool);
 * const saved = await checkpoints.load('lowdb:/var/lib/gridcase');
 * ```
 */
export async function openCheckpoints(pool: Pool) {
  await pool.query(`CREATE TABLE IF NOT EXISTS gc_import_checkpoint (
    source text PRIMARY KEY,
    state json NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`);
  return {
    async load(source: string): Promise<Checkpoint | undefined> {
      const { rows } = await pool.query<{ state: Checkpoint }>(
        'SELECT state FROM gc_import_checkpoint WHERE source = $1',
        [source],
      );
      return rows[0]?.state;
    },
    /** Saves on `client` (inside the caller's transaction) or on the pool. */
    async save(source: string, state: Checkpoint, client?: PoolClient): Promise<void> {
      await (client ?? pool).query(
        `INSERT INTO gc_import_checkpoint (source, state) VALUES ($1, $2::json)
         ON CONFLICT (source) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`,
        [source, JSON.stringify(state)],
      );
    },
  };
}
