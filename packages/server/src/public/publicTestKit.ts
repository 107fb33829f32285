/** Shared set-up of the citizen channel's tests: the harness with the dispute template opened. */
import { disputeMediation, type WorkflowDefinition } from '@gridcase/engine';
import { createHarness, type Harness } from '../testing/harness';
import type { PublicChannelOptions } from '../types';

export const COUNTY = 'demo-county';
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** The dispute template with its citizen channel opened. */
export const openDispute: WorkflowDefinition = {
  ...disputeMediation,
  meta: { public: { ...disputeMediation.meta?.public, form: 'publicReport', enabled: true } },
};

export const report = (over: Record<string, unknown> = {}) => ({
  caseType: 'dispute',
  area: 'grid-e1a',
  data: {
    summary: '楼道堆放杂物引发邻里纠纷',
    category: 'neighbour',
    reporterName: '张群众',
    reporterPhone: '13800138000',
    ...over,
  },
});

/** A harness whose county opened the dispute template to citizens. */
export async function publicHarness(
  publicChannel: Partial<PublicChannelOptions> = {},
): Promise<Harness> {
  const h = await createHarness({ publicChannel });
  await h.publish(openDispute);
  return h;
}

/** A request from a client at `ip` (the connection's peer address, as `@hono/node-server` gives it). */
export function from(h: Harness, ip: string, path: string, init: RequestInit = {}) {
  return h.app.request(path, init, { incoming: { socket: { remoteAddress: ip } } });
}

export const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export function photo(bytes: Uint8Array, type = 'image/png', name = '现场.png'): RequestInit {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(bytes)], name, { type }));
  return { method: 'POST', body: form };
}

export async function submit(h: Harness, body: unknown = report(), ip = '198.51.100.1') {
  const res = await from(h, ip, `/public/${COUNTY}/reports`, json(body));
  return { res, body: (await res.json()) as Record<string, string> };
}

export const track = (h: Harness, code: string, secret?: string, ip = '198.51.100.9') =>
  from(h, ip, `/public/${COUNTY}/track/${code}`, {
    headers: secret === undefined ? {} : { 'x-tracking-secret': secret },
  });
