import type { AreaLevel, RoleAssignment } from '@gridcase/engine';
import type { Locale, LocalizedText } from '@gridcase/forms';
import { type CaseDetail, GridcaseApiError } from '@gridcase/ui';

/** A county as `GET /api/me` describes it. */
export interface CountyInfo {
  id: string;
  name: LocalizedText;
  areas: { id: string; name: LocalizedText; level: AreaLevel; parentId?: string }[];
  agencies: { id: string; name: LocalizedText; kind: string; areaId: string }[];
  roles: Record<string, { title: LocalizedText }>;
}

/** `GET /api/me`. */
export interface Profile {
  user: { id: string; name: string; username: string; roles: RoleAssignment[]; agencies: string[] };
  county: CountyInfo;
  isAdmin: boolean;
}

/** The demo logins of one county (`GET /example/demo-users`). */
export interface DemoCounty {
  id: string;
  name: LocalizedText;
  users: {
    username: string;
    name: string;
    roles: { role: string; title: LocalizedText; areaId: string; areaName: LocalizedText }[];
    agencies: { id: string; name: LocalizedText }[];
  }[];
}

/** A signed-in session: the bearer token and when it runs out. */
export interface SignedIn {
  token: string;
  expiresAt: string;
}

/** One version's facts in the definitions list (the document itself is fetched apart). */
export interface VersionSummary {
  version: number;
  hash?: string;
  savedAt?: string;
  publishedAt?: string;
}

/** `GET /api/definitions`: per definition id, the latest published version and the draft. */
export interface DefinitionListItem {
  definitionId: string;
  caseType: string;
  title: LocalizedText;
  latest?: VersionSummary;
  /** Only for the county admin. */
  draft?: VersionSummary;
}

async function send<T>(
  path: string,
  init: RequestInit & { token?: string; locale?: Locale; json?: unknown } = {},
): Promise<T> {
  const { token, locale, json, ...rest } = init;
  const headers = new Headers(rest.headers);
  headers.set('Accept', 'application/json');
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (locale) headers.set('Accept-Language', locale);
  if (json !== undefined) headers.set('Content-Type', 'application/json');
  const res = await fetch(path, {
    ...rest,
    headers,
    ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const err = (body ?? {}) as { code?: string; message?: string; hint?: string };
    throw new GridcaseApiError(res.status, {
      code: err.code ?? `http.${res.status}`,
      message: err.message ?? `${res.status} ${res.statusText}`,
      ...(err.hint ? { hint: err.hint } : {}),
      ...((body as { details?: GridcaseApiError['details'] })?.details
        ? { details: (body as { details: GridcaseApiError['details'] }).details }
        : {}),
    });
  }
  return body as T;
}

/**
 * The calls the example app makes besides the components' own client: sign-in, profile,
 * definitions list, opening a case, staged photo uploads, the demo logins and the server clock.
 *
 * @example
 * ```ts
 * const { token } = await exampleApi.devLogin('fy-grid-cd1');
 * const me = await exampleApi.me(token);
 * ```
 */
export const exampleApi = {
  devLogin: (username: string) =>
    send<SignedIn & { user: Profile['user'] }>('/api/auth/dev-login', {
      method: 'POST',
      json: { username },
    }),
  me: (token: string, locale?: Locale) => send<Profile>('/api/me', { token, locale }),
  demoUsers: () => send<{ counties: DemoCounty[] }>('/example/demo-users'),
  clock: () => send<{ now: string; controllable: boolean }>('/example/clock'),
  definitions: (token: string, locale?: Locale): Promise<DefinitionListItem[]> =>
    send<DefinitionListItem[]>('/api/definitions', { token, locale }),
  openCase: (
    token: string,
    input: { definitionId: string; areaId: string; data: Record<string, unknown> },
    locale?: Locale,
  ) =>
    send<CaseDetail>('/api/cases', {
      method: 'POST',
      token,
      locale,
      json: input,
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    }),
  /** Stores a photo before its case exists; the server attaches it when the case is opened. */
  stageUpload: (token: string, file: File) =>
    send<{ id: string; name: string }>(`/example/uploads?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      token,
      body: file,
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
    }),
};
