import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** Letters and digits a citizen cannot confuse (no 0/O, 1/I/L, U/V). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';

function randomText(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // rejection sampling keeps every character equally likely
      if (byte < 256 - (256 % ALPHABET.length) && out.length < length) {
        out += ALPHABET[byte % ALPHABET.length];
      }
    }
  }
  return out;
}

/**
 * A new tracking code: two letters from the county and case type, then six random characters
 * a citizen reads aloud without confusion, e.g. `FD-7K3M-Q9`.
 *
 * @example
 * ```ts
 * newTrackingCode('fengyuan', 'dispute'); // 'FD-7K3M-Q9'
 * ```
 */
export function newTrackingCode(countyId: string, caseType: string): string {
  const letter = (s: string) => s.toUpperCase().replace(/[^A-Z]/g, '')[0] ?? 'X';
  const random = randomText(6);
  return `${letter(countyId)}${letter(caseType)}-${random.slice(0, 4)}-${random.slice(4)}`;
}

/**
 * A new secret for a citizen to keep: 8 characters (about 39 bits) from the same alphabet.
 *
 * @example
 * ```ts
 * newSecret(); // 'H4W8NKQ2'
 * ```
 */
export function newSecret(): string {
  return randomText(8);
}

/**
 * A tracking code as typed by a citizen, in its canonical form (upper case, dashes placed), or
 * undefined when it cannot be one.
 *
 * @example
 * ```ts
 * normalizeTrackingCode(' fd 7k3m q9 '); // 'FD-7K3M-Q9'
 * ```
 */
export function normalizeTrackingCode(raw: string): string | undefined {
  const plain = raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (plain.length !== 8) return undefined;
  return `${plain.slice(0, 2)}-${plain.slice(2, 6)}-${plain.slice(6)}`;
}

/**
 * The case id a tracking code stands for: a hash of county and code, so the code finds its
 * case without a lookup table, and the id shown to staff does not reveal the code.
 *
 * @example
 * ```ts
 * publicCaseId('fengyuan', 'FD-7K3M-Q9'); // 'P-6Q2M...'
 * ```
 */
export function publicCaseId(countyId: string, trackingCode: string): string {
  const digest = createHash('sha256')
    .update(`gridcase-public\u0000${countyId}\u0000${trackingCode}`)
    .digest();
  let id = 'P-';
  for (const byte of digest.subarray(0, 16)) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

function derive(secret: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret.toUpperCase(), salt, 32, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/**
 * Hashes a citizen's secret for storing: `scrypt$<salt hex>$<hash hex>` (a random salt per
 * case; the secret itself is never stored).
 *
 * @example
 * ```ts
 * const stored = await hashSecret('H4W8NKQ2');
 * ```
 */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('hex')}$${(await derive(secret, salt)).toString('hex')}`;
}

const DUMMY = `scrypt$${'00'.repeat(16)}$${'00'.repeat(32)}`;

/**
 * Checks a secret against its stored hash in constant time. With no stored hash (an unknown
 * code) it does the same work against a dummy and answers false, so timing tells nothing.
 *
 * @example
 * ```ts
 * await verifySecret('H4W8NKQ2', record.citizen?.secretHash); // true
 * ```
 */
export async function verifySecret(secret: string, stored: string | undefined): Promise<boolean> {
  const [kind, saltHex, hashHex] = (stored ?? DUMMY).split('$');
  const expected = Buffer.from(hashHex ?? '', 'hex');
  const actual = await derive(secret.slice(0, 64), Buffer.from(saltHex ?? '', 'hex'));
  const same = expected.length === actual.length && timingSafeEqual(expected, actual);
  return stored !== undefined && kind === 'scrypt' && same;
}
