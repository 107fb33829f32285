import type { CaseRecord, HistoryEntry } from '@gridcase/engine';
import type {
  AttachmentMeta,
  AuditEntry,
  Comment,
  County,
  DeadlineRow,
  DefinitionVersion,
  IdempotencyRecord,
  MigrationRecord,
  OutboxRow,
  User,
  WebhookSubscription,
} from '../types';

/** Everything a memory store holds. Values are private JSON copies: never handed out. */
export interface MemoryState {
  counties: Map<string, County>;
  users: Map<string, User>;
  /** By `countyKey(countyId, definitionId)`. */
  drafts: Map<string, DefinitionVersion>;
  /** By `countyKey(countyId, definitionId)`; index = version - 1. */
  published: Map<string, DefinitionVersion[]>;
  /** By `countyKey(countyId, caseId)`. */
  cases: Map<string, CaseRecord>;
  history: Map<string, HistoryEntry[]>;
  comments: Map<string, Comment[]>;
  attachments: Map<string, AttachmentMeta[]>;
  /** By `deadlineKey(countyId, caseId, id)`. */
  deadlines: Map<string, DeadlineRow>;
  outbox: Map<string, OutboxRow>;
  webhooks: Map<string, WebhookSubscription>;
  blobs: Map<string, Uint8Array>;
  idempotency: Map<string, IdempotencyRecord>;
  /** By `countyKey(countyId, planId)`. */
  migrations: Map<string, MigrationRecord>;
  audit: AuditEntry[];
}

/**
 * An empty memory state.
 *
 * @example
 * ```ts
 * const state = createMemoryState();
 * ```
 */
export function createMemoryState(): MemoryState {
  return {
    counties: new Map(),
    users: new Map(),
    drafts: new Map(),
    published: new Map(),
    cases: new Map(),
    history: new Map(),
    comments: new Map(),
    attachments: new Map(),
    deadlines: new Map(),
    outbox: new Map(),
    webhooks: new Map(),
    blobs: new Map(),
    idempotency: new Map(),
    migrations: new Map(),
    audit: [],
  };
}
