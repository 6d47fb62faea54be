import { createEnvelope } from '../../core/envelope.js';
import { parseEndpoint } from '../../core/submit.js';
import type { OutboxEntry } from '../../core/outbox.js';
import { format } from './strings.js';
import { checkBarcodePattern, createMasker, DEFAULT_BARCODE_PATTERN, type Masker } from './mask.js';
import { collectContext } from './context-info.js';
import { REMEMBER_KEY, remove, writeJson } from './draft.js';
import { buildReportData, reportAsText, type FormValues, type ProblemReportData } from './payload.js';
import { Outcome, MORE_FIELDS, groupOf, IMAGE_TYPES, formatBytes, readAsDataUrl } from './report-shared.js';
import { ProblemReportBase } from './report-base.js';

/** Building, checking and sending the report; pictures; refused reports. */
export abstract class ProblemReportActions extends ProblemReportBase {
  // ---------------------------------------------------------------- building the report

  /** Masks the page's own address and title the same way as the report's text. */
  protected maskPage(masker: Masker) {
    return (page: { url: string; title: string }) => ({
      url: masker.maskAddress(page.url),
      title: masker.mask(page.title)
    });
  }

  protected makeMasker(): Masker {
    const pattern =
      this.barcodePattern && !checkBarcodePattern(this.barcodePattern) ? this.barcodePattern : DEFAULT_BARCODE_PATTERN;
    return createMasker({ card: this.s.maskCard, email: this.s.maskEmail, phone: this.s.maskPhone }, pattern);
  }

  protected buildData(): ProblemReportData {
    const masker = this.makeMasker();
    const context = collectContext(
      url => masker.maskAddress(url),
      new Date(),
      text => masker.mask(text)
    );
    return buildReportData(this.values, {
      strings: this.s,
      pickers: this.pickerConfig,
      masker,
      context,
      priorityMap: this.customPriorityMap,
      screenshot: this.screenshot
    });
  }

  protected fieldLabels(): Record<string, string> {
    const s = this.s;
    return {
      summary: s.summaryLabel,
      whatHappened: s.whatHappenedLabel,
      errorMessage: s.errorLabel,
      tryingTo: s.tryingToLabel,
      expected: s.expectedLabel,
      programOther: s.programOtherLabel,
      webPage: s.webPageLabel,
      branch: s.branchLabel,
      location: s.locationLabel,
      asset: s.assetLabel,
      triedOther: s.triedOtherLabel,
      name: s.nameLabel,
      contact: s.contactLabel
    };
  }

  // ---------------------------------------------------------------- handlers

  protected handleContinue = (event: Event) => {
    event.preventDefault();
    const errors = this.validateAll();
    this.errors = errors;
    if (Object.keys(errors).length) {
      if (Object.keys(errors).some(key => MORE_FIELDS.has(key as keyof FormValues))) this.moreOpen = true;
      this.focusAfterUpdate = '.error-summary';
      return;
    }
    this.lastData = this.buildData();
    this.lastText = reportAsText(this.lastData, this.s);
    this.changed = this.changing;
    this.changing = undefined;
    this.askContact = !this.values.contact.trim();
    this.confirmingQuick = false;
    this.step = 'review';
    this.focusAfterUpdate = '#review-heading';
  };

  protected handleSend = async (event?: Event) => {
    event?.preventDefault();
    // The controller refuses a second submit while one is under way; the robot check's pause counts too.
    if (this.busy) return;
    const confirmed = (event?.currentTarget as HTMLElement | undefined)?.id === 'send-confirmed';
    try {
      await this.send(confirmed);
    } catch {
      // Something here broke before sending. The report is still here and in the draft: say so.
      this.showOutcome({ kind: 'failed', id: '', message: '', broke: true });
    }
  };

