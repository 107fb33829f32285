/**
 * Bad-input corpus: attachment uploads with hostile names, types, bytes and sizes.
 */
import type { ErrorCode } from '@gridcase/engine';
import { type BadRequest, bytes, type CorpusTarget, utf8 } from './corpusKit';

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest');

/**
 * Attachment uploads: names, types, bytes and sizes.
 *
 * @example
 * ```ts
 * attachmentFamilies(target)[0]?.path; // '/cases/<id>/attachments?name=..%2F..%2Fetc%2Fpasswd'
 * ```
 */
export function attachmentFamilies(t: CorpusTarget): BadRequest[] {
  const upload = (
    name: string,
    query: string,
    type: string | undefined,
    body: Uint8Array,
    code: ErrorCode,
  ): BadRequest => ({
    name: `attachment: ${name}`,
    endpoint: 'attachment',
    method: 'POST',
    path: `/cases/${t.caseId}/attachments${query}`,
    as: t.opener,
    headers: type ? { 'content-type': type } : {},
    body,
    code,
  });
  const names: Array<[string, string]> = [
    ['../../etc/passwd', '../../etc/passwd'],
    ['..\\..\\windows\\win.ini', '..\\..\\windows\\win.ini'],
    ['..', '..'],
    ['.', '.'],
    ['a/b.png', 'a/b.png'],
    ['/etc/passwd', '/etc/passwd'],
    ['C:\\x.png', 'C:\\x.png'],
    ['NUL byte', 'a\u0000b.png'],
    ['newline', 'a\nb.png'],
    ['DEL', 'a\u007fb.png'],
    ['201 characters', `${'n'.repeat(197)}.png`],
    ['spaces only', '   '],
  ];
  const out = names.map(([label, name]) =>
    upload(
      `name ${label}`,
      `?name=${encodeURIComponent(name)}`,
      'image/png',
      PNG,
      'attachment.nameInvalid',
    ),
  );
  out.push(
    upload('name missing', '', 'image/png', PNG, 'request.invalid'),
    upload('name empty', '?name=', 'image/png', PNG, 'request.invalid'),
    upload('name 401 characters', `?name=${'n'.repeat(401)}`, 'image/png', PNG, 'request.invalid'),
    upload('unknown query field', '?name=a.png&path=/tmp', 'image/png', PNG, 'request.invalid'),
    upload(
      'type text/html',
      '?name=a.html',
      'text/html',
      utf8('<script>alert(1)</script>'),
      'attachment.typeNotAllowed',
    ),
    upload(
      'type application/x-sh',
      '?name=a.sh',
      'application/x-sh',
      utf8('rm -rf /'),
      'attachment.typeNotAllowed',
    ),
    upload(
      'type image/svg+xml',
      '?name=a.svg',
      'image/svg+xml',
      utf8('<svg onload="x()"/>'),
      'attachment.typeNotAllowed',
    ),
    upload('no type', '?name=a.bin', undefined, PNG, 'attachment.typeNotAllowed'),
    upload(
      'PNG type, script bytes',
      '?name=a.png',
      'image/png',
      utf8('<script>x()</script>'),
      'attachment.typeNotAllowed',
    ),
    upload('JPEG type, PNG bytes', '?name=a.jpg', 'image/jpeg', PNG, 'attachment.typeNotAllowed'),
    upload(
      'PDF type, ELF bytes',
      '?name=a.pdf',
      'application/pdf',
      bytes([0x7f, 0x45, 0x4c, 0x46]),
      'attachment.typeNotAllowed',
    ),
    upload('empty file', '?name=a.png', 'image/png', new Uint8Array(0), 'request.invalid'),
    upload(
      'over 10 MiB',
      '?name=a.png',
      'image/png',
      new Uint8Array(10 * 1024 * 1024 + 1),
      'attachment.tooLarge',
    ),
    upload('no token', '?name=a.png', 'image/png', PNG, 'auth.required'),
  );
  out[out.length - 1]!.as = undefined;
  return out;
}
