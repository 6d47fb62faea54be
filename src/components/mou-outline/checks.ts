/**
 * Everything <tb-mou-outline> checks in a draft, as data: wording findings (lint.ts), sanity checks on dates,
 * goals, money and two-sided sections, each section's state, and overall progress. Pure; the element turns codes
 * into words through its catalog.
 */
import { lintText, type WordingFinding, type WordingRule } from './lint.js';
import {
  PARTIES,
  dayNumber,
  fieldKeys,
  findRole,
  isFilled,
  isPerParty,
  rowsOf,
  textOf,
  type FieldValue,
  type MouDoc,
  type Party,
  type SectionDef
} from './model.js';

export type CheckCode =
  | 'bad-date'
  | 'start-after-end'
  | 'milestone-outside-term'
  | 'renewal-outside-term'
  | 'evaluation-after-renewal'
  | 'evaluation-after-notice'
  | 'evaluation-after-end'
  | 'goal-without-measure'
  | 'money-contract-review'
  | 'one-side-empty';

export type FindingSeverity = 'error' | 'warning' | 'advice';

export interface Finding {
  key: string;
  source: 'wording' | 'check';
  severity: FindingSeverity;
  /** A wording rule id or a check code. */
  code: string;
  sectionId: string;
  fieldKey?: string;
  /** For a finding in a table cell. */
  row?: number;
  column?: string;
  params?: Record<string, string>;
  wording?: WordingFinding;
}

const TEXT_TYPES = new Set(['text', 'textarea', 'list']);

