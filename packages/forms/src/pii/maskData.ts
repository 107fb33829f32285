import type { JsonSchema, PiiKind } from '../types';
import { maskPii } from './maskPii';
import { type PiiField, piiFields } from './piiFields';

const fieldsBySchema = new WeakMap<JsonSchema, PiiField[]>();

function maskValue(kind: PiiKind, value: unknown): unknown {
  if (typeof value === 'string') return maskPii(kind, value);
  if (typeof value === 'number') return maskPii(kind, String(value));
  return value;
}

function copyWith(container: object, key: string, value: unknown): object {
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[Number(key)] = value;
    return copy;
  }
  const copy: Record<string, unknown> = {};
  for (const own of Object.keys(container)) {
    const inner = own === key ? value : (container as Record<string, unknown>)[own];
    Object.defineProperty(copy, own, {
      value: inner,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

function maskAt(data: unknown, segments: readonly string[], kind: PiiKind): unknown {
  if (segments.length === 0) return maskValue(kind, data);
  if (data === null || typeof data !== 'object') return data;
  const [head, ...rest] = segments as [string, ...string[]];
  if (head === '*') {
    if (!Array.isArray(data)) return data;
    let copy: unknown[] | undefined;
    data.forEach((entry, index) => {
      const masked = maskAt(entry, rest, kind);
      if (masked !== entry) {
        copy ??= [...data];
        copy[index] = masked;
      }
    });
    return copy ?? data;
  }
  if (!Object.hasOwn(data, head)) return data;
  const inner = (data as Record<string, unknown>)[head];
  const masked = maskAt(inner, rest, kind);
  return masked === inner ? data : copyWith(data, head, masked);
}

/**
 * Returns a copy of form data with every `x-pii` value masked by {@link maskPii}: what lists,
 * exports and logs show. The input is not changed; values that are not text or numbers are kept.
 *
 * @example
 * ```ts
 * maskData(form.schema, { parties: [{ name: '张三', idNumber: '11010519491231002X' }] });
 * // { parties: [{ name: '张*', idNumber: '**************002X' }] }
 * ```
 */
export function maskData<T>(schema: JsonSchema, data: T): T {
  let fields = fieldsBySchema.get(schema);
  if (!fields) {
    fields = piiFields(schema);
    fieldsBySchema.set(schema, fields);
  }
  let masked: unknown = data;
  for (const { path, kind } of fields)
    masked = maskAt(masked, path === '' ? [] : path.split('.'), kind);
  return masked as T;
}
