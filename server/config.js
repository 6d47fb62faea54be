// @ts-check
// Where submissions are passed on to (osTicket, Zammad, a mailbox), read from the environment and, when
// TB_CONFIG names one, a JSON file kept outside the web root. The environment wins over the file. Keys and
// passwords are only ever held here and in the relays; `redact` hides them in anything that is logged or shown.
import { readFileSync, statSync } from 'node:fs';

/** The relays this server knows, by the name used in TB_RELAY_<TYPE>. */
export const RELAY_NAMES = /** @type {const} */ (['osticket', 'zammad', 'email']);

/** @typedef {(typeof RELAY_NAMES)[number]} RelayName */

/**
 * @typedef {{ url: string, key: string, topicIds: Record<string, number>, priorityIds: Record<string, number>,
 *   fields: Record<string, string>, email: string }} OsTicketConfig
 *   topicIds: submission type → osTicket help topic id; priorityIds: our priority (urgent, high…) → osTicket
 *   priority id; fields: osTicket custom field variable name → where its value is in the envelope (data.where.branch)
 * @typedef {{ url: string, token: string, group: string, priorityIds: Record<string, number>, customer: string }}
 *   ZammadConfig  customer: the email address used when a report carries none
 * @typedef {{ smtpUrl: string, to: string[], from: string }} EmailConfig
 * @typedef {{ routes: Map<string, RelayName[]>, osticket: OsTicketConfig | null, zammad: ZammadConfig | null,
 *   email: EmailConfig | null, publicUrl: string | null, waitMs: number, timeoutMs: number,
 *   retry: { baseMs: number, maxMs: number }, secrets: string[], warnings: string[] }} RelayConfig
 */

/** Used for osTicket's required email, and as the Zammad customer, when a report carries no email address. */
export const FALLBACK_EMAIL = 'techbridge@example.invalid';
const DEFAULTS = { waitMs: 1500, timeoutMs: 15000, retryBaseMs: 10000, retryMaxMs: 3600000 };
const EMAIL_PATTERN = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

export class ConfigError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** @param {string} text */
export const isEmailAddress = text => EMAIL_PATTERN.test(text);

/**
 * `TB_RELAY_PROBLEM_REPORT` → `problem-report`.
 * @param {string} name
 */
const typeFromVariable = name => name.slice('TB_RELAY_'.length).toLowerCase().replace(/_/g, '-');

/**
 * "zammad, email" or ["zammad", "email"] → ['zammad', 'email'], refusing names we do not know.
 * @param {unknown} value
 * @param {string} where for the message
 * @returns {RelayName[]}
 */
function parseRelayList(value, where) {
  const names = (Array.isArray(value) ? value.map(String) : String(value ?? '').split(','))
    .map(name => name.trim().toLowerCase())
    .filter(Boolean);
  for (const name of names) {
    if (!RELAY_NAMES.includes(/** @type {RelayName} */ (name))) {
      throw new ConfigError(`${where}: "${name}" is not a relay this server knows. Use ${RELAY_NAMES.join(', ')}.`);
    }
  }
  return /** @type {RelayName[]} */ ([...new Set(names)]);
}

/**
 * The name=value pairs of a map setting: "a=1, b=2" from the environment, or an object from the config file.
 * @param {unknown} value
 * @param {string} where the setting's name, for the message
 * @param {string} example what one pair should look like, for the message
 * @returns {Array<[string, unknown]>}
 */
function pairsOf(value, where, example) {
  if (value && typeof value === 'object') return Object.entries(value);
  return String(value ?? '')
    .split(',')
    .map(pair => pair.trim())
    .filter(Boolean)
    .map(pair => {
      const at = pair.indexOf('=');
      if (at < 1) throw new ConfigError(`${where}: "${pair}" should look like ${example}.`);
      return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    });
}

/**
 * "problem-report=2, glossary-suggestion=5" or { "problem-report": 2 } → { 'problem-report': 2 }.
 * @param {unknown} value
 * @param {string} where
 * @returns {Record<string, number>}
 */
function parseIdMap(value, where) {
  /** @type {Record<string, number>} */
  const map = {};
  for (const [key, raw] of pairsOf(value, where, 'name=number')) {
    const id = Number(raw);
    if (!Number.isSafeInteger(id) || id < 1) {
      throw new ConfigError(`${where}: the id for "${key}" must be a whole number, not "${raw}".`);
    }
    map[key] = id;
  }
  return map;
}

/**
 * "branch=data.where.branch" or { "branch": "data.where.branch" } → { branch: 'data.where.branch' }.
 * @param {unknown} value
 * @param {string} where
 * @returns {Record<string, string>}
 */
