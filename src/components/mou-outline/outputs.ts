/** The Markdown and calendar files of <tb-mou-outline>, in the element's language. */
import { toIcs, type CalendarEvent } from './ics.js';
import { findRole, rowsOf, textOf } from './model.js';
import { boardSummary, buildOutline } from './outline.js';
import { toMarkdown } from './to-markdown.js';
import type { MouHost } from './views/context.js';

export function markdownOf(h: MouHost, missing: number, title: string): string {
  const blocks = buildOutline(h.sections, h.doc, h.language);
  const labels = {
    documentTitle: h.t('title'),
    draftNote: h.t('draftNote', { count: missing }),
    notApplicable: h.t('notApplicable'),
    notFilled: h.t('notFilled'),
    signature: h.t('signature'),
    date: h.t('signatureDate'),
    partyNames: { a: h.partyName('a'), b: h.partyName('b') }
  };
  return toMarkdown(blocks, labels, { title, draft: missing > 0 });
}

/** Start, milestones, evaluation, the decision to continue and the end, as all-day events. */
export function calendarOf(h: MouHost, title: string): string {
  const s = boardSummary(h.sections, h.doc);
  const events: CalendarEvent[] = [];
  if (s.start) events.push({ date: s.start, summary: h.t('calendarStart', { title }) });
  for (const row of rowsOf(findRole(h.sections, h.doc, 'milestones')?.value)) {
    if (!row.date) continue;
    const who = (row.who ?? '').trim();
    events.push({
      date: row.date,
      summary: h.t('calendarMilestone', { title, what: (row.what ?? '').trim() || title }),
      ...(who ? { description: h.t('calendarLead', { who }) } : {})
    });
  }
  const evaluation = textOf(findRole(h.sections, h.doc, 'evaluation-date')?.value);
  const renewal = textOf(findRole(h.sections, h.doc, 'renewal-date')?.value);
  if (evaluation) events.push({ date: evaluation, summary: h.t('calendarEvaluation', { title }) });
  if (renewal) events.push({ date: renewal, summary: h.t('calendarRenewal', { title }) });
  if (s.end) events.push({ date: s.end, summary: h.t('calendarEnd', { title }) });
  return toIcs(events, { name: title });
}
