/** Map keys for rows scoped by county (and case). NUL never occurs in ids we accept. */
export const countyKey = (countyId: string, id: string): string => `${countyId}\u0000${id}`;

/** The key of a deadline row: county, case and deadline id. */
export const deadlineKey = (countyId: string, caseId: string, id: string): string =>
  `${countyId}\u0000${caseId}\u0000${id}`;

/** `nowIso + ms` as an ISO string. */
export const addMs = (iso: string, ms: number): string =>
  new Date(Date.parse(iso) + ms).toISOString();

/** Blob ids are file names too: letters, digits, `-`, `_`, `.`; not starting with a dot. */
export const BLOB_ID = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$/;
