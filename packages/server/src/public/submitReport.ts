import { createHash } from 'node:crypto';
import { type Actor, createCase, gridcaseError, toGridcaseError } from '@gridcase/engine';
import { areaPathOf } from '../access/scope';
import type { Services } from '../app/services';
import { buildCommit, caseEvent } from '../cases/buildCommit';
import type { County, DefinitionVersion } from '../store/types';
import type { PendingUpload } from './pendingUploads';
import { hashSecret, newSecret, newTrackingCode, publicCaseId } from './trackingCode';

/** The system actor every citizen's report and rating acts as. */
export const CITIZEN_ACTOR: Actor = { userId: 'citizen', name: '群众', roles: [], system: true };

export interface ReportInput {
  county: County;
  pinned: DefinitionVersion;
  data: Record<string, unknown>;
  areaId?: string;
  photos: PendingUpload[];
  /** Called with the validated data before anything is stored: throws to refuse a duplicate. */
  checkDuplicate(data: Record<string, unknown>): void;
}

export interface ReportReceipt {
  trackingCode: string;
  secret: string;
  submittedAt: string;
  caseId: string;
}

/**
 * Files a citizen's report: a case on the latest published version, created by the citizen
 * system actor in the definition's first (triage) stage, its data validated against the public
 * form, with a new tracking code, a secret whose salted hash alone is stored, and the photos as
 * attachments. One atomic commit for the case, then the photos.
 *
 * @example
 * ```ts
 * const receipt = await submitReport(services, { county, pinned, data, photos: [], checkDuplicate });
 * ```
 */
export async function submitReport(services: Services, input: ReportInput): Promise<ReportReceipt> {
  const { county, pinned } = input;
  const definition = pinned.definition;
  const form = definition.meta?.public?.form;
  const areaPath = input.areaId ? areaPathOf(county, input.areaId) : [county.id];
  if (!areaPath || areaPath[0] !== county.id) {
    throw gridcaseError('public.areaUnknown', { areaId: input.areaId ?? '' });
  }
  const calendar = services.calendar ? services.calendar(county) : county.calendar;
  for (let attempt = 0; ; attempt++) {
    const now = services.clock.now();
    const nowIso = now.toISOString();
    const trackingCode = newTrackingCode(county.id, definition.caseType);
    const caseId = publicCaseId(county.id, trackingCode);
    const created = createCase(
      definition,
      { id: caseId, countyId: county.id, areaPath, data: input.data, form, actor: CITIZEN_ACTOR },
      now,
      { calendar },
    );
    if (!created.ok) throw toGridcaseError(created.error);
    if (attempt === 0) input.checkDuplicate(created.case.context.data);
    const secret = newSecret();
    const next = {
      ...created.case,
      citizen: { trackingCode, secretHash: await hashSecret(secret), submittedAt: nowIso },
    };
    const event = caseEvent(next, 'case.created', 'create', nowIso);
    const committed = await services.store.commit(
      buildCommit({
        next,
        expectedVersion: null,
        effects: created.effects,
        event,
        webhooks: await services.store.listWebhooks(county.id),
        nowIso,
        audit: {
          at: nowIso,
          countyId: county.id,
          actor: { userId: CITIZEN_ACTOR.userId, system: true },
          action: 'public.report',
          caseId,
          detail: {
            definition: `${pinned.definitionId}@${pinned.version}`,
            areaId: areaPath.at(-1),
            fields: Object.keys(next.context.data),
            photos: input.photos.length,
          },
        },
      }),
    );
    if (!committed.ok) {
      if (committed.reason === 'caseExists' && attempt < 3) continue;
      throw gridcaseError('store.invalidCommit', { reason: committed.reason });
    }
    for (const photo of input.photos) await attachPhoto(services, county.id, caseId, photo);
    services.hub.publish(event);
    return { trackingCode, secret, submittedAt: nowIso, caseId };
  }
}

async function attachPhoto(
  services: Services,
  countyId: string,
  caseId: string,
  photo: PendingUpload,
): Promise<void> {
  const id = `att_${crypto.randomUUID().replaceAll('-', '')}`;
  const at = services.clock.now().toISOString();
  await services.store.putBlob(id, photo.bytes);
  await services.store.addAttachment(
    {
      id,
      countyId,
      caseId,
      name: photo.name,
      contentType: photo.contentType,
      size: photo.size,
      sha256: createHash('sha256').update(photo.bytes).digest('hex'),
      at,
      userId: CITIZEN_ACTOR.userId,
    },
    {
      at,
      countyId,
      actor: { userId: CITIZEN_ACTOR.userId, system: true },
      action: 'case.attachment',
      caseId,
      detail: { attachmentId: id, contentType: photo.contentType, size: photo.size },
    },
  );
}