  protected async send(confirmed = false) {
    // Rebuild: the time and online state belong to the moment of sending.
    const data = this.buildData();
    this.lastData = data;
    this.lastText = reportAsText(data, this.s);
    const tooFast =
      !this.typedEarlier && this.minFillSeconds > 0 && Date.now() - this.shownAt < this.minFillSeconds * 1000;
    if (tooFast && !this.honeypot && !confirmed) {
      // A quick person must never be told "sent" when nothing was: ask them to confirm instead.
      this.confirmingQuick = true;
      this.focusAfterUpdate = '#quick-heading';
      return;
    }
    this.confirmingQuick = false;
    if (this.honeypot) {
      // A filled honeypot is a form-filling robot: say nothing different, send nothing.
      this.holding = true;
      try {
        await new Promise(resolve => setTimeout(resolve, 400));
      } finally {
        this.holding = false;
      }
      this.clearDraft();
      this.showOutcome({ kind: 'bot' });
      return;
    }
    const endpoint = parseEndpoint(this.endpoint);
    if (endpoint.kind === 'none' || endpoint.kind === 'invalid') {
      this.showOutcome({ kind: 'local' });
      return;
    }
    const envelope = createEnvelope('problem-report', data as unknown as Record<string, unknown>, {
      maskPage: this.maskPage(this.makeMasker())
    });
    const result = await this.sender.submit(envelope, {
      endpoint,
      csrfToken: this.csrfToken || undefined,
      mail: { subject: `${this.s.textTitle}: ${data.summary}`.slice(0, 200), body: this.lastText }
    });
    switch (result.status) {
      case 'sent':
        this.rememberReporter();
        this.clearDraft();
        this.showOutcome({ kind: 'sent', id: result.id, reference: result.reference, ticket: result.ticket?.number });
        break;
      case 'queued':
        this.rememberReporter();
        // The outbox holds it now; keeping the draft as well would invite a second, duplicate report.
        if (result.persistent) this.clearDraft();
        // The controller also asks the next page with any Techbridge element to say what became of it.
        this.sentHere.add(result.id);
        this.showOutcome({ kind: 'queued', id: result.id, reason: result.reason, persistent: result.persistent });
        break;
      case 'failed': {
        // Something below broke (browser storage gone, say): the report is still here and in the draft.
        const broke = this.sender.state.kind === 'failed' && this.sender.state.code === 'broken';
        this.showOutcome(
          broke
            ? { kind: 'failed', id: '', message: '', broke: true }
            : { kind: 'failed', id: result.id, message: result.message, fieldErrors: result.fieldErrors }
        );
        break;
      }
      case 'mailto':
        this.showOutcome({ kind: 'mailto' });
        break;
      case 'cancelled':
        break;
    }
  }

  protected showOutcome(outcome: Outcome) {
    this.outcome = outcome;
    this.step = 'outcome';
    this.copyMessage = '';
    this.reportOpen = false;
    this.focusAfterUpdate = '#outcome-heading';
  }

  protected rememberReporter() {
    if (!this.remember) return;
    if (this.values.remember)
      writeJson(REMEMBER_KEY, { name: this.values.name, branch: this.values.branch, contact: this.values.contact });
    else remove(REMEMBER_KEY);
  }

  protected goToField(key: keyof FormValues) {
    this.step = 'form';
    if (MORE_FIELDS.has(key)) this.moreOpen = true;
    this.focusAfterUpdate = `#f-${key}`;
  }

  protected handleFieldLink = (event: Event) => {
    event.preventDefault();
    const key = (event.currentTarget as HTMLElement).dataset.field as keyof FormValues;
    // From the check step, offer a way straight back; error links on the form keep what is being changed.
    if (this.step === 'review') {
      this.changing = groupOf(key);
      this.changed = undefined;
    }
    this.goToField(key);
    // The link may point at a field already on screen: focus it now too.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#f-${key}`)?.focus());
  };

  protected handleBack = () => {
    this.changing = undefined;
    this.changed = undefined;
    this.step = 'form';
    this.focusAfterUpdate = '#f-summary';
  };

