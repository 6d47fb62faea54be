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
 * Characters that change how text looks without being seen: control characters (NUL, ANSI escapes) other than
 * tab and line breaks, and the bidirectional overrides that can make text read backwards ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Makes any value safe to place in HTML text or in a quoted attribute. Invisible and direction-changing
 * characters are shown as their code, like [U+202E], so the IT person sees what was sent.
 * @param {unknown} value
 */
export function escapeHtml(value) {
  return String(value)
    .replace(/[&<>"']/g, char => HTML_ESCAPES[char])
    .replace(INVISIBLE, char => `[U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
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

/** @param {number} bytes */
function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** @param {string} reference */
const submissionHref = reference => `/inbox/${encodeURIComponent(reference)}`;

/**
 * The short id is the start of the envelope id: the browser shows it as "its number on this computer".
 * @param {string} shortId
 */
const renderShortId = shortId =>
  `Number on the sender’s computer: <span class="short-id">${escapeHtml(shortId)}</span>.`;

/**
 * One submission in the list: what it is and a short preview, never the whole of it.
 * @param {import('./store.js').SubmissionSummary & { relays?: import('./relay-queue.js').RelayState[] }} summary
 */
function renderSummary({ reference, type, shortId, receivedAt, preview, size, relays }) {
  return `
<article class="submission" id="${escapeHtml(reference)}">
  <h2><a href="${escapeHtml(submissionHref(reference))}"><span class="reference">${escapeHtml(reference)}</span></a> <span class="kind">${escapeHtml(humanize(type))}</span></h2>
  <p class="meta">Received ${formatTime(receivedAt)}. ${renderShortId(shortId)} ${escapeHtml(formatSize(size))}.</p>
  <p class="preview">${preview ? escapeHtml(preview) : EMPTY}</p>
  ${relays ? renderRelayStates(relays, escapeHtml) : ''}
</article>`;
}

/** @param {import('./store.js').StoredSubmission & { relays?: import('./relay-queue.js').RelayState[] }} submission */
function renderSubmission(submission) {
  const { reference, type, id, receivedAt, envelope } = submission;
  const page = envelope.page ?? {};
  const from = page.title ? `${escapeHtml(page.title)} (${renderPageLink(page.url)})` : renderPageLink(page.url ?? '');
  return `
<article class="submission" id="${escapeHtml(reference)}">
  <h1><span class="reference">${escapeHtml(reference)}</span> <span class="kind">${escapeHtml(humanize(type))}</span></h1>
  <p class="meta">Received ${formatTime(receivedAt)}. Sent from ${from}. ${renderShortId(id.slice(0, 8))}</p>
  ${submission.relays ? renderRelayStates(submission.relays, escapeHtml) : ''}
  <div class="data">${renderData(envelope)}</div>
</article>`;
}

/**
 * The page for one whole submission.
 * @param {import('./store.js').StoredSubmission} submission
 */
export function renderSubmissionPage(submission) {
  return page(
    `${submission.reference} – Inbox – Techbridge`,
    `<nav aria-label="Inbox"><p><a href="/inbox">Back to the inbox</a></p></nav>
<main>${renderSubmission(submission)}
</main>`
  );
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

/** @param {string | null} find */
const renderSearch = find => `<form method="get" action="/inbox" role="search">
<label for="find">Find a submission by its reference (like PR-000012) or the number on the sender’s computer (like e6dd83bb)</label>
<input id="find" name="find" type="search" autocomplete="off" spellcheck="false"${find === null ? '' : ` value="${escapeHtml(find)}"`}>
<button type="submit">Find</button>
</form>`;

/**
 * @param {{ newer: string | null, older: string | null }} links
 */
function renderPager({ newer, older }) {
  if (!newer && !older) return '';
  const items = [
    newer ? `<li><a href="${escapeHtml(newer)}">Newest</a></li>` : '',
    older ? `<li><a href="${escapeHtml(older)}" rel="next">Older</a></li>` : ''
  ];
  return `<nav class="pager" aria-label="More submissions"><ul>${items.join('')}</ul></nav>`;
}

/**
 * One page of the inbox: summaries, newest first, with links to older pages, or the results of a search.
 * @param {{ submissions: import('./store.js').SubmissionSummary[], counts: Array<{ type: string, count: number }>,
 *   type: string | null, find: string | null, newer: string | null, older: string | null }} view
 */
export function renderInboxPage({ submissions, counts, type, find, newer, older }) {
  const total = counts.reduce((sum, row) => sum + row.count, 0);
  const filters = [
    { href: '/inbox', label: `Everything (${total})`, current: type === null && find === null },
    ...counts.map(row => ({
      href: `/inbox?type=${encodeURIComponent(row.type)}`,
      label: `${humanize(row.type)} (${row.count})`,
      current: row.type === type
    }))
  ];
  let list;
  if (find !== null) {
    const found = submissions.length;
    list =
      (found === 0
        ? `<p class="none">Nothing matches “${escapeHtml(find)}”. Check the reference or number, or <a href="/inbox">show everything</a>.</p>`
        : `<p class="note">${found === 1 ? 'One submission matches' : `${found} submissions match`} “${escapeHtml(find)}”.</p>`) +
      submissions.map(renderSummary).join('');
  } else if (submissions.length === 0) {
    list =
      type === null
        ? '<p class="none">Nothing has been sent yet. When someone sends a Techbridge form, it appears here.</p>'
        : `<p class="none">Nothing of this kind has been sent yet. <a href="/inbox">Show everything</a>.</p>`;
  } else {
    list = submissions.map(renderSummary).join('') + renderPager({ newer, older });
  }
  return page(
    type === null ? 'Inbox – Techbridge' : `${humanize(type)} – Inbox – Techbridge`,
    `<header>
<h1>Inbox</h1>
<p>What staff sent through Techbridge forms, newest first. Quote the reference (like PR-000012) when you reply.</p>
${renderSearch(find)}
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
