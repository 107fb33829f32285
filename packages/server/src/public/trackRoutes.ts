import { defineRoute, type Route } from '../routes/defineRoute';
import type { PublicChannel } from './publicChannel';
import { RatingBody, StatusSchema, TrackParams } from './publicSchemas';
import { rateReport } from './rateReport';

const SECRET_HEADER = {
  name: 'X-Tracking-Secret',
  description: 'The secret the citizen got with the tracking code.',
  required: true,
};

/**
 * `GET /public/:countyId/track/:trackingCode` (the citizen's view of their case) and
 * `POST .../rating` (one rating after closing), both behind the `X-Tracking-Secret` header.
 *
 * @example
 * ```ts
 * routes.push(...trackRoutes(createPublicChannel(services)));
 * ```
 */
export function trackRoutes(channel: PublicChannel): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/public/:countyId/track/:trackingCode',
      operationId: 'publicTrack',
      summary: "The status of a citizen's own case, by tracking code and secret",
      description:
        'Public history only: stage titles, dates, outcome. A wrong secret, a missing one and an unknown code all answer the same 404 `public.trackingNotFound`.',
      tags: ['public'],
      auth: false,
      params: TrackParams,
      headers: [SECRET_HEADER],
      responses: { 200: { description: 'The public status', schema: StatusSchema } },
      handler: async (c, { params }) => {
        channel.take('reads', channel.address(c));
        await channel.countyOf(params.countyId);
        const record = await channel.tracked(c, params.countyId, params.trackingCode);
        return c.json(await channel.statusOf(record));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/public/:countyId/track/:trackingCode/rating',
      operationId: 'publicRate',
      summary: "Rate a closed case once (1-5); a low score reopens it by the county's rules",
      tags: ['public'],
      auth: false,
      params: TrackParams,
      body: RatingBody,
      headers: [SECRET_HEADER],
      responses: { 200: { description: 'The public status after rating', schema: StatusSchema } },
      handler: async (c, { params, body }) => {
        channel.take('reads', channel.address(c));
        const county = await channel.countyOf(params.countyId);
        const seen = await channel.tracked(c, county.id, params.trackingCode);
        // the secret is checked; now, one command at a time on the case, read it afresh
        const rated = await channel.services.mutex.run(`case:${county.id}:${seen.id}`, async () => {
          const record = (await channel.services.store.getCase(county.id, seen.id)) ?? seen;
          const pinned = await channel.services.definitions.get(
            county.id,
            record.definition.id,
            record.definition.version,
          );
          await rateReport(channel.services, {
            county,
            record,
            pinned,
            score: body.score,
            comment: body.comment,
          });
          return (await channel.services.store.getCase(county.id, seen.id)) ?? record;
        });
        return c.json(await channel.statusOf(rated));
      },
    }),
  ];
}
