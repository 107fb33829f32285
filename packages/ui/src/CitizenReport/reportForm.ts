import type { FormDefinition, JsonSchema, LocalizedText } from '@gridcase/forms';
import type { PublicCaseType, PublicIntake } from '../client/citizenTypes';

/** The fields the citizen page adds to the county's public form; sent apart from the data. */
export const AREA_FIELD = 'gcArea';
export const PHOTOS_FIELD = 'gcPhotos';

const PHOTO: JsonSchema = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'string' }, name: { type: 'string' }, url: { type: 'string' } },
};

/** Texts of the added fields, in the page's language. */
export interface AddedTexts {
  area: string;
  areaHelp: string;
  photos: string;
  photosHelp: string;
}

const same = (text: string): LocalizedText => ({ 'zh-CN': text, en: text });

/**
 * The form the citizen fills: the county's public form for the case type, then where it happened
 * (the area picker over the county's areas, required) and photos (the camera on a phone).
 *
 * @example
 * ```ts
 * const form = reportForm(intake.caseTypes[0], intake.limits, texts);
 * ```
 */
export function reportForm(
  type: PublicCaseType,
  limits: PublicIntake['limits'],
  texts: AddedTexts,
): FormDefinition {
  const properties = (type.schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = Array.isArray(type.schema.required) ? (type.schema.required as string[]) : [];
  const order = type.uiSchema.order ?? Object.keys(properties);
  return {
    id: `public-${type.caseType}`,
    title: type.formTitle ?? type.title,
    schema: {
      ...type.schema,
      required: [...required, AREA_FIELD],
      properties: {
        ...properties,
        [AREA_FIELD]: { type: 'string', minLength: 1, maxLength: 64 },
        [PHOTOS_FIELD]: { type: 'array', maxItems: limits.photosPerReport, items: PHOTO },
      },
    },
    ui: {
      ...type.uiSchema,
      order: [...order, AREA_FIELD, PHOTOS_FIELD],
      fields: {
        ...type.uiSchema.fields,
        [AREA_FIELD]: { widget: 'area', label: same(texts.area), help: same(texts.areaHelp) },
        [PHOTOS_FIELD]: {
          widget: 'photo',
          label: same(texts.photos),
          help: same(texts.photosHelp),
        },
      },
    },
  };
}

/**
 * Splits what the form holds into the report's parts: the public form's data, the area, and the
 * ids of the uploaded photos.
 *
 * @example
 * ```ts
 * splitReport({ summary: '...', gcArea: 'grid-1', gcPhotos: [{ id: 'up_1', name: 'a.jpg' }] });
 * // { data: { summary: '...' }, area: 'grid-1', uploads: ['up_1'] }
 * ```
 */
export function splitReport(values: Record<string, unknown>) {
  const { [AREA_FIELD]: area, [PHOTOS_FIELD]: photos, ...data } = values;
  const uploads = Array.isArray(photos) ? photos.map((p) => String((p as { id: string }).id)) : [];
  return {
    data,
    ...(typeof area === 'string' && area ? { area } : {}),
    ...(uploads.length > 0 ? { uploads } : {}),
  };
}
