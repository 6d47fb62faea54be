/** Small steps of <tb-mou-outline> kept out of the class file: pure, or thin over the pure modules. */
import type { TemplateResult } from 'lit';
import type { ConfigProblem } from '../../core/config.js';
import type { RemoteState } from '../../core/controllers/remote.js';
import type { Endpoint } from '../../core/submit.js';
import { readRules } from './lint.js';
import type { SectionsResult } from './sections.js';
import type { MouCatalog } from './strings/en.js';
import { clearNotApplicable, dismiss, markNotApplicable, undismiss, type SectionState } from './checks.js';
import { findRole, type FieldRole, type FieldValue, type Lang, type MouDoc, type SectionDef } from './model.js';
import { boardSummary } from './outline.js';
import { CATEGORY_NAMES, SUGGESTIONS } from './sections-data.js';
import { applyPartner, suggestionsFor, type PartnerSelectDetail, type Suggestions } from './suggest.js';
import type { MouHost } from './views/context.js';
import { summaryView } from './views/document-view.js';

export const markNa = markNotApplicable;
export const clearNa = clearNotApplicable;
export const dismissFinding = dismiss;
export const undismissFinding = undismiss;

export function roleValue(sections: readonly SectionDef[], doc: MouDoc, role: FieldRole): FieldValue | undefined {
  return findRole(sections, doc, role)?.value;
}

export function withPartner(
  sections: readonly SectionDef[],
  doc: MouDoc,
  detail: PartnerSelectDetail,
  lang: Lang
): { doc: MouDoc; suggestions: Suggestions } {
  const suggestions = suggestionsFor(detail.partner.categories ?? [], lang, SUGGESTIONS, CATEGORY_NAMES);
  return { doc: applyPartner(sections, doc, detail, suggestions), suggestions };
}

/** Why the memorandum cannot be sent yet: required sections not complete, wording errors not handled. */
export function sendBlockers(
  sections: readonly SectionDef[],
  states: Record<string, SectionState>
): { sectionId: string; kind: 'missing' | 'wording' }[] {
  const out: { sectionId: string; kind: 'missing' | 'wording' }[] = [];
  for (const s of sections) {
    const st = states[s.id];
    if (s.level === 'required' && st.status !== 'complete') out.push({ sectionId: s.id, kind: 'missing' });
    else if (st.errors > 0) out.push({ sectionId: s.id, kind: 'wording' });
  }
  return out;
}

export function summaryFor(h: MouHost): TemplateResult {
  return summaryView(h, boardSummary(h.sections, h.doc));
}

/** Every configuration problem: attributes, the sections file, the wording rules. */
export function configProblems(
  h: MouHost,
  o: {
    base: ConfigProblem[];
    endpoint: Endpoint;
    remote: RemoteState<SectionsResult>;
    wordingRules: Partial<Record<Lang, unknown>> | null;
  }
): ConfigProblem[] {
  const problems = [...o.base];
  if (o.endpoint.kind === 'invalid')
    problems.push({ attribute: 'endpoint', code: 'bad-endpoint', detail: o.endpoint.problem });
  const rs = o.remote;
  if (rs.kind === 'error') {
    const detail = rs.status ? `HTTP ${rs.status}` : rs.code;
    problems.push({
      attribute: 'sections-src',
      code: 'sections-load',
      detail: `${rs.code}: ${rs.detail}`,
      params: { detail }
    });
  }
  if (rs.kind === 'ready' && !rs.value.ok) {
    const words = rs.value.problems.slice(0, 5).map(p =>
      h.t('sectionsProblem', {
        where: p.at || h.t('sectionsWhole'),
        what: h.t(`problem-${p.code}` as keyof MouCatalog & string)
      })
    );
    const detail = rs.value.problems
      .map(p => `${p.at || 'file'}: ${p.code}${p.detail ? ` (${p.detail})` : ''}`)
      .join('; ');
    problems.push({ attribute: 'sections-src', code: 'sections-src', detail, params: { detail: words.join(' ') } });
  }
  for (const lang of ['en', 'es'] as const) {
    const custom = o.wordingRules?.[lang];
    if (custom !== undefined && !readRules(custom).length) {
      problems.push({
        attribute: 'wordingRules',
        code: 'wording-rules',
        detail: `wordingRules.${lang} has no usable rule.`
      });
    }
  }
  return problems;
}

/** The `data` of a `mou` submission (src/content/schemas/mou.schema.json). */
export function submission(h: MouHost, title: string, markdown: string) {
  const s = boardSummary(h.sections, h.doc);
  return {
    title,
    parties: [h.partyName('a'), h.partyName('b')],
    lang: h.language,
    ...(s.start ? { start: s.start } : {}),
    ...(s.end ? { end: s.end } : {}),
    answers: h.doc.answers,
    notApplicable: h.doc.na,
    dismissed: h.doc.dismissals,
    markdown
  };
}
