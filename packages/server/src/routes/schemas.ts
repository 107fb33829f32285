/**
 * TypeBox schemas shared by several routes: request pieces and the documented response shapes.
 * Objects are closed (`additionalProperties: false`) wherever the server reads them.
 */
import { type TObject, type TProperties, type TSchema, Type } from '@sinclair/typebox';

/**
 * A closed object: unknown fields are refused.
 *
 * @example
 * ```ts
 * const Body = Obj({ purpose: Type.String() });
 * ```
 */
export function Obj<T extends TProperties>(
  properties: T,
  options: { description?: string } = {},
): TObject<T> {
  return Type.Object(properties, { additionalProperties: false, ...options });
}

/**
 * An object the server only writes (responses): documented fields, extra fields tolerated.
 *
 * @example
 * ```ts
 * const UserView = OpenObj({ id: Type.String() });
 * ```
 */
export function OpenObj<T extends TProperties>(
  properties: T,
  options: { description?: string } = {},
): TObject<T> {
  return Type.Object(properties, options);
}

/**
 * `{ items, total }`.
 *
 * @example
 * ```ts
 * const CasePage = Page(CaseSummarySchema); // { items: CaseSummary[], total }
 * ```
 */
export function Page<T extends TSchema>(item: T) {
  return OpenObj({ items: Type.Array(item), total: Type.Integer({ minimum: 0 }) });
}

export const Id = Type.String({
  minLength: 1,
  maxLength: 128,
  pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]*$',
});
export const IdParams = Obj({ id: Id });

export const LocalizedTextSchema = OpenObj({ 'zh-CN': Type.String(), en: Type.String() });

export const IssueSchema = OpenObj({
  path: Type.String(),
  code: Type.String(),
  message: Type.String(),
});

export const ErrorSchema = OpenObj(
  {
    code: Type.String({ description: 'Stable error code from the catalog, e.g. `case.notFound`' }),
    message: Type.String(),
    hint: Type.String(),
    details: Type.Record(Type.String(), Type.Unknown()),
    stack: Type.Optional(Type.String({ description: 'Development mode only' })),
  },
  { description: 'The one error shape' },
);

export const RoleAssignmentSchema = OpenObj({
  role: Type.String(),
  areaId: Type.String(),
  areaLevel: Type.Union([
    Type.Literal('county'),
    Type.Literal('township'),
    Type.Literal('community'),
    Type.Literal('grid'),
  ]),
});

export const UserSchema = OpenObj({
  id: Type.String(),
  countyId: Type.String(),
  name: Type.String(),
  username: Type.String(),
  roles: Type.Array(RoleAssignmentSchema),
  agencies: Type.Array(Type.String()),
});

export const AreaSchema = OpenObj({
  id: Type.String(),
  name: LocalizedTextSchema,
  level: Type.String(),
  parentId: Type.Optional(Type.String()),
});

export const CountySchema = OpenObj({
  id: Type.String(),
  name: LocalizedTextSchema,
  areas: Type.Array(AreaSchema),
  agencies: Type.Array(
    OpenObj({
      id: Type.String(),
      name: LocalizedTextSchema,
      kind: Type.String(),
      areaId: Type.String(),
    }),
  ),
  roles: Type.Record(Type.String(), OpenObj({ title: LocalizedTextSchema })),
  calendar: OpenObj({ holidays: Type.Array(Type.String()), workdays: Type.Array(Type.String()) }),
});

/** Any JSON value (definitions, form data): documented loosely, checked by the engine. */
export const AnyJson = Type.Unknown();
