import type { FieldWords } from '../../../core/form/fields.js';
import type { Params } from '../../../core/i18n.js';
import type { Finding, Progress, SectionState } from '../checks.js';
import type { Draft } from '../drafts.js';
import type { SectionDiff } from '../exchange.js';
import type { FieldValue, Lang, MouDoc, Party, SectionDef } from '../model.js';
import type { Suggestions } from '../suggest.js';
import type { MouCatalog } from '../strings/en.js';

/** What the views of <tb-mou-outline> read from the element and call on it. */
export interface MouHost {
  t(key: keyof MouCatalog & string, params?: Params): string;
  language: Lang;
  words: FieldWords;
  sections: SectionDef[];
  doc: MouDoc;
  states: Record<string, SectionState>;
  findings: Finding[];
  progress: Progress;
  /** Heading level of the element's title (2 unless `heading-level` says otherwise); 0 for none. */
  level: number;
  current: number;
  partyName(party: Party): string;
  formatDate(iso: string): string;
  findingText(finding: Finding): string;
  go(index: number): void;
  setValue(sectionId: string, key: string, value: FieldValue): void;
  // not applicable
  naOpen: boolean;
  naReason: string;
  naError: string;
  toggleNa(open: boolean): void;
  setNaReason(reason: string): void;
  saveNa(section: SectionDef): void;
  clearNa(section: SectionDef): void;
  // findings
  dismissing: { key: string; reason: string; error: string } | undefined;
  startDismiss(key: string): void;
  setDismissReason(reason: string): void;
  saveDismiss(): void;
  cancelDismiss(): void;
  undismiss(key: string): void;
  replace(finding: Finding): void;
  focusField(id: string): void;
  // suggestions from a partner
  suggestions: Suggestions | undefined;
  suggestedPartner: string;
  // drafts and files
  draftName: string;
  drafts: Draft[];
  saveText: string;
  setDraftName(name: string): void;
  saveAs(): void;
  openDraft(name: string): void;
  deleteDraft(name: string): void;
  newDraft(): void;
  exportFile(): void;
  importFile(file: File): void;
  importProblem: string;
  importDiff: { diffs: SectionDiff[]; keptAs: string } | undefined;
  // outputs
  downloadMarkdown(): void;
  downloadCalendar(): void;
  print(mode: 'document' | 'summary'): void;
}

/** The id of a field's control: letters, digits and dashes only. */
export function controlId(sectionId: string, key: string, row?: number, column?: string): string {
  const base = `f-${sectionId}-${key.replace('@', '-')}`;
  return row === undefined ? base : `${base}-${row}-${column}`;
}
