/** Cells a spreadsheet would run as a formula start with one of these (CSV injection). */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * One CSV cell: quoted when needed, formula-looking text defused with a leading `'`.
 *
 * @example
 * ```ts
 * csvCell('=HYPERLINK("x")'); // '"\'=HYPERLINK(""x"")"'
 * ```
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text =
    typeof value === 'string'
      ? value
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV document (RFC 4180, CRLF) with a UTF-8 byte-order mark so spreadsheet software in
 * zh-CN locales reads the Chinese text correctly.
 *
 * @example
 * ```ts
 * toCsv(['编号', '状态'], [['D-1', '办理中']]); // '\uFEFF编号,状态\r\nD-1,办理中\r\n'
 * ```
 */
export function toCsv(header: string[], rows: unknown[][]): string {
  return csvHeader(header) + rows.map(csvLine).join('');
}

/**
 * The first chunk of a streamed CSV document: the byte-order mark and the header line.
 *
 * @example
 * ```ts
 * csvHeader(['编号', '状态']); // '\uFEFF编号,状态\r\n'
 * ```
 */
export function csvHeader(header: string[]): string {
  return `\uFEFF${csvLine(header)}`;
}

/**
 * One CSV record with its CRLF, for streaming row by row (`toCsv` = `csvHeader` + lines).
 *
 * @example
 * ```ts
 * csvLine(['D-1', '办理中']); // 'D-1,办理中\r\n'
 * ```
 */
export function csvLine(row: unknown[]): string {
  return `${row.map(csvCell).join(',')}\r\n`;
}
