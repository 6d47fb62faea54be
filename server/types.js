// @ts-check
// Which submission types this server keeps, and how large each may be. Only known types are stored: those with a
// data schema in src/content/schemas, plus the ones the operator names (TB_EXTRA_TYPES). Anything else is refused,
// so no one can fill the database with made-up types.

const KIB = 1024;
const MIB = 1024 * KIB;

/** The largest submission of any type, unless the operator says otherwise (TB_MAX_BODY_BYTES). */
export const DEFAULT_MAX_BODY_BYTES = 5 * MIB;
/** A type with a schema and no entry below. */
export const DEFAULT_TYPE_LIMIT = 256 * KIB;
/** A type the operator added without giving a size. */
export const DEFAULT_EXTRA_TYPE_LIMIT = 64 * KIB;
/** Types that need more: a problem report may carry a screenshot of up to 3,500 KB (4.78 MB as base64). */
export const BUILT_IN_TYPE_LIMITS = Object.freeze({ 'problem-report': 5 * MIB });

export const TYPE_PATTERN = /^[a-z][a-z0-9-]{1,40}$/;

/**
 * `5242880`, `64kb`, `64 KiB`, `5mb`, `5MiB` → bytes (k and m are 1024 and 1024²).
 * @param {string} text
 * @returns {number} bytes, or NaN when it is not a size
 */
export function parseSize(text) {
  const match = /^\s*(\d+)\s*(b|kb|kib|k|mb|mib|m)?\s*$/i.exec(text);
  if (!match) return Number.NaN;
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const bytes = Number(match[1]) * (unit === 'm' ? MIB : unit === 'k' ? KIB : 1);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : Number.NaN;
}

/**
 * `room-booking, visit-log:128kb` → Map { room-booking → null, visit-log → 131072 }. Throws a message naming the
 * setting and the bad entry.
 * @param {string} text
 * @param {string} [setting] the variable's name, for the message
 * @returns {Map<string, number | null>}
 */
export function parseTypeList(text, setting = 'TB_EXTRA_TYPES') {
  /** @type {Map<string, number | null>} */
  const types = new Map();
  for (const entry of text.split(',').map(part => part.trim())) {
    if (!entry) continue;
    const [name, size, ...rest] = entry.split(':').map(part => part.trim());
    const bytes = size === undefined ? null : parseSize(size);
    if (!TYPE_PATTERN.test(name) || rest.length || Number.isNaN(bytes)) {
      throw new Error(
        `${setting} has "${entry}"; each entry is a type in lower case with an optional size, like room-booking or room-booking:64kb.`
      );
    }
    types.set(name, bytes);
  }
  return types;
}

/**
 * @typedef {{ has(type: string): boolean, limit(type: string): number, names: string[], maxBytes: number }} TypeRegistry
 */

/**
 * @param {{ schemaTypes: Iterable<string>, extraTypes?: Map<string, number | null> | Iterable<string>,
 *   typeLimits?: Map<string, number | null>, maxBodyBytes?: number, anyType?: boolean }} options
 *   typeLimits: sizes for types that already have a schema (TB_TYPE_LIMITS)
 *   anyType: also keep every other well-formed type, within DEFAULT_EXTRA_TYPE_LIMIT. For test rigs that post
 *   made-up types; there is no setting for it, and a server on a network must never use it.
 * @returns {TypeRegistry}
 */
export function createTypeRegistry({
  schemaTypes,
  extraTypes = [],
  typeLimits = new Map(),
  maxBodyBytes,
  anyType = false
}) {
  const cap = maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(cap) || cap < 1) {
    throw new Error(`maxBodyBytes must be a positive whole number of bytes, not ${cap}.`);
  }
  /** @type {Map<string, number>} */
  const limits = new Map();
  for (const type of schemaTypes) {
    const builtIn = /** @type {Record<string, number>} */ (BUILT_IN_TYPE_LIMITS)[type];
    limits.set(type, builtIn ?? DEFAULT_TYPE_LIMIT);
  }
  const extras = extraTypes instanceof Map ? extraTypes : new Map([...extraTypes].map(type => [type, null]));
  for (const [type, bytes] of extras) {
    if (!TYPE_PATTERN.test(type))
      throw new Error(`"${type}" is not a submission type (lower case, like room-booking).`);
    limits.set(type, bytes ?? limits.get(type) ?? DEFAULT_EXTRA_TYPE_LIMIT);
  }
  for (const [type, bytes] of typeLimits) {
    if (!limits.has(type)) {
      throw new Error(`A size is given for "${type}", which is not a known type; add it to TB_EXTRA_TYPES instead.`);
    }
    if (bytes !== null) limits.set(type, bytes);
  }
  for (const [type, bytes] of limits) limits.set(type, Math.min(bytes, cap));
  const otherLimit = anyType ? Math.min(DEFAULT_EXTRA_TYPE_LIMIT, cap) : 0;
  return {
    has: type => limits.has(type) || (anyType && TYPE_PATTERN.test(type)),
    limit: type => limits.get(type) ?? otherLimit,
    names: [...limits.keys()].sort(),
    maxBytes: Math.max(1, ...limits.values())
  };
}
