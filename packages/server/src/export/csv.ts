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
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