/** Wording findings in every text a person typed (defaults included: they can be edited too). */
export function lintDoc(sections: readonly SectionDef[], doc: MouDoc, rules: readonly WordingRule[]): Finding[] {
  const out: Finding[] = [];
  for (const section of sections) {
    if (doc.na[section.id] !== undefined) continue;
    for (const field of section.fields) {
      for (const key of fieldKeys(section, field)) {
        const value = doc.answers[section.id]?.[key];
        const base = { source: 'wording' as const, sectionId: section.id, fieldKey: key };
        if (TEXT_TYPES.has(field.type) && typeof value === 'string') {
          for (const w of lintText(value, rules, `${section.id}/${key}`)) {
            out.push({ ...base, key: w.key, severity: w.severity, code: w.ruleId, wording: w });
          }
        } else if (field.type === 'rows' && Array.isArray(value)) {
          value.forEach((row, r) => {
            for (const column of field.columns ?? []) {
              if (column.type && column.type !== 'text') continue;
              for (const w of lintText(row[column.id] ?? '', rules, `${section.id}/${key}/${column.id}`)) {
                out.push({
                  ...base,
                  key: w.key,
                  severity: w.severity,
                  code: w.ruleId,
                  row: r,
                  column: column.id,
                  wording: w
                });
              }
            }
          });
        }
      }
    }
  }
  return out;
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Dates, goals, money and two-sided sections. */
export function runChecks(sections: readonly SectionDef[], doc: MouDoc): Finding[] {
  const out: Finding[] = [];
  const active = (sectionId: string) => doc.na[sectionId] === undefined;
  const add = (f: Omit<Finding, 'key' | 'source'>, extra = '') => {
    if (!active(f.sectionId)) return;
    out.push({ ...f, source: 'check', key: `${f.sectionId}/${f.fieldKey ?? ''}/${f.code}${extra ? `/${extra}` : ''}` });
  };
  const dateOf = (role: Parameters<typeof findRole>[2]) => {
    const found = findRole(sections, doc, role);
    if (!found || !active(found.section.id)) return undefined;
    const text = textOf(found.value);
    const day = dayNumber(text);
    if (text && day === undefined) {
      add({
        severity: 'error',
        code: 'bad-date',
        sectionId: found.section.id,
        fieldKey: found.key,
        params: { value: text }
      });
    }
    return day === undefined ? undefined : { day, sectionId: found.section.id, fieldKey: found.key };
  };

  const start = dateOf('start-date');
  const end = dateOf('end-date');
  const renewal = dateOf('renewal-date');
  const evaluation = dateOf('evaluation-date');
  if (start && end && start.day >= end.day)
    add({ severity: 'error', code: 'start-after-end', sectionId: end.sectionId, fieldKey: end.fieldKey });
  const termOk = start && end && start.day < end.day;

  const milestones = findRole(sections, doc, 'milestones');
  if (milestones && termOk) {
    rowsOf(milestones.value).forEach((row, i) => {
      const day = dayNumber(row.date);
      if (day === undefined) return;
      if (day < start.day || day > end.day) {
        const params = { what: (row.what ?? '').trim(), date: row.date };
        add(
          {
            severity: 'warning',
            code: 'milestone-outside-term',
            sectionId: milestones.section.id,
            fieldKey: milestones.key,
            row: i,
            column: 'date',
            params
          },
          `${row.date}`
        );
      }
    });
  }
  if (renewal && termOk && (renewal.day < start.day || renewal.day > end.day)) {
    add({
      severity: 'warning',
      code: 'renewal-outside-term',
      sectionId: renewal.sectionId,
      fieldKey: renewal.fieldKey
    });
  }
  if (evaluation) {
    const noticeDays = Number(textOf(findRole(sections, doc, 'notice-days')?.value));
    if (renewal && evaluation.day > renewal.day) {
      add({
        severity: 'warning',
        code: 'evaluation-after-renewal',
        sectionId: evaluation.sectionId,
        fieldKey: evaluation.fieldKey
      });
    } else if (end && evaluation.day > end.day) {
      add({
        severity: 'warning',
        code: 'evaluation-after-end',
        sectionId: evaluation.sectionId,
        fieldKey: evaluation.fieldKey
      });
    } else if (end && Number.isFinite(noticeDays) && noticeDays > 0 && evaluation.day > end.day - noticeDays) {
      const params = { date: isoDay(end.day - noticeDays), days: String(noticeDays) };
      add({
        severity: 'warning',
        code: 'evaluation-after-notice',
        sectionId: evaluation.sectionId,
        fieldKey: evaluation.fieldKey,
        params
      });
    }
  }

  const goals = findRole(sections, doc, 'goals');
  if (goals) {
    rowsOf(goals.value).forEach((row, i) => {
      const goal = (row.goal ?? '').trim();
      if (goal && !(row.measure ?? '').trim()) {
        add(
          {
            severity: 'warning',
            code: 'goal-without-measure',
            sectionId: goals.section.id,
            fieldKey: goals.key,
            row: i,
            column: 'measure',
            params: { goal }
          },
          goal.toLowerCase()
        );
      }
    });
  }

  const money = findRole(sections, doc, 'money');
  const moneyAnswer = textOf(money?.value);
  const budgetText = sections
    .flatMap(s =>
      s.fields.filter(f => f.role === 'budget').flatMap(f => fieldKeys(s, f).map(k => doc.answers[s.id]?.[k]))
    )
    .map(textOf)
    .join('\n');
  const mentionsAmount = /[$€£]\s?\d|\d\s?[$€£]|\b\d[\d.,]*\s*(?:dollars?|dólares|euros?|pesos)\b/i.test(budgetText);
  if (money && (moneyAnswer === 'yes' || (moneyAnswer === '' && mentionsAmount))) {
    add({
      severity: 'advice',
      code: 'money-contract-review',
      sectionId: money.section.id,
      fieldKey: money.key,
      params: { why: moneyAnswer === 'yes' ? 'answer' : 'amount' }
    });
  }

  for (const section of sections) {
    if (!section.twoSided || section.kind === 'signatures') continue;
    const perParty = section.fields.filter(f => isPerParty(section, f));
    const has = (p: Party) => perParty.some(f => isFilled(doc.answers[section.id]?.[`${f.id}@${p}`]));
    const [a, b] = PARTIES.map(has);
    if (a !== b) {
      const empty: Party = a ? 'b' : 'a';
      add({
        severity: 'warning',
        code: 'one-side-empty',
        sectionId: section.id,
        fieldKey: `${perParty[0]?.id}@${empty}`,
        params: { party: empty }
      });
    }
  }
  return out;
}

export type SectionStatus = 'not-started' | 'in-progress' | 'complete' | 'not-applicable';

export interface SectionState {
  status: SectionStatus;
  /** Field keys of required fields still empty. */
  missing: string[];
  errors: number;
  warnings: number;
}

/** A field's value, with its default standing in until the person changes it. */
export function effectiveValue(section: SectionDef, fieldId: string, key: string, doc: MouDoc): FieldValue | undefined {
  const value = doc.answers[section.id]?.[key];
  if (value !== undefined) return value;
  const field = section.fields.find(f => f.id === fieldId);
  return field?.default === undefined
    ? undefined
    : typeof field.default === 'string'
      ? field.default
      : field.default.en;
}

export function sectionState(section: SectionDef, doc: MouDoc, findings: readonly Finding[]): SectionState {
  const dismissed = new Set(doc.dismissals.map(d => d.key));
  const mine = findings.filter(f => f.sectionId === section.id && !dismissed.has(f.key));
  const errors = mine.filter(f => f.severity === 'error').length;
  const warnings = mine.length - errors;
  if (doc.na[section.id] !== undefined) return { status: 'not-applicable', missing: [], errors: 0, warnings: 0 };
  const touched = section.fields.some(f => fieldKeys(section, f).some(k => isFilled(doc.answers[section.id]?.[k])));
  const missing = section.fields
    .filter(f => f.required)
    .flatMap(f => fieldKeys(section, f).filter(k => !isFilled(effectiveValue(section, f.id, k, doc))));
  const status: SectionStatus = !touched ? 'not-started' : missing.length ? 'in-progress' : 'complete';
  return { status, missing, errors, warnings };
}

export interface Progress {
  /** Sections complete or not applicable. */
  done: number;
  total: number;
  /** Required sections not yet complete. */
  requiredMissing: string[];
  errors: number;
  warnings: number;
}

export function progressOf(sections: readonly SectionDef[], states: Record<string, SectionState>): Progress {
  let done = 0;
  let errors = 0;
  let warnings = 0;
  const requiredMissing: string[] = [];
  for (const s of sections) {
    const st = states[s.id];
    if (!st) continue;
    if (st.status === 'complete' || st.status === 'not-applicable') done++;
    if (s.level === 'required' && st.status !== 'complete') requiredMissing.push(s.id);
    errors += st.errors;
    warnings += st.warnings;
  }
  return { done, total: sections.length, requiredMissing, errors, warnings };
}

export type NaProblem = 'required-section' | 'reason-missing';

/** Marks a section "not applicable". Required sections cannot be; a reason is needed. Answers are kept. */
export function markNotApplicable(
  doc: MouDoc,
  section: SectionDef,
  reason: string
): { doc: MouDoc } | { problem: NaProblem } {
  if (section.level === 'required') return { problem: 'required-section' };
  if (!reason.trim()) return { problem: 'reason-missing' };
  return { doc: { ...doc, na: { ...doc.na, [section.id]: reason.trim() } } };
}

export function clearNotApplicable(doc: MouDoc, sectionId: string): MouDoc {
  const na = { ...doc.na };
  delete na[sectionId];
  return { ...doc, na };
}

/** Dismisses a finding with a reason (required). */
export function dismiss(doc: MouDoc, key: string, reason: string): MouDoc | undefined {
  if (!reason.trim()) return undefined;
  return { ...doc, dismissals: [...doc.dismissals.filter(d => d.key !== key), { key, reason: reason.trim() }] };
}

export function undismiss(doc: MouDoc, key: string): MouDoc {
  return { ...doc, dismissals: doc.dismissals.filter(d => d.key !== key) };
}
