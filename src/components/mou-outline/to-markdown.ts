/**
 * The memorandum as Markdown, for pasting into a word processor or an e-mail. Every piece of text a person typed
 * is escaped, so it cannot turn into headings, links or tables it did not mean. The words around it come from the
 * element's catalog (`MarkdownLabels`).
 */
import { itemFilled, type OutlineBlock, type OutlineItem } from './outline.js';
import { listItems, rowsOf, type Party } from './model.js';

export interface MarkdownLabels {
  documentTitle: string;
  /** "Draft: {count} required sections still to complete" style line; shown when `draft` is true. */
  draftNote: string;
  notApplicable: string;
  notFilled: string;
  signature: string;
  date: string;
  partyNames: Record<Party, string>;
}

/** Escapes Markdown syntax inside one line of user text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>()#+|!~]/g, '\\$&')
    .replace(/^(\s*)([-=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

const escapeCell = (text: string) => escapeMarkdown(text.replace(/\s*\r?\n\s*/g, ' '));

function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map(line => escapeMarkdown(line.trim()))
    .join('  \n');
}

function renderItem(item: OutlineItem, out: string[]) {
  if (!itemFilled(item)) return;
  const value = item.value;
  switch (item.type) {
    case 'list':
      out.push(
        `**${escapeMarkdown(item.label)}**`,
        '',
        ...listItems(value).map(line => `- ${escapeMarkdown(line)}`),
        ''
      );
      return;
    case 'rows': {
      const columns = item.columns ?? [];
      const rows = rowsOf(value);
      out.push(`**${escapeMarkdown(item.label)}**`, '');
      out.push(`| ${columns.map(c => escapeCell(c.label)).join(' | ')} |`);
      out.push(`| ${columns.map(() => '---').join(' | ')} |`);
      for (const row of rows) out.push(`| ${columns.map(c => escapeCell(row[c.id] ?? '')).join(' | ')} |`);
      out.push('');
      return;
    }
    case 'confirm':
      out.push(`- [x] ${escapeMarkdown(item.label)}`, '');
      return;
    case 'choice':
      out.push(`**${escapeMarkdown(item.label)}** ${escapeMarkdown(item.choice ?? String(value))}`, '');
      return;
    default:
      out.push(`**${escapeMarkdown(item.label)}**`, '', paragraphs(String(value)), '');
  }
}

export function toMarkdown(
  blocks: readonly OutlineBlock[],
  labels: MarkdownLabels,
  options: { title?: string; draft?: boolean }
): string {
  const out: string[] = [`# ${escapeMarkdown(options.title || labels.documentTitle)}`, ''];
  if (options.title) out.push(`*${escapeMarkdown(labels.documentTitle)}*`, '');
  if (options.draft) out.push(`> **${escapeMarkdown(labels.draftNote)}**`, '');
  for (const block of blocks) {
    out.push(`## ${escapeMarkdown(block.title)}`, '');
    if (block.notApplicable !== undefined) {
      out.push(`*${escapeMarkdown(labels.notApplicable)}* ${escapeMarkdown(block.notApplicable)}`, '');
      continue;
    }
    const before = out.length;
    if (block.section.kind === 'signatures' && block.perParty) {
      for (const party of ['a', 'b'] as const) {
        out.push(`### ${escapeMarkdown(labels.partyNames[party])}`, '');
        for (const item of block.perParty[party])
          out.push(`${escapeMarkdown(item.label)}: ${escapeMarkdown(String(item.value ?? '').trim())}  `);
        out.push(
          `${escapeMarkdown(labels.signature)}: ______________________  `,
          `${escapeMarkdown(labels.date)}: ______________`,
          ''
        );
      }
      continue;
    }
    for (const item of block.shared) renderItem(item, out);
    if (block.perParty) {
      for (const party of ['a', 'b'] as const) {
        const items = block.perParty[party].filter(itemFilled);
        if (!items.length) continue;
        out.push(`### ${escapeMarkdown(labels.partyNames[party])}`, '');
        for (const item of items) renderItem(item, out);
      }
    }
    if (out.length === before) out.push(`*${escapeMarkdown(labels.notFilled)}*`, '');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
