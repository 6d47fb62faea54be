// @ts-check
// One readable message per submission, for help desks and email alike: a title, labelled rows (symptoms first
// for a problem report), and the same rows as HTML and as plain text. Everything in an envelope came from a web
// page and is untrusted: the HTML escapes every value, and titles lose line breaks and control characters.
import { escapeHtml, humanize } from '../inbox.js';
import { isEmailAddress } from '../config.js';

/**
 * @typedef {{ label: string, value: string }} Row
 * @typedef {{ name: string, contentType: string, base64: string, dataUrl: string }} Attachment
 * @typedef {{ reference: string, type: string, id: string, envelope: any }} RelaySubmission
 * @typedef {{ title: string, emailSubject: string, rows: Row[], details: Row[], html: string, text: string,
 *   priority: string | null, reporter: { name: string, email: string | null }, attachments: Attachment[],
 *   inboxUrl: string | null }} RelayMessage
 */

const SAFE_IMAGE = /^data:(image\/(?:png|jpeg|gif|webp));base64,([A-Za-z0-9+/=]+)$/;
const TITLE_LENGTH = 120;

/**
 * One line, no control characters, at most `max` characters.
 * @param {unknown} value
 * @param {number} [max]
 */
export function oneLine(value, max = TITLE_LENGTH) {
  const text = String(value ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** @param {unknown} value */
const str = value => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');
/** @param {any} choice a { id, label } choice */
const choiceLabel = choice => (choice && typeof choice === 'object' ? str(choice.label) : str(choice));

/**
 * Rows for a problem report: what happened and the exact message first, then where, who and how urgent, what
 * was tried, who reported it; the automatic details about the reporting computer go in `details`.
 * @param {any} d the envelope's data
 * @returns {{ rows: Row[], details: Row[] }}
 */
function problemReportRows(d) {
  /** @type {Row[]} */
  const rows = [];
  /** @param {string} label @param {string} value */
  const add = (label, value) => {
    if (value) rows.push({ label, value });
  };
  add('What happened', str(d.whatHappened));
  const error = d.errorMessage ?? {};
  add(
    'Message on the screen',
    error.status === 'given' ? str(error.text) : error.status === 'none' ? 'There was no message on the screen.' : ''
  );
  add('Trying to', str(d.tryingTo));
  add('Expected', str(d.expected));
  add('Program', choiceLabel(d.program));
  add('Web page', str(d.webPage));
  add('Started', choiceLabel(d.started));
  add('How often', choiceLabel(d.frequency));
  const where = d.where ?? {};
  add('Where', [where.branch, where.location, where.asset].map(str).filter(Boolean).join(', '));
  if (where.reportedFromAffectedComputer === false) {
    add('Note', 'Reported from a different computer: the computer details are about that one, not the affected one.');
  }
  add('Who is affected', choiceLabel(d.scope));
  add('What can’t be done', choiceLabel(d.impact));
  add('How urgent', str(d.priority));
  const tried = Array.isArray(d.tried) ? d.tried.map(str).filter(Boolean) : [];
  if (str(d.triedOther)) tried.push(str(d.triedOther));
  add('Already tried', tried.join('\n'));
  const reporter = d.reporter ?? {};
  add('Reported by', [reporter.name, reporter.contact].map(str).filter(Boolean).join(', '));
  const masked = d.privacy?.maskedCount;
  if (Number.isInteger(masked) && masked > 0) {
    add('Hidden before sending', `${masked} card number(s), email address(es) or phone number(s)`);
  }

  const c = d.context ?? {};
  /** @type {Row[]} */
  const details = [
    { label: 'Browser', value: str(c.browser) },
    { label: 'System', value: str(c.os) },
    { label: 'Screen', value: str(c.screen) && `${str(c.screen)} (window ${str(c.window) || '?'})` },
    { label: 'Language', value: str(c.language) },
    { label: 'Local time', value: [str(c.localTime), str(c.timeZone)].filter(Boolean).join(' ') },
    { label: 'Page', value: str(c.pageUrl) },
    { label: 'User agent', value: str(c.userAgent) }
  ].filter(row => row.value);
  return { rows, details };
}

/**
 * Any other type: each field of `data` as a row, nested values flattened to readable text.
 * @param {unknown} data
 * @returns {Row[]}
 */
function genericRows(data) {
  /** @param {unknown} value @returns {string} */
  const text = value => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'boolean') return value ? 'Yes' : 'No';
    if (Array.isArray(value)) return value.map(text).filter(Boolean).join('\n');
    if (typeof value === 'object') {
      const record = /** @type {Record<string, unknown>} */ (value);
      if (typeof record.label === 'string') return record.label;
      return Object.entries(record)
        .map(([key, item]) => (text(item) ? `${humanize(key)}: ${text(item)}` : ''))
        .filter(Boolean)
        .join('\n');
    }
    return String(value);
  };
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [{ label: 'Data', value: text(data) }];
  return Object.entries(data)
    .filter(([key]) => key !== 'screenshot')
    .map(([key, value]) => ({ label: humanize(key), value: text(value).trim() }))
    .filter(row => row.value);
}

