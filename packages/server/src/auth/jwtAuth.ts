import { type ErrorCode, gridcaseError } from '@gridcase/engine';
import { errors, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { type Clock, systemClock } from '../clock';
import type { User } from '../store/types';
import type { AuthIdentity, AuthProvider, IssuedToken } from './types';

/** The longest token lifetime the server accepts (ASVS 7.1: short-lived self-contained tokens). */
export const MAX_TOKEN_MINUTES = 30;

/** The signing keys: HS256 with a shared secret, or EdDSA (Ed25519) with a key pair. */
export type JwtKeys =
  | { algorithm: 'HS256'; secret: string | Uint8Array }
  | { algorithm: 'EdDSA'; publicKey: CryptoKey; privateKey?: CryptoKey };

export type JwtAuthOptions = JwtKeys & {
  issuer: string;
  audience: string;
  /** Lifetime of issued tokens; at most 30 minutes (the default). */
  ttlSeconds?: number;
  clock?: Clock;
};

function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (!header) return null;
  const match = /^Bearer\s+([A-Za-z0-9\-_.=]+)\s*$/i.exec(header);
  if (!match?.[1]) throw gridcaseError('auth.invalidToken');
  return match[1];
}

/** Maps a `jose` verification failure to its catalog code. */
function authErrorCode(error: unknown): ErrorCode {
  if (error instanceof errors.JOSEAlgNotAllowed) return 'auth.algorithmNotAllowed';
  if (error instanceof errors.JWTExpired) return 'auth.tokenExpired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'auth.audienceMismatch';
    if (error.claim === 'iss') return 'auth.issuerMismatch';
  }
  return 'auth.invalidToken';
}

/** How many verified tokens one provider remembers (the oldest are forgotten first). */
const VERIFIED_CACHE_SIZE = 10_000;

/** What a successful verification established, kept so the signature is checked once. */
interface VerifiedToken {
  userId: string;
  exp: number;
  nbf?: number;
}

/**
 * Bearer JWT authentication with `jose`: one pinned algorithm, required `iss`, `aud`, `sub`,
 * `iat` and `exp`, and a lifetime of at most 30 minutes. The token names the user only; the
 * server loads the user from the store on every request, so disabling a user or changing a role
 * applies to the very next request. A token's signature is checked once: the same token again
 * only has its time window (`exp`, `nbf`) checked, against the clock.
 *
 * @example
 * ```ts
 * const auth = createJwtAuth({
 *   algorithm: 'HS256',
 *   secret: process.env.GRIDCASE_JWT_SECRET!,
 *   issuer: 'https://id.example-county.gov.cn',
 *   audience: 'gridcase',
 * });
 * const app = createGridcaseApp({ store, auth });
 * ```
 */
export function createJwtAuth(options: JwtAuthOptions): AuthProvider {
  const clock = options.clock ?? systemClock;
  const ttl = options.ttlSeconds ?? MAX_TOKEN_MINUTES * 60;
  if (ttl > MAX_TOKEN_MINUTES * 60)
    throw new RangeError(`ttlSeconds must be at most ${MAX_TOKEN_MINUTES * 60}`);
  let verifyKey: Uint8Array | CryptoKey;
  let signKey: Uint8Array | CryptoKey | undefined;
  if (options.algorithm === 'HS256') {
    const secret =
      typeof options.secret === 'string'
        ? new TextEncoder().encode(options.secret)
        : options.secret;
    if (secret.byteLength < 32) throw new RangeError('An HS256 secret must be at least 32 bytes');
    verifyKey = secret;
    signKey = secret;
  } else {
    verifyKey = options.publicKey;
    signKey = options.privateKey;
  }
  const algorithm = options.algorithm;
  const verified = new Map<string, VerifiedToken>();

  return {
    async authenticate(request): Promise<AuthIdentity | null> {
      const token = bearerToken(request);
      if (token === null) return null;
      const now = Math.floor(clock.now().getTime() / 1000);
      const known = verified.get(token);
      // a token verified before is as valid as then while inside its own time window (the
      // same checks jose makes on exp and nbf); no signature check per request then
      if (known && now < known.exp && (known.nbf === undefined || known.nbf <= now)) {
        return { userId: known.userId };
      }
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, verifyKey, {
          algorithms: [algorithm],
          issuer: options.issuer,
          audience: options.audience,
          requiredClaims: ['sub', 'iat', 'exp'],
          currentDate: clock.now(),
        }));
      } catch (error) {
        throw gridcaseError(authErrorCode(error));
      }
      const lifetime = (payload.exp ?? 0) - (payload.iat ?? 0);
      if (lifetime > MAX_TOKEN_MINUTES * 60) {
        throw gridcaseError('auth.tokenLifetimeTooLong', { maxMinutes: MAX_TOKEN_MINUTES });
      }
      const userId = String(payload.sub);
      if (verified.size >= VERIFIED_CACHE_SIZE) verified.delete(verified.keys().next().value!);
      verified.set(token, { userId, exp: payload.exp ?? 0, nbf: payload.nbf });
      return { userId };
    },

    async issue(user: User): Promise<IssuedToken> {
      if (!signKey) throw new Error('createJwtAuth: no private key to issue tokens with');
      const now = Math.floor(clock.now().getTime() / 1000);
      const token = await new SignJWT({ cty: user.countyId })
        .setProtectedHeader({ alg: algorithm, typ: 'JWT' })
        .setSubject(user.id)
        .setIssuer(options.issuer)
        .setAudience(options.audience)
        .setIssuedAt(now)
        .setExpirationTime(now + ttl)
        .sign(signKey);
      return { token, expiresAt: new Date((now + ttl) * 1000).toISOString() };
    },
  };
}