function parseFieldMap(value, where) {
  /** @type {Record<string, string>} */
  const map = {};
  for (const [key, raw] of pairsOf(value, where, 'variable=data.where.branch')) {
    const path = String(raw);
    if (!/^[A-Za-z_][\w-]*$/.test(key) || !/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/.test(path)) {
      throw new ConfigError(`${where}: "${key}=${path}" should look like variable=data.where.branch.`);
    }
    map[key] = path;
  }
  return map;
}

/**
 * @param {unknown} value
 * @param {string} name
 * @param {boolean} [withSecrets] a URL may carry user:password (SMTP); a help desk URL should not
 */
function parseUrl(value, name, withSecrets = false) {
  const text = String(value ?? '').trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(`${name} must be a full address like https://helpdesk.example.org, not "${text}".`);
  }
  const schemes = withSecrets ? ['smtp:', 'smtps:'] : ['http:', 'https:'];
  if (!schemes.includes(url.protocol)) {
    throw new ConfigError(`${name} must start with ${schemes.map(s => `${s}//`).join(' or ')}.`);
  }
  if (!withSecrets && (url.username || url.password)) {
    throw new ConfigError(`${name} must not contain a user name or password; the key goes in its own setting.`);
  }
  return withSecrets ? text : text.replace(/\/+$/, '');
}

/**
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 * @param {number} fallback
 * @param {number} min
 * @param {number} max
 * @param {unknown} fileValue
 */
function parseMs(env, name, fallback, min, max, fileValue) {
  const raw = env[name]?.trim() || (fileValue === undefined ? '' : String(fileValue));
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number of milliseconds from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

/**
 * Reads the JSON config file. It holds secrets, so it should be readable by the server's user only.
 * @param {string} path
 * @param {string[]} warnings
 * @returns {Record<string, any>}
 */
function readConfigFile(path, warnings) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `TB_CONFIG names ${path}, which could not be read (${/** @type {Error} */ (error).message}).`
    );
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path} is not valid JSON: ${/** @type {Error} */ (error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError(`${path} must hold one JSON object.`);
  }
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) {
    warnings.push(`${path} can be read by other users on this computer; run: chmod 600 ${path}`);
  }
  return parsed;
}

/** @param {unknown} value */
const section = value => /** @type {Record<string, any>} */ (value && typeof value === 'object' ? value : {});

/**
 * The relay settings. Throws ConfigError with a plain sentence when something is missing or malformed, so the
 * server refuses to start rather than quietly never passing reports on.
 * @param {Record<string, string | undefined>} [env]
 * @returns {RelayConfig}
 */
