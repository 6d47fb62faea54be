// @ts-check
// How the inbox shows one problem report to the library's IT person: the symptoms first (what happened, the
// exact message, what they were doing), then where and how urgent, then what was tried, and the automatic
// details about the reporting computer last. Everything in the envelope came from a web page: every value goes
// through escapeHtml, and only a checked data:image URL of a raster type becomes an <img>.

const SAFE_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+$/;

/**
 * @param {any} envelope a stored problem-report envelope (already validated against the schema)
 * @param {(value: unknown) => string} escapeHtml
 * @returns {string} HTML
 */
export function renderProblemReport(envelope, escapeHtml) {
  const d = envelope?.data ?? {};
  const text = (/** @type {unknown} */ value) =>
    typeof value === 'string' || typeof value === 'number' ? escapeHtml(value) : '';
  const label = (/** @type {any} */ choice) => (choice && typeof choice === 'object' ? text(choice.label) : '');
  /** @type {string[]} */
  const rows = [];
  const row = (/** @type {string} */ name, /** @type {string} */ html, pre = false) => {
    if (!html) return;
    rows.push(
      `<dt>${escapeHtml(name)}</dt><dd>${pre ? `<pre class="text">${html}</pre>` : `<span class="text">${html}</span>`}</dd>`
    );
  };

  const error = d.errorMessage ?? {};
  const errorHtml =
    error.status === 'given'
      ? `<pre class="text"><code>${text(error.text)}</code></pre>`
      : error.status === 'none'
        ? 'There was no message on the screen.'
        : '<span class="empty">Not given</span>';

  const heading = `<h3 class="pr-summary"><span class="pr-priority">${text(d.priority) || 'normal'}</span> · ${text(d.summary)}</h3>`;

  row('What happened', text(d.whatHappened));
  rows.push(`<dt>Message on the screen</dt><dd>${errorHtml}</dd>`);
  row('Trying to', text(d.tryingTo));
  row('Expected', text(d.expected));
  row('Program', label(d.program));
  row('Web page', text(d.webPage));
  row('Started', label(d.started));
  row('How often', label(d.frequency));

  const where = d.where ?? {};
  const place = [where.branch, where.location, where.asset]
    .filter(v => typeof v === 'string' && v)
    .map(text)
    .join(', ');
  row('Where', place);
  if (where.reportedFromAffectedComputer === false) {
    row('Note', 'Reported from a different computer: the details below are about that computer, not the affected one.');
  }
  row('Who is affected', label(d.scope));
  row('What can’t be done', label(d.impact));
  const tried = Array.isArray(d.tried) ? d.tried.filter(/** @param {unknown} t */ t => typeof t === 'string') : [];
  if (tried.length || d.triedOther) {
    const items = [...tried.map(text), ...(d.triedOther ? [text(d.triedOther)] : [])];
    rows.push(`<dt>Already tried</dt><dd><ul>${items.map(item => `<li>${item}</li>`).join('')}</ul></dd>`);
  }
  const reporter = d.reporter ?? {};
  row(
    'Reported by',
    [reporter.name, reporter.contact]
      .filter(v => typeof v === 'string' && v)
      .map(text)
      .join(', ')
  );

  const shot = d.screenshot;
  if (shot && typeof shot.dataUrl === 'string' && SAFE_IMAGE.test(shot.dataUrl)) {
    rows.push(
      `<dt>Picture</dt><dd><img class="pr-screenshot" src="${escapeHtml(shot.dataUrl)}" alt="Picture of the screen sent with the report: ${text(shot.name)}" width="480"></dd>`
    );
  }

  const c = d.context ?? {};
  /** @type {Array<[string, unknown]>} */
  const contextRows = [
    ['Browser', c.browser],
    ['System', c.os],
    ['Screen', c.screen && `${c.screen} (window ${c.window ?? '?'}, zoom ${c.pixelRatio ?? '?'})`],
    ['Language', c.language],
    ['Online', typeof c.online === 'boolean' ? (c.online ? 'Yes' : 'No') : undefined],
    ['Local time', c.localTime && `${c.localTime}${c.timeZone ? ` ${c.timeZone}` : ''}`],
    ['Page', c.pageUrl],
    ['User agent', c.userAgent]
  ];
  const contextHtml = contextRows
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd><span class="text">${text(value)}</span></dd>`)
    .join('');
  const masked =
    d.privacy && Number.isInteger(d.privacy.maskedCount) && d.privacy.maskedCount > 0
      ? `<p class="note">${escapeHtml(d.privacy.maskedCount)} card number(s), email address(es) or phone number(s) were hidden before sending.</p>`
      : '';

  return `<div class="problem-report">
${heading}
<dl>${rows.join('')}</dl>
${masked}
<details class="pr-context"><summary>Details about the computer used to report</summary><dl>${contextHtml}</dl></details>
</div>`;
}
