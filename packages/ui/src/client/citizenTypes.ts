/**
 * What the citizen components read from and send to the gridcase server's citizen channel
 * (`/public/:countyId/...`, no sign-in; see docs/api.md). `createCitizenClient` implements
 * {@link CitizenClient} for the gridcase server; a host may write its own.
 */
import type { JsonSchema, LocalizedText, UiSchema } from '@gridcase/forms';
import type { AreaOption } from '@gridcase/forms/react';

/** A case type a county opened to citizens, with its public form. */
export interface PublicCaseType {
  caseType: string;
  definitionId: string;
  title: LocalizedText;
  /** The public form's title (the page heading), else the case type's. */
  formTitle?: LocalizedText;
  schema: JsonSchema;
  uiSchema: UiSchema;
}

/** `GET /public/:countyId/intake`: the county, its areas, the open case types, photo limits. */
export interface PublicIntake {
  county: { id: string; name: LocalizedText };
  areas: AreaOption[];
  caseTypes: PublicCaseType[];
  limits: { photoBytes: number; photoTypes: string[]; photosPerReport: number };
}

/** A photo held by the server until the report that names it (`POST .../uploads`). */
export interface PublicUpload {
  uploadId: string;
  name: string;
  size: number;
  contentType: string;
}

/** A citizen's report (`POST .../reports`). */
export interface PublicReportInput {
  caseType: string;
  /** Must satisfy the case type's public form. */
  data: Record<string, unknown>;
  /** `uploadId`s of photos uploaded for this report. */
  uploads?: string[];
  /** Where it happened: an area id of the county. */
  area?: string;
  /** The honeypot: a person never fills it. */
  website?: string;
}

/** What a citizen gets for a report: shown once, the secret is never stored in clear. */
export interface PublicReceipt {
  trackingCode: string;
  secret: string;
  submittedAt: string;
}

/** What a citizen sees of their own case: titles, dates, the outcome, never staff data. */
export interface PublicStatus {
  trackingCode: string;
  caseType: string;
  title: LocalizedText;
  stage: { id: string; title: LocalizedText };
  status: 'open' | 'closed';
  outcome?: { id: string; title: LocalizedText };
  submittedAt: string;
  updatedAt: string;
  steps: Array<{ at: string; title: LocalizedText }>;
  canRate: boolean;
  rating?: { score: number; at: string };
}

/** A rating of a closed case: 1 (very dissatisfied) to 5 (very satisfied). */
export interface PublicRating {
  score: number;
  comment?: string;
}

/**
 * The citizen channel of one county. Methods reject with a `GridcaseApiError` whose `code` is a
 * `public.*` code and whose `message` and `hint` a citizen understands (in the client's locale).
 */
export interface CitizenClient {
  intake(): Promise<PublicIntake>;
  uploadPhoto(file: Blob, name: string): Promise<PublicUpload>;
  report(input: PublicReportInput): Promise<PublicReceipt>;
  /** A wrong secret and an unknown code both reject with 404 `public.trackingNotFound`. */
  track(trackingCode: string, secret: string): Promise<PublicStatus>;
  rate(trackingCode: string, secret: string, rating: PublicRating): Promise<PublicStatus>;
}