export function loadRelayConfig(env = process.env) {
  /** @type {string[]} */
  const warnings = [];
  const filePath = env.TB_CONFIG?.trim();
  const file = filePath ? readConfigFile(filePath, warnings) : {};
  /**
   * The environment's value, else the file's.
   * @param {string} name
   * @param {unknown} fileValue
   */
  const pick = (name, fileValue) => {
    const fromEnv = env[name];
    return fromEnv !== undefined && fromEnv.trim() !== '' ? fromEnv.trim() : fileValue;
  };

  /** @type {Map<string, RelayName[]>} */
  const routes = new Map();
  for (const [type, list] of Object.entries(section(file.relays))) {
    routes.set(type, parseRelayList(list, `relays.${type} in ${filePath}`));
  }
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('TB_RELAY_') || /^TB_RELAY_(WAIT|TIMEOUT|RETRY)_/.test(name)) continue;
    if (value === undefined || value.trim() === '') continue;
    routes.set(typeFromVariable(name), parseRelayList(value, name));
  }
  for (const [type, list] of [...routes]) if (list.length === 0) routes.delete(type);
  const used = new Set([...routes.values()].flat());

  /** @type {string[]} */
  const secrets = [];
  const fileOsTicket = section(file.osticket);
  const fileZammad = section(file.zammad);
  const fileEmail = section(file.email);

  /** @type {OsTicketConfig | null} */
  let osticket = null;
  const osTicketUrl = pick('TB_OSTICKET_URL', fileOsTicket.url);
  if (used.has('osticket') || osTicketUrl) {
    const key = String(pick('TB_OSTICKET_KEY', fileOsTicket.key) ?? '');
    if (!osTicketUrl || !key) {
      throw new ConfigError('The osTicket relay needs TB_OSTICKET_URL and TB_OSTICKET_KEY (the API key).');
    }
    secrets.push(key);
    const email = String(pick('TB_OSTICKET_EMAIL', fileOsTicket.email) ?? FALLBACK_EMAIL);
    if (!isEmailAddress(email)) throw new ConfigError(`TB_OSTICKET_EMAIL must be an email address, not "${email}".`);
    osticket = {
      url: parseUrl(osTicketUrl, 'TB_OSTICKET_URL'),
      key,
      topicIds: parseIdMap(pick('TB_OSTICKET_TOPIC_IDS', fileOsTicket.topicIds), 'TB_OSTICKET_TOPIC_IDS'),
      priorityIds: parseIdMap(pick('TB_OSTICKET_PRIORITY_IDS', fileOsTicket.priorityIds), 'TB_OSTICKET_PRIORITY_IDS'),
      fields: parseFieldMap(pick('TB_OSTICKET_FIELDS', fileOsTicket.fields), 'TB_OSTICKET_FIELDS'),
      email
    };
  }

  /** @type {ZammadConfig | null} */
  let zammad = null;
  const zammadUrl = pick('TB_ZAMMAD_URL', fileZammad.url);
  if (used.has('zammad') || zammadUrl) {
    const token = String(pick('TB_ZAMMAD_TOKEN', fileZammad.token) ?? '');
    const group = String(pick('TB_ZAMMAD_GROUP', fileZammad.group) ?? '');
    if (!zammadUrl || !token || !group) {
      throw new ConfigError(
        'The Zammad relay needs TB_ZAMMAD_URL, TB_ZAMMAD_TOKEN (an access token) and TB_ZAMMAD_GROUP (like Users).'
      );
    }
    secrets.push(token);
    const customer = String(pick('TB_ZAMMAD_CUSTOMER', fileZammad.customer) ?? FALLBACK_EMAIL);
    if (!isEmailAddress(customer)) {
      throw new ConfigError(`TB_ZAMMAD_CUSTOMER must be an email address, not "${customer}".`);
    }
    zammad = {
      url: parseUrl(zammadUrl, 'TB_ZAMMAD_URL'),
      token,
      group,
      priorityIds: parseIdMap(pick('TB_ZAMMAD_PRIORITY_IDS', fileZammad.priorityIds), 'TB_ZAMMAD_PRIORITY_IDS'),
      customer
    };
  }

  /** @type {EmailConfig | null} */
  let email = null;
  const smtpUrl = pick('TB_SMTP_URL', fileEmail.smtpUrl);
  if (used.has('email') || smtpUrl) {
    const toValue = pick('TB_MAIL_TO', fileEmail.to);
    const to = (Array.isArray(toValue) ? toValue.map(String) : String(toValue ?? '').split(','))
      .map(address => address.trim())
      .filter(Boolean);
    const from = String(pick('TB_MAIL_FROM', fileEmail.from) ?? '').trim();
    if (!smtpUrl || to.length === 0 || !from) {
      throw new ConfigError(
        'The email relay needs TB_SMTP_URL (like smtp://user:password@mail.example.org:587), TB_MAIL_TO and TB_MAIL_FROM.'
      );
    }
    for (const address of [...to, from]) {
      if (!isEmailAddress(address))
        throw new ConfigError(`"${address}" in TB_MAIL_TO or TB_MAIL_FROM is not an email address.`);
    }
    const parsed = new URL(parseUrl(smtpUrl, 'TB_SMTP_URL', true));
    if (parsed.password) secrets.push(parsed.password, decodeURIComponent(parsed.password));
    email = { smtpUrl: String(smtpUrl), to, from };
  }

  for (const name of used) {
    if ((name === 'osticket' && !osticket) || (name === 'zammad' && !zammad) || (name === 'email' && !email)) {
      throw new ConfigError(`A TB_RELAY_ setting names ${name}, but ${name} is not set up.`);
    }
  }

  const publicUrlValue = pick('TB_PUBLIC_URL', file.publicUrl);
  const retry = section(file.retry);
  return {
    routes,
    osticket,
    zammad,
    email,
    publicUrl: publicUrlValue ? parseUrl(publicUrlValue, 'TB_PUBLIC_URL') : null,
    waitMs: parseMs(env, 'TB_RELAY_WAIT_MS', DEFAULTS.waitMs, 0, 10000, file.waitMs),
    timeoutMs: parseMs(env, 'TB_RELAY_TIMEOUT_MS', DEFAULTS.timeoutMs, 100, 120000, file.timeoutMs),
    retry: {
      baseMs: parseMs(env, 'TB_RELAY_RETRY_BASE_MS', DEFAULTS.retryBaseMs, 1, 3600000, retry.baseMs),
      maxMs: parseMs(env, 'TB_RELAY_RETRY_MAX_MS', DEFAULTS.retryMaxMs, 1, 86400000, retry.maxMs)
    },
    // Longest first, so a secret that contains another is hidden whole.
    secrets: [...new Set(secrets.filter(secret => secret.length >= 4))].sort((a, b) => b.length - a.length),
    warnings
  };
}

/**
 * Replaces every secret in a text with [hidden]. Used on every error message a relay logs or stores.
 * @param {string} text
 * @param {string[]} secrets
 */
export function redact(text, secrets) {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join('[hidden]');
  return result;
}
