// @ts-check
// osTicket's API: POST {base}/api/tickets.json with the key in X-API-Key (an osTicket key is bound to the IP
// address it is used from). The message is HTML in a data: URL; the screenshot goes as a data: URL attachment;
// osTicket answers 201 with the new ticket number as plain text. osTicket's API cannot search, so a retry after
// an unclear failure (a time-out, a 5xx) may make a second ticket: that is said in the inbox and the log.
import { buildMessage, oneLine, valueAtPath } from './message.js';
import { refusal, request } from './request.js';

/**
 * @param {import('../config.js').OsTicketConfig} config
 * @param {{ timeoutMs: number, publicUrl: string | null }} options
 * @returns {import('./request.js').Relay}
 */
export function createOsTicketRelay(config, { timeoutMs, publicUrl }) {
  const endpoint = `${config.url}/api/tickets.json`;
  return {
    name: 'osticket',
    system: 'osTicket',
    givesTicketNumber: true,
    async send(submission) {
      const message = buildMessage(submission, { publicUrl });
      /** @type {Record<string, unknown>} */
      const body = {
        alert: true,
        autorespond: false,
        source: 'API',
        name: message.reporter.name || 'Library staff (Techbridge)',
        email: message.reporter.email ?? config.email,
        subject: oneLine(message.title, 255),
        // osTicket reads "data:text/html;charset=utf-8," and takes the rest as it is (no URL decoding).
        message: `data:text/html;charset=utf-8,${message.html}`
      };
      const topicId = config.topicIds[submission.type];
      if (topicId !== undefined) body.topicId = topicId;
      const priorityId = message.priority === null ? undefined : config.priorityIds[message.priority];
      if (priorityId !== undefined) body.priorityId = priorityId;
      for (const [variable, path] of Object.entries(config.fields)) {
        const value = valueAtPath(submission.envelope, path);
        if (value && !Object.hasOwn(body, variable)) body[variable] = value;
      }
      if (message.attachments.length) {
        body.attachments = message.attachments.map(file => ({ [file.name]: file.dataUrl }));
      }

      const response = await request(
        'osTicket',
        endpoint,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'text/plain', 'X-API-Key': config.key },
          body: JSON.stringify(body)
        },
        timeoutMs
      );
      if (response.status !== 201 && response.status !== 200) {
        throw refusal(
          'osTicket',
          response,
          'Check TB_OSTICKET_KEY, and that the key in osTicket (Admin panel → Manage → API) is for this server’s IP address.'
        );
      }
      const number = response.text.trim();
      // Accepted: it must not be sent again, even when the answer is not a number we can read.
      return { number: /^[\w-]{1,40}$/.test(number) ? number : null };
    }
  };
}
