import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The `X-Gridcase-Signature` header value: `t=<unix seconds>,v1=<hex HMAC-SHA256>` over
 * `${t}.${body}` with the subscription's secret. The timestamp lets receivers refuse replays.
 *
 * @example
 * ```ts
 * signWebhook('s3cret', '{"event":"case.updated"}', 1767225600);
 * // 't=1767225600,v1=5d0c...'
 * ```
 */
export function signWebhook(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/**
 * Checks a signature header in constant time, and that it is at most `toleranceSeconds` old.
 * Receivers written in TypeScript can use it as is.
 *
 * @example
 * ```ts
 * verifyWebhook(secret, rawBody, req.headers['x-gridcase-signature'], Date.now() / 1000);
 * ```
 */
export function verifyWebhook(
  secret: string,
  body: string,
  header: string | null | undefined,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match?.[1] || !match[2]) return false;
  const t = Number(match[1]);
  if (Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, body, t).split('v1=')[1] ?? '', 'hex');
  const given = Buffer.from(match[2], 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