  protected handleInput = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const key = target.dataset.key as keyof FormValues | undefined;
    if (!key) return;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      if (key === 'tried') {
        const id = target.value;
        const tried = target.checked
          ? [...new Set([...this.values.tried, id])]
          : this.values.tried.filter(t => t !== id);
        this.setValue('tried', tried);
      } else {
        this.setValue(key, target.checked as never);
      }
      return;
    }
    this.setValue(key, target.value as never);
  };

  protected handleHoneypot = (event: Event) => {
    this.honeypot = (event.target as HTMLInputElement).value;
  };

  protected handleToggleMore = (event: Event) => {
    this.moreOpen = (event.target as HTMLDetailsElement).open;
  };

  protected handleDiscard = () => {
    this.confirmingDiscard = true;
    this.focusAfterUpdate = '#discard-yes';
  };

  protected handleDiscardYes = () => {
    this.resetForm();
    this.notice = this.s.discarded;
    this.focusAfterUpdate = '#f-summary';
  };

  protected handleDiscardNo = () => {
    this.confirmingDiscard = false;
    this.focusAfterUpdate = '#discard';
  };

  protected handleNewReport = () => {
    this.resetForm();
    this.notice = '';
    this.focusAfterUpdate = '#f-summary';
  };

  protected handleBackToReport = () => {
    this.step = 'review';
    this.focusAfterUpdate = '#review-heading';
  };

  protected handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(this.lastText);
      this.copyMessage = this.s.copied;
    } catch {
      this.copyMessage = this.s.copyFailed;
    }
  };

  /** The printout must show the report itself, so the "report as text" section is opened first. */
  protected handlePrint = async () => {
    this.reportOpen = true;
    await this.updateComplete;
    window.print();
  };

  protected handleToggleReport = (event: Event) => {
    this.reportOpen = (event.target as HTMLDetailsElement).open;
  };

  // ---------------------------------------------------------------- refused reports

  protected entryDate(entry: OutboxEntry): string {
    return this.i18n.date(entry.savedAt, { dateStyle: 'medium', timeStyle: 'short' });
  }

  /** The refused report as the IT person would read it; raw data if it cannot be read as a report. */
  protected entryText(entry: OutboxEntry): string {
    const data = entry.envelope.data as { incidentTitle?: unknown; note?: unknown };
    if (entry.envelope.type === 'incident-note' && typeof data.incidentTitle === 'string') {
      return `${data.incidentTitle}\n\n${typeof data.note === 'string' ? data.note : ''}`.trim();
    }
    try {
      return reportAsText(entry.envelope.data as unknown as ProblemReportData, this.s);
    } catch {
      return JSON.stringify(entry.envelope.data, null, 2);
    }
  }

  protected refusedEntry(event: Event): OutboxEntry | undefined {
    const id = (event.currentTarget as HTMLElement).dataset.entry;
    return this.refused.find(e => e.id === id);
  }

  protected handleRefusedCopy = async (event: Event) => {
    const entry = this.refusedEntry(event);
    if (!entry) return;
    let text: string;
    try {
      await navigator.clipboard.writeText(this.entryText(entry));
      text = this.s.copied;
    } catch {
      text = this.s.copyFailed;
    }
    this.refusedCopy = { ...this.refusedCopy, [entry.id]: text };
  };

  protected handleRefusedRetry = async (event: Event) => {
    const entry = this.refusedEntry(event);
    if (!entry || this.refusedBusy) return;
    const date = this.entryDate(entry);
    this.refusedBusy = entry.id;
    try {
      const result = await this.sender.retry(entry.id, this.csrfToken || undefined);
      if (result.status === 'sent') {
        const reference = result.reference ? format(this.s.refusedSentReference, { reference: result.reference }) : '';
        this.announcement = format(this.s.refusedSent, { date, reference });
      } else if (result.status === 'failed') {
        this.announcement = this.s.refusedAgain.replace('{date}', date);
      } else {
        this.announcement = format(this.s.refusedQueued, { date });
      }
    } catch {
      this.announcement = this.s.refusedAgain.replace('{date}', date);
    } finally {
      this.refusedBusy = '';
      if (!this.refused.some(e => e.id === entry.id)) this.focusSoon('#heading');
    }
  };

  protected handleRefusedRemove = async (event: Event) => {
    const entry = this.refusedEntry(event);
    if (!entry) return;
    try {
      await this.sender.discard(entry.id);
      this.announcement = format(this.s.refusedRemoved, { date: this.entryDate(entry) });
    } catch {
      // It stays listed: nothing was deleted.
    }
    this.focusSoon('#heading');
  };

  /** Focuses after the next render, also when nothing else is about to change. */
  protected focusSoon(selector: string) {
    this.focusAfterUpdate = selector;
    this.requestUpdate();
  }

  // ---------------------------------------------------------------- screenshot

  protected handleFile = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await this.takePicture(file);
  };

  protected handlePaste = async (event: ClipboardEvent) => {
    const data = event.clipboardData;
    if (!data) return;
    const image = Array.from(data.files).find(f => f.type.startsWith('image/'));
    const inZone = (event.target as HTMLElement).classList?.contains('paste-zone');
    // In a text box, text wins: programs like Excel put both text and a picture on the clipboard.
    if (!image || (!inZone && data.types.includes('text/plain'))) {
      if (inZone) this.screenshotMessage = { kind: 'error', text: this.s.screenshotPasteNothing };
      return;
    }
    event.preventDefault();
    await this.takePicture(image);
  };

  protected async takePicture(file: File) {
    const limit = this.maxScreenshotBytes;
    if (!IMAGE_TYPES.includes(file.type)) {
      this.screenshotMessage = { kind: 'error', text: this.s.screenshotWrongType };
      return;
    }
    if (file.size > limit) {
      this.screenshotMessage = {
        kind: 'error',
        text: format(this.s.screenshotTooBig, { size: formatBytes(file.size), limit: formatBytes(limit) })
      };
      return;
    }
    let dataUrl: string;
    try {
      dataUrl = await readAsDataUrl(file);
    } catch {
      this.screenshotMessage = { kind: 'error', text: this.s.screenshotUnreadable };
      return;
    }
    const name = (file.name || 'screenshot.png').slice(0, 200);
    this.screenshot = { name, type: file.type, bytes: file.size, dataUrl };
    this.screenshotMessage = {
      kind: 'info',
      text: format(this.s.screenshotAdded, { name, size: formatBytes(file.size) })
    };
    writeJson(`${this.draftStorageKey}:picture`, this.screenshot);
  }

  protected handleRemovePicture = () => {
    this.screenshot = undefined;
    this.screenshotMessage = undefined;
    remove(`${this.draftStorageKey}:picture`);
    this.focusAfterUpdate = '#f-screenshot';
  };
}
