import type { JsonSchema } from '../../types';
import { isSchema, schemaType } from '../schema/schemaType';
import type { UploadedFile } from '../types';

/** How a property stores attachments: one or many, as file objects or as bare ids. */
export type AttachmentShape = 'object' | 'id' | 'objects' | 'ids';

/**
 * The attachment shape a schema asks for: an array holds many (objects, or ids when its items
 * are strings), an object holds one file object, a string holds one id.
 *
 * @example
 * ```ts
 * attachmentShape({ type: 'array', items: { type: 'string' } }); // 'ids'
 * ```
 */
export function attachmentShape(schema: JsonSchema): AttachmentShape {
  const type = schemaType(schema);
  if (type === 'array') {
    return isSchema(schema.items) && schemaType(schema.items) === 'string' ? 'ids' : 'objects';
  }
  return type === 'string' ? 'id' : 'object';
}

/** The files a stored value names; bare ids are looked up in `known` (else named by the id). */
export function filesOf(value: unknown, known: ReadonlyMap<string, UploadedFile>): UploadedFile[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.flatMap((item): UploadedFile[] => {
    if (typeof item === 'string') return [known.get(item) ?? { id: item, name: item }];
    if (item && typeof item === 'object' && typeof (item as UploadedFile).id === 'string') {
      return [item as UploadedFile];
    }
    return [];
  });
}

/**
 * The value to store for a list of files in the given shape (`undefined` when empty, so a
 * `required` attachment is reported as missing). Only `id`, `name` and `url` are kept of what
 * the host's upload returned.
 *
 * @example
 * ```ts
 * storedValue([{ id: 'f1', name: 'a.jpg', url: '/f/f1' }], 'ids'); // ['f1']
 * ```
 */
export function storedValue(files: readonly UploadedFile[], shape: AttachmentShape): unknown {
  const objects = files.map(({ id, name, url }) =>
    url === undefined ? { id, name } : { id, name, url },
  );
  switch (shape) {
    case 'objects':
      return objects.length > 0 ? objects : undefined;
    case 'ids':
      return files.length > 0 ? files.map((f) => f.id) : undefined;
    case 'id':
      return files.at(-1)?.id;
    default:
      return objects.at(-1);
  }
}
