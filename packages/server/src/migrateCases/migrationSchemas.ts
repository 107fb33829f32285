import { Type } from '@sinclair/typebox';
import { AnyJson, Obj, OpenObj } from '../routes/schemas';

const Version = Type.Integer({ minimum: 1 });

/** The body of a dry run or an apply: the versions, and the plan (checked by `checkPlan`). */
export const MigrationBody = Obj({
  fromVersion: Version,
  toVersion: Version,
  plan: Type.Unknown({
    description: 'A migration plan (`@gridcase/engine/migration-plan.schema.json`)',
  }),
});

/** A dry run's body: also which page of the cases to list. */
export const DryRunBody = Obj({
  ...MigrationBody.properties,
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
});

const Stages = Type.Array(Type.String());

export const CaseMigrationSchema = OpenObj({
  ok: Type.Boolean(),
  caseId: Type.String(),
  from: OpenObj({ version: Type.Integer(), stages: Stages }),
  to: Type.Optional(OpenObj({ version: Type.Integer(), stages: Stages })),
  deadlines: Type.Optional(Type.Array(AnyJson)),
  breaches: Type.Optional(Type.Array(AnyJson)),
  clocks: Type.Optional(AnyJson),
  fields: Type.Optional(Type.Array(OpenObj({ from: Type.String(), to: Type.String() }))),
  error: Type.Optional(AnyJson),
});

export const DryRunSchema = OpenObj({
  planId: Type.String(),
  definitionId: Type.String(),
  fromVersion: Type.Integer(),
  toVersion: Type.Integer(),
  at: Type.String(),
  summary: OpenObj({
    total: Type.Integer(),
    migratable: Type.Integer(),
    failing: Type.Integer(),
    complete: Type.Boolean(),
    unmapped: Type.Array(OpenObj({ state: Type.String(), cases: Type.Integer() })),
    groups: Type.Array(AnyJson),
    failures: Type.Array(AnyJson),
  }),
  cases: Type.Array(CaseMigrationSchema),
  offset: Type.Integer(),
  limit: Type.Integer(),
});

export const MigrationRecordSchema = OpenObj({
  id: Type.String({ description: 'The plan id' }),
  definitionId: Type.String(),
  fromVersion: Type.Integer(),
  toVersion: Type.Integer(),
  status: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('stopped')]),
  passes: Type.Integer(),
  total: Type.Integer(),
  migrated: Type.Integer(),
  skipped: Type.Integer(),
  failed: Type.Integer(),
  failures: Type.Array(AnyJson),
  startedBy: Type.String(),
  startedAt: Type.String(),
  updatedAt: Type.String(),
  finishedAt: Type.Optional(Type.String()),
  plan: AnyJson,
  error: Type.Optional(AnyJson),
});
