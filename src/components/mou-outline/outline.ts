/**
 * The memorandum as a list of blocks in reading order, in one language: what the live preview, the print layout
 * and the Markdown export all show. Also the one-page summary for a board. Pure.
 */
import {
  PARTIES,
  findRole,
  isFilled,
  isPerParty,
  localize,
  partyNames,
  rowsOf,
  textOf,
  type FieldDef,
  type FieldValue,
  type Lang,
  type MouDoc,
  type Party,
  type Row,
  type SectionDef
} from './model.js';

export interface OutlineItem {
  fieldId: string;
  label: string;
  type: FieldDef['type'];
  /** Set for per-party fields of a two-sided section. */
  party?: Party;
  value: FieldValue | undefined;
  columns?: { id: string; label: string }[];
  /** For choice fields: the label of the chosen option. */
  choice?: string;
}

export interface OutlineBlock {
  section: SectionDef;
  title: string;
  notApplicable?: string;
  /** Items asked once. */
  shared: OutlineItem[];
  /** Per-party items, one list per party (two-sided sections). */
  perParty?: Record<Party, OutlineItem[]>;
}

function item(section: SectionDef, field: FieldDef, key: string, doc: MouDoc, lang: Lang, party?: Party): OutlineItem {
  let value: FieldValue | undefined = doc.answers[section.id]?.[key];
  if (value === undefined && field.default !== undefined) value = localize(field.default, lang);
  const out: OutlineItem = { fieldId: field.id, label: localize(field.label, lang), type: field.type, value };
  if (party) out.party = party;
  if (field.columns) out.columns = field.columns.map(c => ({ id: c.id, label: localize(c.label, lang) }));
  if (field.type === 'choice') {
    const chosen = field.options?.find(o => o.value === textOf(value));
    if (chosen) out.choice = localize(chosen.label, lang);
  }
  return out;
}

export function buildOutline(sections: readonly SectionDef[], doc: MouDoc, lang: Lang): OutlineBlock[] {
  return sections.map(section => {
    const block: OutlineBlock = { section, title: localize(section.title, lang), shared: [] };
    if (doc.na[section.id] !== undefined) block.notApplicable = doc.na[section.id];
    for (const field of section.fields) {
      if (isPerParty(section, field)) {
        block.perParty ??= { a: [], b: [] };
        for (const p of PARTIES) block.perParty[p].push(item(section, field, `${field.id}@${p}`, doc, lang, p));
      } else {
        block.shared.push(item(section, field, field.id, doc, lang));
      }
    }
    return block;
  });
}

export const itemFilled = (i: OutlineItem) => isFilled(i.value);

export interface BoardSummary {
  title: string;
  parties: Record<Party, string | undefined>;
  purpose: string;
  start: string;
  end: string;
  /** The date to decide whether to continue, else the evaluation date. */
  review: string;
  money: { answer: 'yes' | 'no' | ''; items: Record<Party, string> };
  contacts: Row[];
}

/** The facts a board asks about, taken from the fields with the matching roles. */
export function boardSummary(sections: readonly SectionDef[], doc: MouDoc): BoardSummary {
  const text = (role: Parameters<typeof findRole>[2], party?: Party) =>
    textOf(findRole(sections, doc, role, party)?.value);
  const money = text('money');
  return {
    title: text('title'),
    parties: partyNames(sections, doc),
    purpose: text('purpose'),
    start: text('start-date'),
    end: text('end-date'),
    review: text('renewal-date') || text('evaluation-date'),
    money: {
      answer: money === 'yes' || money === 'no' ? money : '',
      items: { a: text('budget', 'a'), b: text('budget', 'b') }
    },
    contacts: rowsOf(findRole(sections, doc, 'contacts')?.value)
  };
}
