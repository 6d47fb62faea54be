// @ts-check
// How the inbox shows where a submission was passed on: sent (with the help desk's ticket number), waiting, or
// not sent yet with the last problem in plain words and when the next try is. No secrets are ever stored in a
// relay's error, and everything is escaped all the same.

/**
 * @param {import('../relay-queue.js').RelayState[]} states
 * @param {(value: unknown) => string} escapeHtml
 * @returns {string} HTML
 */
export function renderRelayStates(states, escapeHtml) {
  if (!states.length) return '';
  const items = states.map(state => {
    const to = state.relay === 'email' ? 'by email' : `to ${escapeHtml(state.system)}`;
    if (state.state === 'sent') {
      const ticket = state.ticketNumber ? `: ticket <strong>${escapeHtml(state.ticketNumber)}</strong>` : '';
      return `<li class="relay relay-sent">Sent ${to}${ticket}.</li>`;
    }
    if (state.state === 'sending') return `<li class="relay relay-waiting">Being sent ${to} now.</li>`;
    if (state.attempts === 0) return `<li class="relay relay-waiting">Waiting to be sent ${to}.</li>`;
    const next = state.nextAttemptAt ? formatTime(state.nextAttemptAt) : '';
    const tries = state.attempts === 1 ? 'tried once' : `tried ${escapeHtml(state.attempts)} times`;
    return (
      `<li class="relay relay-failing">Not sent ${to} yet (${tries}). ` +
      `${state.lastError ? `Last problem: ${escapeHtml(state.lastError)} ` : ''}` +
      `${next ? `Next try ${escapeHtml(next)}.` : ''} It is kept and tried again until it goes through.</li>`
    );
  });
  return `<ul class="relays" aria-label="Passed on">${items.join('')}</ul>`;
}

/** @param {string} iso */
function formatTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.toLocaleString('en-GB', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' })} UTC`;
}
