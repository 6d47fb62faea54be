// @ts-check
// The inbox: one server-rendered page where the library's IT person reads what staff sent. Everything in a
// submission came from a web page and is untrusted, so every value goes through escapeHtml on its way out.
import { renderProblemReport } from './inbox-problem-report.js';
import { renderRelayStates } from './relays/inbox-state.js';

const HTML_ESCAPES = /** @type {Record<string, string>} */ ({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
});

/**
 * Makes any value safe to place in HTML text or in a quoted attribute.
 * @param {unknown} value
 */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, char => HTML_ESCAPES[char]);
}

/**
 * `problem-report` → `Problem report`, `stepsTried` → `Steps tried`, `error_message` → `Error message`.
 * @param {string} name
 */
export function humanize(name) {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** @param {string} iso */
function formatTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return escapeHtml(iso);
  const text = date.toLocaleString('en-GB', { timeZone: 'UTC', dateStyle: 'long', timeStyle: 'short' });
  return `<time datetime="${escapeHtml(date.toISOString())}">${escapeHtml(text)} UTC</time>`;
}

const EMPTY = '<span class="empty">(empty)</span>';

/**
 * Any JSON value as readable HTML: objects as definition lists, arrays as numbered lists, text kept as typed.
 * @param {unknown} value
 * @returns {string}
 */
export function renderValue(value) {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    return `<ol>${value.map(item => `<li>${renderValue(item)}</li>`).join('')}</ol>`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return EMPTY;
    const rows = entries.map(([key, item]) => `<dt>${escapeHtml(humanize(key))}</dt><dd>${renderValue(item)}</dd>`);
    return `<dl>${rows.join('')}</dl>`;
  }
  return `<span class="text">${escapeHtml(value)}</span>`;
}

/**
 * How the `data` of each submission type is shown. A type without an entry gets the general definition list;
 * an element that needs a better layout (problem-report, say) adds `type: envelope => html` here. A renderer
 * returns HTML and must escape every value it takes from the envelope.
 * @type {Map<string, (envelope: any) => string>}
 */
export const dataRenderers = new Map();
dataRenderers.set('problem-report', envelope => renderProblemReport(envelope, escapeHtml));

/** @param {any} envelope */
const renderData = envelope => (dataRenderers.get(envelope.type) ?? (e => renderValue(e.data)))(envelope);

/** @param {string} url */
function renderPageLink(url) {
  // Only ordinary web addresses become links; anything else (javascript:, data:) is shown as text.
  return /^https?:\/\//i.test(url)
    ? `<a href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(url)}</a>`
    : escapeHtml(url);
}

/** @param {import('./store.js').StoredSubmission & { relays?: import('./relay-queue.js').RelayState[] }} submission */
function renderSubmission(submission) {
  const { reference, type, receivedAt, envelope } = submission;
  const page = envelope.page ?? {};
  const from = page.title ? `${escapeHtml(page.title)} (${renderPageLink(page.url)})` : renderPageLink(page.url ?? '');
  return `
<article class="submission" id="${escapeHtml(reference)}">
  <h2><span class="reference">${escapeHtml(reference)}</span> <span class="kind">${escapeHtml(humanize(type))}</span></h2>
  <p class="meta">Received ${formatTime(receivedAt)}. Sent from ${from}.</p>
  ${submission.relays ? renderRelayStates(submission.relays, escapeHtml) : ''}
  <div class="data">${renderData(envelope)}</div>
</article>`;
}

/**
 * @param {{ href: string, label: string, current: boolean }} link
 */
const renderFilterLink = ({ href, label, current }) =>
  `<li><a href="${escapeHtml(href)}"${current ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`;

/**
 * @param {string} title
 * @param {string} body
 */
function page(title, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/inbox.css">
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * @param {{ submissions: import('./store.js').StoredSubmission[], counts: Array<{ type: string, count: number }>,
 *   type: string | null, limit: number }} view
 */
export function renderInboxPage({ submissions, counts, type, limit }) {
  const total = counts.reduce((sum, row) => sum + row.count, 0);
  const shown = type === null ? total : (counts.find(row => row.type === type)?.count ?? 0);
  const filters = [
    { href: '/inbox', label: `Everything (${total})`, current: type === null },
    ...counts.map(row => ({
      href: `/inbox?type=${encodeURIComponent(row.type)}`,
      label: `${humanize(row.type)} (${row.count})`,
      current: row.type === type
    }))
  ];
  let list;
  if (submissions.length === 0) {
    list =
      type === null
        ? '<p class="none">Nothing has been sent yet. When someone sends a Techbridge form, it appears here.</p>'
        : `<p class="none">Nothing of this kind has been sent yet. <a href="/inbox">Show everything</a>.</p>`;
  } else {
    const more = shown > submissions.length ? `<p class="note">Showing the newest ${limit} of ${shown}.</p>` : '';
    list = more + submissions.map(renderSubmission).join('');
  }
  return page(
    type === null ? 'Inbox – Techbridge' : `${humanize(type)} – Inbox – Techbridge`,
    `<header>
<h1>Inbox</h1>
<p>What staff sent through Techbridge forms, newest first. Quote the reference (like PR-000012) when you reply.</p>
</header>
<nav aria-label="Show only one kind">
<ul>${filters.map(renderFilterLink).join('')}</ul>
</nav>
<main>${list}
</main>`
  );
}

/**
 * A short page with one message, for sign-in prompts and mistakes in the address.
 * @param {string} heading
 * @param {string} text plain text
 */
export function renderMessagePage(heading, text) {
  return page(
    `${heading} – Techbridge`,
    `<main>\n<h1>${escapeHtml(heading)}</h1>\n<p>${escapeHtml(text)}</p>\n</main>`
  );
}

/** The page a browser shows when someone cancels the sign-in prompt or types the wrong token. */
export const SIGN_IN_TEXT =
  'The inbox is only for the person who looks after the library’s computers. Reload this page and sign in ' +
  'with any user name and the admin token as the password. The token is printed when the server starts and ' +
  'kept in the file admin-token beside the database.';
