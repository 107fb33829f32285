import { gridcaseError } from '@gridcase/engine';
import { defineRoute, type Route } from '../routes/defineRoute';
import { openCaseTypes } from './openCaseTypes';
import type { PublicChannel } from './publicChannel';
import { CountyParams, ReceiptSchema, ReportBody } from './publicSchemas';
import { submitReport } from './submitReport';

/**
 * `POST /public/:countyId/reports`: limits per address and county, the honeypot, the open case
 * type, the claimed photos and the duplicate window, then the report is filed.
 *
 * @example
 * ```ts
 * routes.push(reportRoute(createPublicChannel(services)));
 * ```
 */
export function reportRoute(channel: PublicChannel): Route {
  return defineRoute({
    method: 'post',
    path: '/public/:countyId/reports',
    operationId: 'publicReport',
    summary: 'Report a matter as a citizen; answers a tracking code and a secret',
    description:
      "The data must satisfy the case type's public form. `website` is a honeypot and must stay empty. The case lands in the definition's triage stage as the system actor `citizen`.",
    tags: ['public'],
    auth: false,
    params: CountyParams,
    body: ReportBody,
    responses: { 201: { description: 'Tracking code and secret', schema: ReceiptSchema } },
    handler: async (c, { params, body }) => {
      const county = await channel.countyOf(params.countyId);
      channel.take('reports', channel.address(c));
      channel.take('county', county.id);
      if (body.website?.trim()) throw gridcaseError('public.rejected');
      const pinned = (await openCaseTypes(channel.services, county.id)).find(
        (v) => v.definition.caseType === body.caseType,
      );
      if (!pinned) throw gridcaseError('public.caseTypeClosed', { caseType: body.caseType });
      const ids = [...new Set(body.uploads ?? [])];
      if (ids.length > channel.options.photosPerReport) {
        throw gridcaseError('public.tooManyPhotos', { max: channel.options.photosPerReport });
      }
      const photos = channel.pending.peek(county.id, ids);
      if (!photos) throw gridcaseError('public.uploadUnknown');
      const receipt = await submitReport(channel.services, {
        county,
        pinned,
        data: body.data,
        areaId: body.area,
        photos,
        checkDuplicate: (data) => {
          if (channel.recent.seen(county.id, pinned.definition.caseType, data)) {
            throw gridcaseError('public.duplicate');
          }
        },
      });
      channel.pending.remove(ids);
      const { caseId: _caseId, ...shown } = receipt;
      return c.json(shown, 201);
    },
  });
}
