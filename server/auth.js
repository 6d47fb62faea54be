// @ts-check
// The inbox and the list API are for the library's IT person only: one shared admin token, sent as a Bearer token
// by scripts, or as the password of HTTP Basic by a browser (which then remembers it for the session).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';

/** @param {string} value */
const sha256 = value => createHash('sha256').update(value).digest();

export function generateAdminToken() {
  return randomBytes(24).toString('base64url');
}

/**
 * The token a request carries: `Bearer <token>`, or `Basic base64(anyname:<token>)`.
 * @param {string | undefined} header the Authorization header
 * @returns {string | null}
 */
export function tokenFromAuthorization(header) {
  const match = /^(\w+) +(\S+)\s*$/.exec(header ?? '');
  if (!match) return null;
  const scheme = match[1].toLowerCase();
  if (scheme === 'bearer') return match[2];
  if (scheme !== 'basic') return null;
  const decoded = Buffer.from(match[2], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? null : decoded.slice(colon + 1);
}

/**
 * @param {string} adminToken
 * @returns {(authorization: string | undefined) => boolean}
 */
export function createAdminCheck(adminToken) {
  if (!adminToken) throw new Error('The admin token must not be empty.');
  // Hashing both sides gives equal-length buffers, so the comparison time says nothing about the token's length.
  const expected = sha256(adminToken);
  return authorization => {
    const given = tokenFromAuthorization(authorization);
    return given !== null && timingSafeEqual(sha256(given), expected);
  };
}

/**
 * Reads the admin token kept beside the database, or creates it (readable by this user only) on the first run.
 * @param {string} file
 * @returns {{ token: string, created: boolean, warning?: string }}
 */
export function loadOrCreateAdminToken(file) {
  try {
    const token = readFileSync(file, 'utf8').trim();
    if (!token) throw new Error(`The admin token file ${file} is empty. Delete it to get a new token.`);
    // Windows has no POSIX permission bits to check.
    const loose = process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0;
    return loose
      ? { token, created: false, warning: `${file} can be read by other users; run: chmod 600 "${file}"` }
      : { token, created: false };
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
  }
  const token = generateAdminToken();
  // 'wx' fails if another process created the file meanwhile, instead of silently replacing its token.
  writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  return { token, created: true };
}