/**
 * The short line a submission is known by: a problem report's summary and where, else its first text field.
 * @param {any} envelope
 */
function headline(envelope) {
  const d = envelope?.data ?? {};
  if (envelope?.type === 'problem-report') {
    const place = str(d.where?.location) || str(d.where?.branch);
    return oneLine([str(d.summary), place].filter(Boolean).join(' — '));
  }
  for (const key of ['summary', 'title', 'term', 'name', 'subject']) if (str(d[key])) return oneLine(d[key]);
  const first = Object.values(d).find(value => typeof value === 'string' && value.trim());
  return oneLine(first ?? '');
}

/** @param {string} value */
const htmlText = value => escapeHtml(value).replace(/\r?\n/g, '<br>');

/**
 * @param {RelaySubmission} submission
 * @param {{ publicUrl?: string | null }} [options] publicUrl: the server's address as the IT person reaches it
 * @returns {RelayMessage}
 */
export function buildMessage({ reference, type, envelope }, { publicUrl = null } = {}) {
  const d = envelope?.data ?? {};
  const kind = humanize(type);
  const line = headline(envelope);
  const { rows, details } = type === 'problem-report' ? problemReportRows(d) : { rows: genericRows(d), details: [] };
  const inboxUrl = publicUrl ? `${publicUrl}/inbox#${encodeURIComponent(reference)}` : null;
  const page = envelope?.page ?? {};
  const sentFrom = [str(page.title), str(page.url)].filter(Boolean).join(' — ');

  /** @type {Attachment[]} */
  const attachments = [];
  const shot = d.screenshot;
  const match = shot && typeof shot.dataUrl === 'string' ? SAFE_IMAGE.exec(shot.dataUrl) : null;
  if (match) {
    const extension = match[1].slice('image/'.length).replace('jpeg', 'jpg');
    // A file name from a web page: keep it to plain characters so no help desk or mail client trips on it.
    const base =
      oneLine(shot.name, 80)
        .replace(/[^\w.\- ]+/g, '_')
        .replace(/^[.\s]+/, '') || 'screen';
    const name = /\.(png|jpe?g|gif|webp)$/i.test(base) ? base : `${base}.${extension}`;
    attachments.push({ name, contentType: match[1], base64: match[2], dataUrl: shot.dataUrl });
  }

  const reporter = d.reporter ?? {};
  const contact = str(reporter.contact);
  const title = line ? `${line} (${reference})` : `${kind} ${reference}`;
  const emailSubject = `New ${kind.toLowerCase()} ${reference}${line ? `: ${line}` : ''}`;

  const footer = [
    `Reference: ${reference}`,
    ...(sentFrom ? [`Sent from: ${sentFrom}`] : []),
    ...(attachments.length ? [`Picture of the screen attached: ${attachments[0].name}`] : [])
  ];
  const text = [
    `${kind} ${reference}${line ? `: ${line}` : ''}`,
    '',
    ...rows.flatMap(row => [`${row.label}:`, indent(row.value), '']),
    ...(details.length
      ? ['About the computer used to report:', ...details.map(r => `  ${r.label}: ${r.value}`), '']
      : []),
    ...footer,
    ...(inboxUrl
      ? [`Open it in the Techbridge inbox: ${inboxUrl}`]
      : [`Find it in the Techbridge inbox under ${reference}.`])
  ].join('\n');

  const rowHtml = (/** @type {Row} */ row) =>
    `<p><strong>${escapeHtml(row.label)}</strong><br>${htmlText(row.value)}</p>`;
  const html = [
    `<h2>${escapeHtml(kind)} ${escapeHtml(reference)}${line ? `: ${escapeHtml(line)}` : ''}</h2>`,
    ...rows.map(rowHtml),
    ...(details.length
      ? [
          '<p><strong>About the computer used to report</strong></p>',
          `<ul>${details.map(r => `<li>${escapeHtml(r.label)}: ${escapeHtml(r.value)}</li>`).join('')}</ul>`
        ]
      : []),
    `<p>${footer.map(escapeHtml).join('<br>')}</p>`,
    inboxUrl
      ? `<p><a href="${escapeHtml(inboxUrl)}">Open ${escapeHtml(reference)} in the Techbridge inbox</a></p>`
      : `<p>Find it in the Techbridge inbox under ${escapeHtml(reference)}.</p>`
  ].join('\n');

  return {
    title,
    emailSubject,
    rows,
    details,
    html,
    text,
    priority: str(d.priority) || null,
    reporter: { name: oneLine(reporter.name, 100), email: isEmailAddress(contact) ? contact : null },
    attachments,
    inboxUrl
  };
}

/** @param {string} value */
function indent(value) {
  return value
    .split(/\r?\n/)
    .map(line => `  ${line}`)
    .join('\n');
}

/**
 * The value at a dotted path in an envelope ("data.where.branch"), as text; '' when there is none.
 * @param {any} envelope
 * @param {string} path
 */
export function valueAtPath(envelope, path) {
  let value = envelope;
  for (const part of path.split('.')) {
    if (!value || typeof value !== 'object' || !Object.hasOwn(value, part)) return '';
    value = value[part];
  }
  if (value && typeof value === 'object' && typeof value.label === 'string') return value.label;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}
