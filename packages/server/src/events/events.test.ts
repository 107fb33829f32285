import { describe, expect, it } from 'vitest';
import { createHarness } from '../testing/harness';

/** Reads SSE frames from a response body until `count` `case.*` events arrived. */
async function collect(
  res: Response,
  count: number,
): Promise<Array<{ event: string; data: Record<string, unknown> }>> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: Array<{ event: string; data: Record<string, unknown> }> = [];
  let buffer = '';
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(frame)?.[1];
      const data = /^data: (.*)$/m.exec(frame)?.[1];
      if (event?.startsWith('case.') && data) events.push({ event, data: JSON.parse(data) });
      end = buffer.indexOf('\n\n');
    }
  }
  await reader.cancel();
  return events;
}

describe('GET /events', () => {
  it('streams committed case changes in the caller’s areas only', async () => {
    const h = await createHarness();
    await h.publish();
    const east = await h.request('/events', { as: 'police-e1' });
    expect(east.status).toBe(200);
    expect(east.headers.get('content-type')).toContain('text/event-stream');
    const west = await h.request('/events', { as: 'lead-west' });
    const eastEvents = collect(east, 2);
    const westEvents = collect(west, 1);
    const a = await h.open({ as: 'grid-e1a', areaId: 'grid-e1a' });
    await h.command(a.id, 'police-e1', 'assign');
    const w = await h.open({ as: 'grid-w1a', areaId: 'grid-w1a' });
    const got = await eastEvents;
    expect(got.map((e) => [e.event, e.data.caseId, e.data.version])).toEqual([
      ['case.created', a.id, 1],
      ['case.updated', a.id, 2],
    ]);
    expect(got[1]!.data).not.toHaveProperty('data');
    expect((await westEvents).map((e) => e.data.caseId)).toEqual([w.id]);
    expect(h.app.gridcase.services.hub.listeners).toBe(0);
  });

  it('needs a signed-in caller', async () => {
    const h = await createHarness();
    const res = await h.request('/events');
    expect([res.status, (await res.json()).code]).toEqual([401, 'auth.required']);
  });
});
