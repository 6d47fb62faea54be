import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoreCatalog } from '../core-i18n.js';
import type { I18nController } from '../i18n.js';
import { forgetNotice, onNoticesChange, pendingNotices, type Notice } from '../notices.js';
import type { FailCode, WaitCode } from '../outbox.js';
import { telLink } from '../phone.js';
import type { FieldWords } from './fields.js';

/**
 * Words and pieces for the outcome of a submission, shared by every element: why it waits, why it was not sent,
 * the other ways to get it there, and the "sent while you were away" notices. Each element writes its own
 * headline ("Report sent", "Thank you"); these are the sentences that must say the same thing everywhere.
 */

type Core = I18nController<CoreCatalog>;

const WAIT_KEYS: Record<WaitCode, keyof CoreCatalog> = {
  offline: 'waitOffline',
  unreachable: 'waitUnreachable',
  'not-allowed': 'waitNotAllowed',
  timeout: 'waitTimeout',
  busy: 'waitBusy',
  'server-error': 'waitServerError',
  elsewhere: 'waitElsewhere'
};

const FAIL_KEYS: Record<FailCode | 'no-endpoint' | 'bad-endpoint' | 'broken', keyof CoreCatalog> = {
  refused: 'failRefused',
  'not-accepted': 'failNotAccepted',
  redirected: 'failRedirected',
  'no-such-address': 'failNoSuchAddress',
  'not-kept': 'failNotKept',
  'no-endpoint': 'failNoEndpoint',
  'bad-endpoint': 'failBadEndpoint',
  broken: 'failNotKept'
};

/** Capitalises the first letter when a placeholder starts the sentence ("{inbox} is busy" → "The IT inbox…"). */
function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Why it waits, in the page's language. `inbox` names where it goes ("the IT inbox"); default "the inbox". */
export function waitText(core: Core, code: WaitCode, inbox?: string): string {
  return sentence(core.t(WAIT_KEYS[code], { inbox: inbox ?? core.t('inbox') }));
}

/** Why it was not sent, in the page's language. */
export function failText(core: Core, code: keyof typeof FAIL_KEYS, inbox?: string): string {
  return sentence(core.t(FAIL_KEYS[code], { inbox: inbox ?? core.t('inbox') }));
}

/** The words the field helpers need, from the core catalog. */
export function fieldWords(core: Core): FieldWords {
  return { errorPrefix: core.t('errorPrefix'), optional: core.t('optional') };
}

/**
 * Other ways to get it there when it cannot go (or may not go) by itself: copy the text, email it, call.
 * Only the ways that are set up are shown.
 */
export function fallbackActions(
  core: Core,
  options: { text?: string; mailtoHref?: string; phone?: string }
): TemplateResult | typeof nothing {
  const tel = options.phone ? telLink(options.phone) : undefined;
  if (!options.text && !options.mailtoHref && !tel) return nothing;
  return html`<ul class="tb-fallbacks" part="fallbacks">
    ${
      options.text
        ? html`<li>
            <button
              type="button"
              class="tb-button tb-button--secondary"
              @click=${(e: Event) => copy(e, core, options.text!)}
            >
              ${core.t('copyText')}
            </button>
            <span class="tb-copy-status" role="status"></span>
          </li>`
        : nothing
    }
    ${
      options.mailtoHref
        ? html`<li><a class="tb-link" href=${options.mailtoHref}>${core.t('emailInstead')}</a></li>`
        : nothing
    }
    ${
      tel && options.phone
        ? html`<li><a class="tb-link" href=${tel}>${core.t('callNumber', { phone: options.phone })}</a></li>`
        : nothing
    }
  </ul>`;
}

async function copy(event: Event, core: Core, text: string) {
  const status = (event.currentTarget as HTMLElement).nextElementSibling;
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    ok = false;
  }
  if (status) status.textContent = ok ? core.t('copied') : core.t('copyFailed');
}

const WHAT_KEYS: Record<string, keyof CoreCatalog> = {
  'problem-report': 'whatProblemReport',
  'incident-note': 'whatIncidentNote',
  'glossary-suggestion': 'whatGlossarySuggestion',
  'partner-suggestion': 'whatPartnerSuggestion',
  'partner-correction': 'whatPartnerCorrection',
  'outreach-log': 'whatOutreachLog',
  'donation-decision': 'whatDonationDecision',
  mou: 'whatMou'
};

/** One sentence for a notice: "Your problem report from 10:42 was sent. Its reference number is PR-000123." */
export function noticeText(core: Core, notice: Notice, now = new Date()): string {
  const what = core.t(WHAT_KEYS[notice.type] ?? 'whatOther');
  const saved = new Date(notice.savedAt);
  const sameDay = saved.toDateString() === now.toDateString();
  const when = sameDay
    ? core.t('whenToday', { time: core.date(saved, { timeStyle: 'short' }) })
    : core.t('whenDay', { date: core.date(saved, { dateStyle: 'medium', timeStyle: 'short' }) });
  if (notice.state === 'refused') return core.t('noticeRefused', { what, when });
  return notice.reference
    ? core.t('noticeSentReference', { what, when, reference: notice.reference })
    : core.t('noticeSent', { what, when });
}

const boards: NoticeController[] = [];

/**
 * Shows "sent while you were away" news in one Techbridge element per page (the first connected one), so three
 * elements on a page do not say it three times. Render `this.notices.render()` near the top of the element.
 */
export class NoticeController implements ReactiveController {
  private notices: Notice[] = [];
  private unwatch: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly core: Core
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    boards.push(this);
    this.unwatch = onNoticesChange(this.refresh);
    this.refresh();
  }

  hostDisconnected(): void {
    const index = boards.indexOf(this);
    if (index >= 0) boards.splice(index, 1);
    this.unwatch?.();
    // The next element on the page takes over the news.
    boards[0]?.refresh();
  }

  private refresh = () => {
    this.notices = pendingNotices();
    this.host.requestUpdate();
  };

  /** The notices, if this element is the page's first; nothing otherwise. */
  render(): TemplateResult | typeof nothing {
    if (boards[0] !== this || !this.notices.length) return nothing;
    return html`<div role="status">
      <ul class="tb-notices" part="notices">
        ${this.notices.map(notice => {
          const text = noticeText(this.core, notice);
          const what = this.core.t(WHAT_KEYS[notice.type] ?? 'whatOther');
          return html`<li class="tb-notice tb-notice--${notice.state}">
            <p>${text}</p>
            ${notice.ticket ? html`<p>${this.core.t('noticeTicket', { number: notice.ticket.number })}</p>` : nothing}
            <button type="button" class="tb-button tb-button--secondary" @click=${() => forgetNotice(notice.id)}>
              ${this.core.t('noticeDismiss')}<span class="visually-hidden">: ${what}</span>
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }
}

/** Styles for the pieces above, in the shared tokens. */
export const outcomeStyles = css`
  .tb-fallbacks {
    list-style: none;
    margin: 0.75rem 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.25rem;
    align-items: center;
  }
  .tb-copy-status:not(:empty) {
    display: block;
    margin-top: 0.25rem;
    color: var(--_tb-text-muted);
  }
  .tb-notices {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .tb-notice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.75rem 1rem;
    border-inline-start: 5px solid var(--_tb-success);
    background: var(--_tb-panel);
    color: var(--_tb-text);
  }
  .tb-notice--refused {
    border-inline-start-color: var(--_tb-error);
  }
  .tb-notice p {
    margin: 0;
  }
`;
