// @ts-check
// Email through the library's own mail server (SMTP, with nodemailer). The message is the report itself, easy
// to read in any mail program (HTML and plain text, symptoms first), with a link to the inbox entry: for a
// library without a help desk this is how the IT person hears of a report at all. Its Message-ID is the same on
// every try, so a mail program can tell a rare repeat (after a connection cut mid-send) from a new report.
import nodemailer from 'nodemailer';
import { buildMessage } from './message.js';
import { RelayError } from './request.js';

/** Errors from nodemailer that mean the message may have been taken even though we got no clear answer. */
const UNCLEAR_CODES = new Set(['ETIMEDOUT', 'ESOCKET', 'ECONNRESET', 'EPROTOCOL', 'ESTREAM']);

/**
 * @param {import('../config.js').EmailConfig} config
 * @param {{ timeoutMs: number, publicUrl: string | null }} options
 * @returns {import('./request.js').Relay}
 */
export function createEmailRelay(config, { timeoutMs, publicUrl }) {
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    // Never log the conversation: it would carry the password and the report.
    logger: false,
    debug: false
  });
  const domain = config.from.split('@')[1] ?? 'techbridge.invalid';

  return {
    name: 'email',
    system: 'email',
    givesTicketNumber: false,
    async send(submission) {
      const message = buildMessage(submission, { publicUrl });
      let info;
      try {
        info = await transport.sendMail({
          from: { name: 'Techbridge', address: config.from },
          to: config.to,
          ...(message.reporter.email
            ? { replyTo: { name: message.reporter.name || message.reporter.email, address: message.reporter.email } }
            : {}),
          subject: message.emailSubject,
          text: message.text,
          html: `<!doctype html><html><body>${message.html}</body></html>`,
          messageId: `<${submission.id.replace(/[^\w.-]/g, '')}.${submission.reference}@${domain}>`,
          headers: { 'X-Techbridge-Reference': submission.reference },
          attachments: message.attachments.map(file => ({
            filename: file.name,
            content: Buffer.from(file.base64, 'base64'),
            contentType: file.contentType
          }))
        });
      } catch (error) {
        const err = /** @type {Error & { code?: string, responseCode?: number, response?: string }} */ (error);
        const code = err.code ?? '';
        if (code === 'EAUTH') {
          throw new RelayError('The mail server refused the user name or password in TB_SMTP_URL.');
        }
        if (code === 'ECONNECTION' || code === 'EDNS') {
          throw new RelayError(`The mail server could not be reached (${err.message}). Check TB_SMTP_URL.`);
        }
        if (code === 'EENVELOPE') {
          throw new RelayError(
            `The mail server refused the addresses (${err.message}). Check TB_MAIL_TO and TB_MAIL_FROM.`
          );
        }
        // A temporary refusal (4xx) was clearly not delivered; a cut connection or time-out might have been.
        const temporary = typeof err.responseCode === 'number' && err.responseCode >= 400 && err.responseCode < 500;
        throw new RelayError(`The mail server did not take the message (${code || 'error'}: ${err.message}).`, {
          unclear: !temporary && UNCLEAR_CODES.has(code)
        });
      }
      if (!info.accepted || info.accepted.length === 0) {
        throw new RelayError(
          `The mail server refused every recipient (${info.rejected?.join(', ') || 'none accepted'}).`
        );
      }
      return { number: null };
    },
    close() {
      transport.close();
    }
  };
}
