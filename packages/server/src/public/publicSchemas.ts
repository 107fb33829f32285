/** TypeBox schemas of the citizen channel's requests and responses (documented in OpenAPI). */
import { Type } from '@sinclair/typebox';
import { AnyJson, Id, LocalizedTextSchema, Obj, OpenObj } from '../routes/schemas';

export const CountyParams = Obj({ countyId: Id });
export const TrackParams = Obj({
  countyId: Id,
  trackingCode: Type.String({ minLength: 1, maxLength: 32 }),
});

export const IntakeSchema = OpenObj({
  county: OpenObj({ id: Type.String(), name: LocalizedTextSchema }),
  areas: Type.Array(
    OpenObj({
      id: Type.String(),
      name: LocalizedTextSchema,
      level: Type.String(),
      parentId: Type.Optional(Type.String()),
    }),
    { description: 'The county\'s areas, for a "where" picker (names only).' },
  ),
  caseTypes: Type.Array(
    OpenObj({
      caseType: Type.String(),
      definitionId: Type.String(),
      title: LocalizedTextSchema,
      formTitle: Type.Optional(LocalizedTextSchema),
      schema: AnyJson,
      uiSchema: AnyJson,
    }),
  ),
  limits: OpenObj({
    photoBytes: Type.Integer(),
    photoTypes: Type.Array(Type.String()),
    photosPerReport: Type.Integer(),
  }),
});

export const UploadSchema = OpenObj({
  uploadId: Type.String(),
  name: Type.String(),
  size: Type.Integer(),
  contentType: Type.String(),
});

export const ReportBody = Obj({
  caseType: Type.String({ minLength: 1, maxLength: 64 }),
  data: Type.Record(Type.String(), Type.Unknown()),
  uploads: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 20 })),
  area: Type.Optional(Id),
  website: Type.Optional(Type.String({ maxLength: 2000, description: 'Honeypot: leave empty.' })),
});

export const ReceiptSchema = OpenObj({
  trackingCode: Type.String(),
  secret: Type.String({ description: 'Shown once; only its salted hash is stored.' }),
  submittedAt: Type.String(),
});

export const StatusSchema = OpenObj({
  trackingCode: Type.String(),
  caseType: Type.String(),
  title: LocalizedTextSchema,
  stage: OpenObj({ id: Type.String(), title: LocalizedTextSchema }),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  outcome: Type.Optional(OpenObj({ id: Type.String(), title: LocalizedTextSchema })),
  submittedAt: Type.String(),
  updatedAt: Type.String(),
  steps: Type.Array(OpenObj({ at: Type.String(), title: LocalizedTextSchema })),
  canRate: Type.Boolean(),
  rating: Type.Optional(OpenObj({ score: Type.Integer(), at: Type.String() })),
});

export const RatingBody = Obj({
  score: Type.Integer({ minimum: 1, maximum: 5 }),
  comment: Type.Optional(Type.String({ maxLength: 500 })),
});
