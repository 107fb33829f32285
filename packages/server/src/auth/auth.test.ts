import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createHarness, TEST_AUDIENCE, TEST_ISSUER, TEST_SECRET } from '../testing/harness';
import { createJwtAuth } from './jwtAuth';

const secret = new TextEncoder().encode(TEST_SECRET);

async function token(
  claims: { sub?: string; iss?: string; aud?: string; iat?: number; exp?: number },
  alg = 'HS256',
  key: Uint8Array | CryptoKey = secret,
): Promise<string> {
  const now = Math.floor(Date.parse('2026-03-02T01:00:00.000Z') / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg })
    .setSubject(claims.sub ?? 'admin')
    .setIssuer(claims.iss ?? TEST_ISSUER)
    .setAudience(claims.aud ?? TEST_AUDIENCE)
    .setIssuedAt(claims.iat ?? now)
    .setExpirationTime(claims.exp ?? now + 600)
    .sign(key);
}

async function me(bearer: string | undefined) {
  const h = await createHarness();
  const res = await h.app.request('/me', {
    headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
  });
  return { status: res.status, body: await res.json() };
}

describe('bearer JWT authentication', () => {
  it('accepts a good token and loads the user from the store', async () => {
    const { status, body } = await me(await token({}));
    expect(status).toBe(200);
    expect(body.user).toMatchObject({ id: 'admin', countyId: 'demo-county' });
    expect(body.isAdmin).toBe(true);
  });

  it('asks for a token when there is none: auth.required', async () => {
    expect(await me(undefined)).toMatchObject({ status: 401, body: { code: 'auth.required' } });
  });

  it('refuses alg none: auth.algorithmNotAllowed', async () => {
    const unsigned = new UnsecuredJWT({})
      .setSubject('admin')
      .setIssuer(TEST_ISSUER)
      .setAudience(TEST_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('10m')
      .encode();
    expect(await me(unsigned)).toMatchObject({
      status: 401,
      body: { code: 'auth.algorithmNotAllowed' },
    });
  });

  it('refuses another algorithm (HS512 with the same secret): auth.algorithmNotAllowed', async () => {
    const t = await token({}, 'HS512', new TextEncoder().encode(TEST_SECRET.repeat(2)));
    expect(await me(t)).toMatchObject({ status: 401, body: { code: 'auth.algorithmNotAllowed' } });
  });

  it('refuses EdDSA when HS256 is pinned: auth.algorithmNotAllowed', async () => {
    const { privateKey } = await generateKeyPair('EdDSA');
    expect(await me(await token({}, 'EdDSA', privateKey))).toMatchObject({
      status: 401,
      body: { code: 'auth.algorithmNotAllowed' },
    });
  });

  it('refuses a wrong audience: auth.audienceMismatch', async () => {
    expect(await me(await token({ aud: 'other-app' }))).toMatchObject({
      status: 401,
      body: { code: 'auth.audienceMismatch' },
    });
  });

  it('refuses a wrong issuer: auth.issuerMismatch', async () => {
    expect(await me(await token({ iss: 'https://evil.test' }))).toMatchObject({
      status: 401,
      body: { code: 'auth.issuerMismatch' },
    });
  });

  it('refuses an expired token: auth.tokenExpired', async () => {
    const iat = Math.floor(Date.parse('2026-03-02T00:00:00.000Z') / 1000);
    expect(await me(await token({ iat, exp: iat + 600 }))).toMatchObject({
      status: 401,
      body: { code: 'auth.tokenExpired' },
    });
  });

  it('refuses a token accepted before once the clock passes its exp: auth.tokenExpired', async () => {
    const h = await createHarness();
    const bearer = { authorization: `Bearer ${await token({})}` };
    expect((await h.app.request('/me', { headers: bearer })).status).toBe(200);
    expect((await h.app.request('/me', { headers: bearer })).status).toBe(200);
    h.clock.advance(600_000);
    const late = await h.app.request('/me', { headers: bearer });
    expect(late.status).toBe(401);
    expect(await late.json()).toMatchObject({ code: 'auth.tokenExpired' });
  });

  it('refuses a token living longer than 30 minutes: auth.tokenLifetimeTooLong', async () => {
    const iat = Math.floor(Date.parse('2026-03-02T00:59:00.000Z') / 1000);
    expect(await me(await token({ iat, exp: iat + 3600 }))).toMatchObject({
      status: 401,
      body: { code: 'auth.tokenLifetimeTooLong' },
    });
  });

  it('refuses a bad signature and garbage: auth.invalidToken', async () => {
    const good = await token({});
    const forged = `${good.slice(0, -4)}AAAA`;
    expect(await me(forged)).toMatchObject({ status: 401, body: { code: 'auth.invalidToken' } });
    expect(await me('not-a-jwt')).toMatchObject({
      status: 401,
      body: { code: 'auth.invalidToken' },
    });
  });

  it('refuses a token for a user the store does not know: auth.userUnknown', async () => {
    expect(await me(await token({ sub: 'ghost' }))).toMatchObject({
      status: 401,
      body: { code: 'auth.userUnknown' },
    });
  });

  it('applies disabling and role changes on the very next request', async () => {
    const h = await createHarness();
    const first = await h.request('/me', { as: 'lead-east' });
    expect((await first.json()).user.roles[0].role).toBe('townshipLead');
    const user = (await h.store.getUser('lead-east'))!;
    await h.store.putUser({
      ...user,
      roles: [{ role: 'mediator', areaId: 'twp-east', areaLevel: 'township' }],
    });
    expect((await (await h.request('/me', { as: 'lead-east' })).json()).user.roles[0].role).toBe(
      'mediator',
    );
    await h.store.putUser({ ...user, disabled: true });
    const res = await h.request('/me', { as: 'lead-east' });
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe('auth.userDisabled');
  });

  it('refuses to be configured with a weak secret or a lifetime over 30 minutes', () => {
    expect(() =>
      createJwtAuth({ algorithm: 'HS256', secret: 'short', issuer: 'i', audience: 'a' }),
    ).toThrow(RangeError);
    expect(() =>
      createJwtAuth({
        algorithm: 'HS256',
        secret: TEST_SECRET,
        issuer: 'i',
        audience: 'a',
        ttlSeconds: 3600,
      }),
    ).toThrow(RangeError);
  });

  it('works with EdDSA keys', async () => {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA');
    const auth = createJwtAuth({
      algorithm: 'EdDSA',
      publicKey,
      privateKey,
      issuer: 'i',
      audience: 'a',
    });
    const user = { id: 'u1', countyId: 'c', name: 'n', username: 'u', roles: [], agencies: [] };
    const { token: t } = await auth.issue!(user);
    expect(
      await auth.authenticate(
        new Request('http://x/', { headers: { authorization: `Bearer ${t}` } }),
      ),
    ).toEqual({ userId: 'u1' });
  });
});

describe('development sign-in', () => {
  it('does not exist unless development mode is on', async () => {
    const h = await createHarness();
    const res = await h.request('/auth/dev-login', { method: 'POST', json: { username: 'admin' } });
    expect(res.status).toBe(404);
    expect((await res.json()).code).toBe('request.notFound');
  });

  it('issues a working token for a demo user when on', async () => {
    const h = await createHarness({ devMode: true });
    const res = await h.request('/auth/dev-login', {
      method: 'POST',
      json: { username: 'grid-e1a' },
    });
    expect(res.status).toBe(200);
    const { token: t, user } = await res.json();
    expect(user.id).toBe('grid-e1a');
    const me2 = await h.app.request('/me', { headers: { authorization: `Bearer ${t}` } });
    expect(me2.status).toBe(200);
  });

  it('refuses unknown usernames', async () => {
    const h = await createHarness({ devMode: true });
    const res = await h.request('/auth/dev-login', {
      method: 'POST',
      json: { username: 'nobody' },
    });
    expect(res.status).toBe(401);
    expect((await res.json()).code).toBe('auth.userUnknown');
  });

  it('refuses to start with NODE_ENV=production', async () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(createHarness({ devMode: true })).rejects.toThrow(/devMode/);
    } finally {
      process.env.NODE_ENV = before;
    }
  });

  it('warns loudly when on', async () => {
    const warnings: string[] = [];
    await createHarness({
      devMode: true,
      logger: { info() {}, error() {}, warn: (m: string) => warnings.push(m) },
    });
    expect(warnings.join('\n')).toMatch(/DEVELOPMENT MODE/);
  });
});

describe('rate limiting per user', () => {
  it('answers rate.limited with Retry-After once the bucket is empty, and refills with time', async () => {
    const h = await createHarness({ limits: { requests: { capacity: 3, perSecond: 1 } } });
    for (let i = 0; i < 3; i++) expect((await h.request('/me', { as: 'admin' })).status).toBe(200);
    const limited = await h.request('/me', { as: 'admin' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect((await limited.json()).code).toBe('rate.limited');
    expect((await h.request('/me', { as: 'lead-east' })).status).toBe(200);
    h.clock.advance(1000);
    expect((await h.request('/me', { as: 'admin' })).status).toBe(200);
  });
});
