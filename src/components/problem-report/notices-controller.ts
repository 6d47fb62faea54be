import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { noticeText } from '../../core/form/outcome.js';
import { forgetNotice, onNoticesChange, pendingNotices, type Notice } from '../../core/notices.js';
import type { I18nController } from '../../core/i18n.js';
import type { CoreCatalog } from '../../core/core-i18n.js';

const WHAT: Record<string, keyof CoreCatalog> = {
  'problem-report': 'whatProblemReport',
  'incident-note': 'whatIncidentNote'
};

/**
 * "Sent while you were away" news, on the shared notice list (`core/notices.ts`), with core's words.
 *
 * Written here rather than using core's `NoticeController` because its markup fails axe (`role="status"` on a
 * `<ul>`, and a close button whose name does not contain its visible text); the lead may fold this back into core.
 */
export class ReportNoticesController implements ReactiveController {
  private notices: Notice[] = [];
  private unwatch?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly core: I18nController<CoreCatalog>
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unwatch = onNoticesChange(this.refresh);
    this.refresh();
  }

  hostDisconnected(): void {
    this.unwatch?.();
  }

  private refresh = () => {
    this.notices = pendingNotices();
    this.host.requestUpdate();
  };

  render(): TemplateResult | typeof nothing {
    const core = this.core;
    return html`<div class="tb-notices" part="notices" role="status">
      ${
        this.notices.length
          ? html`<ul>
              ${this.notices.map(notice => {
                const what = core.t(WHAT[notice.type] ?? 'whatOther');
                return html`<li class="tb-notice tb-notice--${notice.state}">
                  <p>${noticeText(core, notice)}</p>
                  ${notice.ticket ? html`<p>${core.t('noticeTicket', { number: notice.ticket.number })}</p>` : nothing}
                  <button type="button" class="secondary" @click=${() => forgetNotice(notice.id)}>
                    ${core.t('noticeDismiss')}<span class="visually-hidden"> (${what})</span>
                  </button>
                </li>`;
              })}
            </ul>`
          : nothing
      }
    </div>`;
  }
}
