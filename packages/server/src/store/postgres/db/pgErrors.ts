import { gridcaseError, isGridcaseError } from '@gridcase/engine';
import { DEFAULT_MAX_DEPTH } from '../../storable';

/** SQLSTATE classes and node error codes that mean "the database cannot be reached". */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE']);

/**
 * Whether an error means the database is out of reach (connection refused or lost, server
 * shutting down, too many connections) rather than that a statement failed.
 *
 * @example
 * ```ts
 * isUnreachable(error) ? 'store.unavailable' : 'store.writeFailed';
 * ```
 */
export function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string') {
    const message = error instanceof Error ? error.message : '';
    return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
      message,
    );
  }
  return (
    UNREACHABLE.has(code) || code.startsWith('08') || code.startsWith('57P') || code === '53300'
  );
}

/**
 * Turns what the driver threw into the store's catalog errors, once, at the store's edge:
 * `GridcaseError`s pass through; an unreachable database is `store.unavailable`; any other
 * failure of a write is `store.writeFailed` (its transaction rolled back: nothing changed) and
 * of a read `store.unavailable`. The driver's message goes into `details.reason` for the log.
 *
 * @example
 * ```ts
 * try { await pool.query(sql) } catch (error) { throw storeError(error, 'write') }
 * ```
 */
export function storeError(error: unknown, kind: 'read' | 'write') {
  if (isGridcaseError(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  // jsonb refuses the NUL character (\u0000) in strings: the value, not the database, is at fault
  if ((error as { code?: unknown })?.code === '22P05') {
    return gridcaseError('store.valueRejected', { reason, maxDepth: DEFAULT_MAX_DEPTH });
  }
  if (kind === 'read' || isUnreachable(error))
    return gridcaseError('store.unavailable', { reason });
  return gridcaseError('store.writeFailed', { reason });
}
