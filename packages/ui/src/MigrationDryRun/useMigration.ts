import type { WorkflowDefinition } from '@gridcase/engine';
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  GridcaseClient,
  MigrationDryRunReport,
  MigrationProgress,
  MigrationRequest,
} from '../client/types';
import { useResource } from '../shared/useResource';

/** What `MigrationDryRun` loads and does through a client. */
export interface MigrationState {
  report?: MigrationDryRunReport;
  from?: WorkflowDefinition;
  to?: WorkflowDefinition;
  loading: boolean;
  error?: Error;
  reload(): void;
  progress?: MigrationProgress;
  applying: boolean;
  applyError?: Error;
  apply(): Promise<void>;
}

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

/**
 * Loads a migration's dry run and both definition versions through the client; `apply()`
 * starts the apply and polls its progress every `pollMs` until it is no longer running.
 */
export function useMigration(
  client: GridcaseClient | undefined,
  definitionId: string | undefined,
  request: MigrationRequest | undefined,
  options: { pageSize: number; pollMs: number },
): MigrationState {
  const ready = client && definitionId && request;
  const key = JSON.stringify([definitionId, request, options.pageSize]);
  const remote = useResource(
    ready
      ? async () => {
          const [report, from, to] = await Promise.all([
            client.dryRunMigration(definitionId, request, { limit: options.pageSize }),
            client.getDefinition(definitionId, request.fromVersion),
            client.getDefinition(definitionId, request.toVersion),
          ]);
          return { report, from: from.definition, to: to.definition };
        }
      : undefined,
    key,
  );
  const [progress, setProgress] = useState<MigrationProgress>();
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<Error>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const apply = useCallback(async () => {
    if (!ready) return;
    setApplying(true);
    setApplyError(undefined);
    const poll = (current: MigrationProgress) => {
      setProgress(current);
      if (current.status !== 'running') {
        setApplying(false);
        return;
      }
      timer.current = setTimeout(() => {
        client.getMigration(definitionId, current.id).then(poll, (e: unknown) => {
          setApplyError(asError(e));
          setApplying(false);
        });
      }, options.pollMs);
    };
    try {
      poll(await client.applyMigration(definitionId, request));
    } catch (e) {
      setApplyError(asError(e));
      setApplying(false);
    }
  }, [ready, client, definitionId, request, options.pollMs]);
  return {
    report: remote.data?.report,
    from: remote.data?.from,
    to: remote.data?.to,
    loading: remote.loading,
    error: remote.error,
    reload: remote.reload,
    progress,
    applying,
    applyError,
    apply,
  };
}
