/**
 * The citizen pages' addresses, none behind a sign-in: the report form, the status lookup, and the
 * printable QR code that points at the report form.
 */

const enc = encodeURIComponent;

/** `/report/fengyuan`, with `?area=` when the poster hangs in one grid or community. */
export function reportPath(countyId: string, areaId?: string): string {
  return `/report/${enc(countyId)}${areaId ? `?area=${enc(areaId)}` : ''}`;
}

/** `/report/fengyuan/qr`: the poster. */
export function posterPath(countyId: string): string {
  return `/report/${enc(countyId)}/qr`;
}

/** `/track/fengyuan?code=FY-...`: the status lookup, the code filled in (never the secret). */
export function trackPath(countyId: string, trackingCode?: string): string {
  return `/track/${enc(countyId)}${trackingCode ? `?code=${enc(trackingCode)}` : ''}`;
}

/**
 * Whether a path is one of the citizen pages (no session, no sign-in redirect).
 *
 * @example
 * ```ts
 * isPublicPath('/report/fengyuan'); // true
 * isPublicPath('/worklist'); // false
 * ```
 */
export function isPublicPath(path: string): boolean {
  return /^\/(report|track)\/[^/]+(\/qr)?\/?$/.test(path);
}
