/**
 * T-CRASH: `kill -9` the server process at a random moment while clients send 1,000
 * concurrent idempotent commands; restart it on the same lowdb directory and re-send every
 * key. Nothing acknowledged is lost, nothing is applied twice, the store opens every time and
 * every case's history stays contiguous.
 */
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit';
import { createLowdbStore } from '../store';
import { count, figure, fullRun } from './figure';
import {
  type ListeningServer,
  type NoteCommand,
  officers,
  prepareDataDir,
  sendNote,
  serverTokens,
  startServer,
  useDataDirs,
} from './serverProcess';

/** Each run costs ~10 s on a loaded 2-core machine (1,000 commands, a restart, 1,000 re-sent). */
const RUNS = fullRun ? 20 : 2;
const COMMANDS = 1_000;
const CASES = 50;
/** 20 officers send 50 commands each: one user's burst stays inside the request limit. */
const OFFICERS = officers(20);

interface Sent extends NoteCommand {
  /** The 2xx answer's body, when the client got one before the kill. */
  acked?: { version: number; body: unknown };
}

interface HistoryItem {
  seq: number;
  action: string;
  changes?: { note?: [unknown, unknown] };
}

const auth = serverTokens(OFFICERS);

const send = (url: string, command: Sent) => sendNote(url, auth, command);

/** Sends every command at once and kills the server once `killAfter` were acknowledged. */
async function sendAndKill(server: ListeningServer, commands: Sent[], killAfter: number) {
  let acks = 0;
  let killing: Promise<void> | undefined;
  const kill = () => {
    killing ??= server.kill();
  };
  if (killAfter === 0) setImmediate(kill);
  await Promise.all(
    commands.map(async (command) => {
      try {
        const res = await send(server.url, command);
        const body = await res.json();
        if (res.ok) {
          command.acked = { version: (body as { case: { version: number } }).case.version, body };
          acks += 1;
          if (acks >= killAfter) kill();
        } else throw new Error(`unexpected ${res.status} ${JSON.stringify(body)}`);
      } catch (error) {
        if ((error as Error).message.startsWith('unexpected')) throw error;
        // no answer: the kill cut it off, so it may or may not have been applied
      }
    }),
  );
  kill();
  await killing;
  return acks;
}

describe('fault: crash', () => {
  const dirs = useDataDirs();

  it('loses no acknowledged command and applies none twice across kill -9 restarts', {
    timeout: 600_000,
  }, async (ctx) => {
    const dir = await dirs.make();
    const caseIds = await prepareDataDir(dir, CASES, OFFICERS);
    const applied = new Map(caseIds.map((id) => [id, 1])); // the open is seq 1
    let acknowledged = 0;
    let replayed = 0;
    let lost = 0;
    let duplicated = 0;
    let server = await startServer(dir);
    for (let run = 1; run <= RUNS; run += 1) {
      const commands: Sent[] = Array.from({ length: COMMANDS }, (_, i) => ({
        key: `crash-r${run}-k${i}`,
        caseId: caseIds[i % CASES]!,
        userId: OFFICERS[i % OFFICERS.length]!.id,
        note: `r${run}-n${i}`,
      }));
      const killAfter = Math.floor(Math.random() * COMMANDS);
      acknowledged += await sendAndKill(server, commands, killAfter);

      // the store opens again, and every key re-sent answers as the first time
      server = await startServer(dir);
      await Promise.all(
        commands.map(async (command) => {
          const res = await send(server.url, command);
          expect(res.status, `${command.key} after kill at ${killAfter}`).toBe(200);
          const body = await res.json();
          if (!command.acked) return;
          if (res.headers.get('idempotent-replayed') === 'true') replayed += 1;
          else lost += 1; // applied anew: the acknowledged write was gone
          expect(body, command.key).toEqual(command.acked.body);
        }),
      );
      for (const command of commands) applied.set(command.caseId, applied.get(command.caseId)! + 1);

      // each note once, at the version its answer named; seq 1..n with no gap
      const histories = await Promise.all(
        caseIds.map(async (id) => {
          const res = await fetch(`${server.url}/cases/${id}/history`, {
            headers: await auth.headers('police-e1'),
          });
          return [id, (await res.json()) as HistoryItem[]] as const;
        }),
      );
      const notesAt = new Map<string, number[]>();
      for (const [id, history] of histories) {
        expect(
          history.map((h) => h.seq),
          id,
        ).toEqual(Array.from({ length: applied.get(id)! }, (_, i) => i + 1));
        for (const entry of history) {
          const note = entry.changes?.note?.[1];
          if (typeof note === 'string')
            notesAt.set(note, [...(notesAt.get(note) ?? []), entry.seq]);
        }
      }
      for (const command of commands) {
        const seqs = notesAt.get(command.note) ?? [];
        if (seqs.length > 1) duplicated += 1;
        expect(seqs, command.key).toHaveLength(1);
        if (command.acked) expect(seqs[0], command.key).toBe(command.acked.version);
      }
    }
    await server.kill();

    const store = createLowdbStore({ dir, onWarning: () => undefined });
    await store.open();
    try {
      expect((await verifyAuditChain(store)).ok).toBe(true);
    } finally {
      await store.close();
    }
    expect({ lost, duplicated, replayed }).toEqual({
      lost: 0,
      duplicated: 0,
      replayed: acknowledged,
    });
    figure(
      ctx,
      'crash',
      `${count(RUNS)} runs${fullRun ? '' : ' (full run: GRIDCASE_FAULT_FULL=1 → 20)'} × ${count(COMMANDS)} concurrent commands, ${count(acknowledged)} acknowledged, ${count(lost)} lost, ${count(duplicated)} duplicated, store opened ${count(RUNS + 1)}/${count(RUNS + 1)}`,
    );
  });
});
