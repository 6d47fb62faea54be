// @ts-check
// Zammad's API: POST {base}/api/v1/tickets with "Authorization: Token token=…". The ticket carries our
// submission id as a tag (tb-<id>), so that after an unclear failure (a time-out, a 5xx, a restart mid-request)
// the next try first searches for that tag and takes the ticket it finds instead of making a second one.
import { buildMessage, oneLine } from './message.js';
import { refusal, RelayError, request } from './request.js';

/** @param {string} id our submission id */
export const zammadTag = id => `tb-${id.toLowerCase()}`;

/**
 * @param {import('../config.js').ZammadConfig} config
 * @param {{ timeoutMs: number, publicUrl: string | null }} options
 * @returns {import('./request.js').Relay}
 */
export function createZammadRelay(config, { timeoutMs, publicUrl }) {
  const headers = {
    Authorization: `Token token=${config.token}`,
    Accept: 'application/json'
  };
  const credentialHint = 'Check TB_ZAMMAD_TOKEN: an access token with the ticket.agent permission.';

  /**
   * The ticket already made for this submission, if an earlier try got through after all.
   * @param {string} tag
   * @returns {Promise<{ number: string, id: string } | null>}
   */
  async function find(tag) {
    const query = new URLSearchParams({ query: `tags:"${tag}"`, expand: 'true', limit: '5' });
    const response = await request('Zammad', `${config.url}/api/v1/tickets/search?${query}`, { headers }, timeoutMs);
    if (response.status !== 200) throw refusal('Zammad', response, credentialHint);
    let found;
    try {
      found = JSON.parse(response.text);
    } catch {
      throw new RelayError('Zammad’s search answer could not be read.', { unclear: true });
    }
    // expand=true answers with a list of tickets; without it Zammad answers { tickets: [ids], assets }.
    const tickets = Array.isArray(found) ? found : Object.values(found?.assets?.Ticket ?? {});
    const ticket = tickets.find(t => t && (t.number !== undefined || t.id !== undefined));
    return ticket ? { number: String(ticket.number ?? ''), id: String(ticket.id ?? '') } : null;
  }

  return {
    name: 'zammad',
    system: 'Zammad',
    givesTicketNumber: true,
    async send(submission, { retryAfterUnclear }) {
      const tag = zammadTag(submission.id);
      if (retryAfterUnclear) {
        const existing = await find(tag);
        if (existing) return existing;
      }
      const message = buildMessage(submission, { publicUrl });
      const customer = message.reporter.email ?? config.customer;
      /** @type {Record<string, unknown>} */
      const body = {
        title: oneLine(message.title, 250),
        group: config.group,
        customer_id: `guess:${customer}`,
        article: {
          subject: oneLine(message.title, 250),
          body: message.html,
          content_type: 'text/html',
          type: 'web',
          internal: false,
          ...(message.attachments.length
            ? {
                attachments: message.attachments.map(file => ({
                  filename: file.name,
                  data: file.base64,
                  'mime-type': file.contentType
                }))
              }
            : {})
        },
        tags: ['techbridge', tag, submission.reference.toLowerCase()].join(',')
      };
      const priorityId = message.priority === null ? undefined : config.priorityIds[message.priority];
      if (priorityId !== undefined) body.priority_id = priorityId;

      const response = await request(
        'Zammad',
        `${config.url}/api/v1/tickets`,
        { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
        timeoutMs
      );
      if (response.status !== 201 && response.status !== 200) throw refusal('Zammad', response, credentialHint);
      try {
        const ticket = JSON.parse(response.text);
        return { number: ticket.number === undefined ? null : String(ticket.number), id: String(ticket.id ?? '') };
      } catch {
        // Accepted: never post it again, even if the answer could not be read.
        return { number: null };
      }
    }
  };
}
