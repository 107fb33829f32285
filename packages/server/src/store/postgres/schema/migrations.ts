/**
 * The PostgreSQL schema as numbered migrations. A migration is never edited once released:
 * change the schema by appending the next one. Each runs in its own transaction at `open()`.
 *
 * Layout: every row keeps its document whole (the truth). Cases as `jsonb`: the columns that
 * lists, worklists and key figures filter or sort on are generated from it (so they can never
 * disagree with the document) and indexed, and text search reads inside it. Everything else as
 * `json`, which keeps the text as written: object key order survives (a definition's states,
 * a form's properties, a replayed response byte for byte). Ids and ISO times use the "C" collation so
 * text order is code-unit order, as in the memory and lowdb stores.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const initial = /* sql */ `
CREATE FUNCTION gc_text_array(value jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(item ORDER BY n), '{}')
    FROM jsonb_array_elements_text(
      CASE WHEN jsonb_typeof(value) = 'array' THEN value ELSE '[]'::jsonb END
    ) WITH ORDINALITY AS items(item, n)
  $$;

-- The earliest dueAt among a case's breach deadlines (warnings do not count).
CREATE FUNCTION gc_due_at(deadlines jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT min(d->>'dueAt' COLLATE "C")
    FROM jsonb_array_elements(
      CASE WHEN jsonb_typeof(deadlines) = 'array' THEN deadlines ELSE '[]'::jsonb END
    ) AS d
    WHERE d->>'kind' = 'breach'
  $$;

CREATE TABLE gc_counties (
  id text COLLATE "C" PRIMARY KEY,
  doc json NOT NULL
);

CREATE TABLE gc_users (
  id text COLLATE "C" PRIMARY KEY,
  county_id text COLLATE "C" NOT NULL GENERATED ALWAYS AS (doc->>'countyId') STORED,
  doc json NOT NULL
);
CREATE INDEX gc_users_county ON gc_users (county_id);

-- version 0 is the draft; 1, 2, ... the published versions.
CREATE TABLE gc_definitions (
  county_id text COLLATE "C" NOT NULL,
  definition_id text COLLATE "C" NOT NULL,
  version integer NOT NULL,
  doc json NOT NULL,
  PRIMARY KEY (county_id, definition_id, version)
);

CREATE TABLE gc_cases (
  county_id text COLLATE "C" NOT NULL,
  id text COLLATE "C" NOT NULL,
  doc jsonb NOT NULL,
  version integer NOT NULL GENERATED ALWAYS AS ((doc->>'version')::integer) STORED,
  case_type text COLLATE "C" NOT NULL GENERATED ALWAYS AS (doc->>'caseType') STORED,
  area_path text[] NOT NULL GENERATED ALWAYS AS (gc_text_array(doc->'areaPath')) STORED,
  stages text[] NOT NULL GENERATED ALWAYS AS (gc_text_array(doc->'stages')) STORED,
  status text COLLATE "C" NOT NULL GENERATED ALWAYS AS (doc->>'status') STORED,
  assignee_user_id text COLLATE "C"
    GENERATED ALWAYS AS (doc->'context'->'assignee'->>'userId') STORED,
  assignee_role text COLLATE "C"
    GENERATED ALWAYS AS (doc->'context'->'assignee'->>'role') STORED,
  due_at text COLLATE "C" GENERATED ALWAYS AS (gc_due_at(doc->'deadlines')) STORED,
  created_at text COLLATE "C" NOT NULL GENERATED ALWAYS AS (doc->>'createdAt') STORED,
  updated_at text COLLATE "C" NOT NULL GENERATED ALWAYS AS (doc->>'updatedAt') STORED,
  definition_id text COLLATE "C" NOT NULL GENERATED ALWAYS AS (doc->'definition'->>'id') STORED,
  definition_version integer NOT NULL
    GENERATED ALWAYS AS ((doc->'definition'->>'version')::integer) STORED,
  PRIMARY KEY (county_id, id)
);
CREATE INDEX gc_cases_updated ON gc_cases (county_id, updated_at, id);
CREATE INDEX gc_cases_created ON gc_cases (county_id, created_at, id);
CREATE INDEX gc_cases_due ON gc_cases (county_id, due_at, id) WHERE due_at IS NOT NULL;
CREATE INDEX gc_cases_status ON gc_cases (county_id, status, updated_at);
CREATE INDEX gc_cases_type ON gc_cases (county_id, case_type);
CREATE INDEX gc_cases_assignee_user ON gc_cases (county_id, assignee_user_id)
  WHERE assignee_user_id IS NOT NULL;
CREATE INDEX gc_cases_assignee_role ON gc_cases (county_id, assignee_role)
  WHERE assignee_role IS NOT NULL;
CREATE INDEX gc_cases_definition ON gc_cases (county_id, definition_id, definition_version);
CREATE INDEX gc_cases_area_path ON gc_cases USING gin (area_path);
CREATE INDEX gc_cases_stages ON gc_cases USING gin (stages);

CREATE TABLE gc_history (
  county_id text COLLATE "C" NOT NULL,
  case_id text COLLATE "C" NOT NULL,
  seq integer NOT NULL,
  entry json NOT NULL,
  PRIMARY KEY (county_id, case_id, seq)
);

CREATE TABLE gc_deadlines (
  county_id text COLLATE "C" NOT NULL,
  case_id text COLLATE "C" NOT NULL,
  id text COLLATE "C" NOT NULL,
  due_at text COLLATE "C" NOT NULL,
  fired_at text COLLATE "C",
  -- a scheduler's claim: the row is its until then (FOR UPDATE SKIP LOCKED picks free rows)
  locked_until text COLLATE "C",
  doc json NOT NULL,
  PRIMARY KEY (county_id, case_id, id)
);
CREATE INDEX gc_deadlines_due ON gc_deadlines (due_at) WHERE fired_at IS NULL;

CREATE TABLE gc_outbox (
  id text COLLATE "C" PRIMARY KEY,
  county_id text COLLATE "C" NOT NULL,
  next_attempt_at text COLLATE "C" NOT NULL,
  attempts integer NOT NULL,
  sent_at text COLLATE "C",
  last_error text,
  locked_until text COLLATE "C",
  -- the row as committed; the columns above are its changing state
  doc json NOT NULL
);
CREATE INDEX gc_outbox_due ON gc_outbox (next_attempt_at) WHERE sent_at IS NULL;

CREATE TABLE gc_idempotency (
  key text COLLATE "C" PRIMARY KEY,
  at text COLLATE "C" NOT NULL,
  record json NOT NULL
);
CREATE INDEX gc_idempotency_at ON gc_idempotency (at);

CREATE TABLE gc_comments (
  pos bigserial PRIMARY KEY,
  county_id text COLLATE "C" NOT NULL,
  case_id text COLLATE "C" NOT NULL,
  id text COLLATE "C" NOT NULL,
  doc json NOT NULL
);
CREATE INDEX gc_comments_case ON gc_comments (county_id, case_id, pos);

CREATE TABLE gc_attachments (
  pos bigserial PRIMARY KEY,
  county_id text COLLATE "C" NOT NULL,
  case_id text COLLATE "C" NOT NULL,
  id text COLLATE "C" NOT NULL,
  doc json NOT NULL
);
CREATE INDEX gc_attachments_case ON gc_attachments (county_id, case_id, pos);

CREATE TABLE gc_blobs (
  id text COLLATE "C" PRIMARY KEY,
  bytes bytea NOT NULL
);

CREATE TABLE gc_webhooks (
  county_id text COLLATE "C" NOT NULL,
  id text COLLATE "C" NOT NULL,
  doc json NOT NULL,
  PRIMARY KEY (county_id, id)
);

CREATE TABLE gc_audit (
  seq bigint PRIMARY KEY,
  entry json NOT NULL
);

-- The chain head: one row, locked FOR UPDATE by every writer of audit entries, so seq stays
-- contiguous and hash-linked across every process on the database.
CREATE TABLE gc_audit_head (
  id smallint PRIMARY KEY CHECK (id = 1),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO gc_audit_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));
`;

