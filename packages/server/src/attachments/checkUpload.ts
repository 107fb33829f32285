import { gridcaseError } from '@gridcase/engine';

/** Leading bytes of the types whose content is easy to recognise. */
const SIGNATURES: Record<string, (b: Uint8Array) => boolean> = {
  'image/png': (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'application/pdf': (b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46,
  'image/webp': (b) =>
    String.fromCharCode(...b.slice(0, 4)) === 'RIFF' &&
    String.fromCharCode(...b.slice(8, 12)) === 'WEBP',
};

/**
 * Checks an attachment's name: kept only as a display label (the bytes are stored under a
 * server-made id, so no name ever reaches a file path), but still refused when it holds path
 * separators, control characters, or `.`/`..`, or exceeds 200 characters.
 *
 * @example
 * ```ts
 * safeName('现场照片.jpg'); // '现场照片.jpg'
 * safeName('../../etc/passwd'); // throws attachment.nameInvalid
 * ```
 */
export function safeName(raw: string | undefined): string {
  const name = (raw ?? '').normalize('NFC').trim();
  const control = [...name].some((ch) => (ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u007f');
  const bad = control || /[/\\]/.test(name) || name === '.' || name === '..' || name.length === 0;
  if (bad || Array.from(name).length > 200) throw gridcaseError('attachment.nameInvalid');
  return name;
}

/**
 * Checks the declared content type against the allow-list and, for images and PDF, against the
 * bytes themselves (a script renamed `.jpg` is refused).
 *
 * @example
 * ```ts
 * const type = checkContentType(c.req.header('content-type'), bytes, limits.attachmentTypes);
 * ```
 */
export function checkContentType(
  header: string | undefined,
  bytes: Uint8Array,
  allowed: string[],
): string {
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!allowed.includes(type)) {
    throw gridcaseError('attachment.typeNotAllowed', { contentType: type || '(none)', allowed });
  }
  const sniff = SIGNATURES[type];
  if (sniff && !sniff(bytes))
    throw gridcaseError('attachment.typeNotAllowed', { contentType: type, allowed });
  return type;
}
