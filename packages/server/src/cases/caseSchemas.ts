/** Documented shapes of the case endpoints (responses are server-written: extra fields allowed). */
import { Type } from '@sinclair/typebox';
import { AnyJson, LocalizedTextSchema, OpenObj } from '../routes/schemas';

export const StageInfoSchema = OpenObj({ id: Type.String(), title: LocalizedTextSchema });

export const AssigneeSchema = OpenObj({
  role: Type.String(),
  areaId: Type.String(),
  userId: Type.Optional(Type.String()),
});

export const DeadlineSchema = OpenObj({
  id: Type.String(),
  stateId: Type.String(),
  kind: Type.Union([Type.Literal('warn'), Type.Literal('breach')]),
  dueAt: Type.String({ format: 'date-time' }),
  level: Type.Integer(),
});

export const CaseSummarySchema = OpenObj({
  id: Type.String(),
  caseType: Type.String(),
  title: Type.Optional(Type.String({ description: 'Short description, personal data masked' })),
  definition: OpenObj({ id: Type.String(), version: Type.Integer(), title: LocalizedTextSchema }),
  areaPath: Type.Array(Type.String()),
  areaName: Type.Optional(LocalizedTextSchema),
  stages: Type.Array(StageInfoSchema),
  assignee: Type.Optional(AssigneeSchema),
  status: Type.Union([Type.Literal('active'), Type.Literal('done')]),
  outcome: Type.Optional(Type.String()),
  supervision: Type.Integer(),
  dueAt: Type.Optional(Type.String({ format: 'date-time' })),
  warnAt: Type.Optional(Type.String({ format: 'date-time' })),
  overdue: Type.Boolean(),
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  closedAt: Type.Optional(Type.String({ format: 'date-time' })),
});

export const AvailableActionSchema = OpenObj({
  type: Type.String(),
  title: LocalizedTextSchema,
  form: Type.Optional(
    OpenObj({
      id: Type.String(),
      title: LocalizedTextSchema,
      schema: AnyJson,
      ui: Type.Optional(AnyJson),
    }),
  ),
  verb: Type.Optional(Type.String()),
  requiresReason: Type.Optional(Type.Boolean()),
});

export const CaseRecordSchema = OpenObj({
  id: Type.String(),
  countyId: Type.String(),
  caseType: Type.String(),
  title: Type.Optional(Type.String()),
  definition: OpenObj({ id: Type.String(), version: Type.Integer(), hash: Type.String() }),
  areaPath: Type.Array(Type.String()),
  state: AnyJson,
  stages: Type.Array(Type.String()),
  context: OpenObj({
    data: Type.Record(Type.String(), AnyJson, { description: 'Case data, personal data masked' }),
    assignee: Type.Optional(AssigneeSchema),
    coHandlers: Type.Array(OpenObj({ agency: Type.String(), lead: Type.Boolean() })),
    outcome: Type.Optional(Type.String()),
    supervision: Type.Integer(),
    reopenCount: Type.Integer(),
  }),
  status: Type.Union([Type.Literal('active'), Type.Literal('done')]),
  deadlines: Type.Array(DeadlineSchema),
  breaches: Type.Optional(
    Type.Array(OpenObj({ stateId: Type.String(), dueAt: Type.String() }), {
      description: 'Stages still in whose breach deadline has fired: overdue until left',
    }),
  ),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  closedAt: Type.Optional(Type.String()),
});

export const CaseViewSchema = OpenObj({
  case: CaseRecordSchema,
  definition: OpenObj({
    id: Type.String(),
    version: Type.Integer(),
    hash: Type.String(),
    title: LocalizedTextSchema,
  }),
  stages: Type.Array(StageInfoSchema),
  actions: Type.Array(AvailableActionSchema),
  deadlines: Type.Array(DeadlineSchema),
  agencies: Type.Record(Type.String(), LocalizedTextSchema),
  areas: Type.Record(Type.String(), LocalizedTextSchema),
  roles: Type.Record(Type.String(), LocalizedTextSchema, {
    description: 'Role titles (the county’s, else the definition’s)',
  }),
  people: Type.Record(Type.String(), Type.String(), {
    description: 'Display names of the people the case names (its assignee), by user id',
  }),
});

export const HistoryEntrySchema = OpenObj({
  caseId: Type.String(),
  seq: Type.Integer(),
  at: Type.String(),
  actor: OpenObj({
    userId: Type.String(),
    name: Type.Optional(Type.String()),
    system: Type.Optional(Type.Boolean()),
  }),
  action: Type.String(),
  title: Type.Optional(LocalizedTextSchema),
  from: Type.Array(Type.String()),
  to: Type.Array(Type.String()),
  changes: Type.Optional(Type.Record(Type.String(), Type.Array(AnyJson))),
  reason: Type.Optional(Type.String()),
});

export const CommentSchema = OpenObj({
  id: Type.String(),
  caseId: Type.String(),
  at: Type.String(),
  userId: Type.String(),
  userName: Type.Optional(Type.String()),
  text: Type.String(),
});

export const AttachmentSchema = OpenObj({
  id: Type.String(),
  caseId: Type.String(),
  name: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  at: Type.String(),
  userId: Type.String(),
});