// Key figures read two facts from each case's history: whether a deadline was breached, and
// whether that happened after the last change of stage.
const historyFacts = /* sql */ `
ALTER TABLE gc_history
  ADD COLUMN action text COLLATE "C" GENERATED ALWAYS AS (entry->>'action') STORED,
  ADD COLUMN moved boolean GENERATED ALWAYS AS ((entry->'from')::text <> (entry->'to')::text) STORED;
CREATE INDEX gc_history_breaches ON gc_history (county_id, case_id, seq)
  WHERE action = 'deadline.breach';
CREATE INDEX gc_history_moves ON gc_history (county_id, case_id, seq) WHERE moved;
`;

// A case's due time is the engine's caseDueAt: the earliest of its open breach deadlines and of
// the stages it is still in whose breach has fired (doc->'breaches'); none once closed. So a
// breached stage stays overdue in lists, filters and key figures until the case leaves it.
const breachedDueAt = /* sql */ `
CREATE FUNCTION gc_case_due_at(doc jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN doc->>'status' = 'done' THEN NULL ELSE (
      SELECT min(due COLLATE "C") FROM (
        SELECT d->>'dueAt' AS due FROM jsonb_array_elements(
          CASE WHEN jsonb_typeof(doc->'deadlines') = 'array' THEN doc->'deadlines' ELSE '[]'::jsonb END
        ) AS d WHERE d->>'kind' = 'breach'
        UNION ALL
        SELECT b->>'dueAt' FROM jsonb_array_elements(
          CASE WHEN jsonb_typeof(doc->'breaches') = 'array' THEN doc->'breaches' ELSE '[]'::jsonb END
        ) AS b
      ) AS dues
    ) END
  $$;
DROP INDEX gc_cases_due;
ALTER TABLE gc_cases DROP COLUMN due_at;
ALTER TABLE gc_cases
  ADD COLUMN due_at text COLLATE "C" GENERATED ALWAYS AS (gc_case_due_at(doc)) STORED;
CREATE INDEX gc_cases_due ON gc_cases (county_id, due_at, id) WHERE due_at IS NOT NULL;
`;

// Progress records of migrations of running cases between definition versions (one per plan).
const caseMigrations = /* sql */ `
CREATE TABLE gc_case_migrations (
  county_id text COLLATE "C" NOT NULL,
  id text COLLATE "C" NOT NULL,
  definition_id text COLLATE "C" NOT NULL,
  started_at text COLLATE "C" NOT NULL,
  doc json NOT NULL,
  PRIMARY KEY (county_id, id)
);
CREATE INDEX gc_case_migrations_definition ON gc_case_migrations (county_id, definition_id);
`;

/** Every migration, in order. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'cases, history, deadlines, outbox, audit chain', sql: initial },
  { version: 2, name: 'history facts for key figures', sql: historyFacts },
  { version: 3, name: 'due time counts breached stages (overdue until left)', sql: breachedDueAt },
  {
    version: 4,
    name: 'migrations of running cases between definition versions',
    sql: caseMigrations,
  },
];
