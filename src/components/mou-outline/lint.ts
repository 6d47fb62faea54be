/**
 * Wording checks: words that make a memorandum of understanding sound like a legal contract. Pure and
 * configurable: a rule list per language (see lint-rules.ts for the defaults). This is guidance, not legal advice.
 *
 * Matching is on whole words, case-insensitive unless the rule says otherwise, with any run of spaces between the
 * words of a phrase. Text inside quotation marks is left alone, since it is usually an example ("we do not call it
 * a “joint venture”"). A negated phrase ("not legally binding") is left alone when the rule gives a `notAfter`.
 */

export type Severity = 'error' | 'warning';

export interface WordingRule {
  id: string;
  severity: Severity;
  /** Words or phrases that trigger the rule. */
  phrases: string[];
  /** Plain-language reason, in the list's language. */
  why: string;
  /** What to write instead, for every phrase… */
  replacement: string;
  /** …unless a phrase (lower case) has its own. */
  replacements?: Record<string, string>;
  /** Regular expression source: no finding when the text just before the phrase matches it (end-anchored). */
  notAfter?: string;
  caseSensitive?: boolean;
}

export interface WordingFinding {
  /** Stable across edits elsewhere in the text: section, field, rule and the words found. */
  key: string;
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  match: string;
  why: string;
  replacement: string;
}

interface Compiled {
  rule: WordingRule;
  pattern: RegExp;
  notAfter?: RegExp;
}

const cache = new WeakMap<readonly WordingRule[], Compiled[]>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(rules: readonly WordingRule[]): Compiled[] {
  let compiled = cache.get(rules);
  if (compiled) return compiled;
  compiled = [];
  for (const rule of rules) {
    const phrases = rule.phrases.map(p => p.trim()).filter(Boolean);
    if (!phrases.length) continue;
    // Longest first, so "partnership agreement" wins over "partnership" inside one rule.
    const body = phrases
      .sort((a, b) => b.length - a.length)
      .map(p => escape(p).replace(/\s+/g, '\\s+'))
      .join('|');
    try {
      compiled.push({
        rule,
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, rule.caseSensitive ? 'gu' : 'giu'),
        ...(rule.notAfter ? { notAfter: new RegExp(`(?:${rule.notAfter})$`, 'iu') } : {})
      });
    } catch {
      // A broken `notAfter` in a library's own list: skip that rule rather than every check.
    }
  }
  cache.set(rules, compiled);
  return compiled;
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»', '‘': '’' };

/** Spans [start, end) inside quotation marks. An unclosed quote runs to the end of its line. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    const close = QUOTE_PAIRS[text[i]];
    if (close === undefined) {
      i++;
      continue;
    }
    let j = text.indexOf(close, i + 1);
    const lineEnd = text.indexOf('\n', i + 1);
    if (j === -1 || (lineEnd !== -1 && lineEnd < j)) j = lineEnd === -1 ? text.length : lineEnd;
    spans.push([i, j + 1]);
    i = j + 1;
  }
  return spans;
}

function matchCase(found: string, replacement: string): string {
  if (!replacement) return replacement;
  if (found.length > 1 && found === found.toUpperCase() && found !== found.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = found[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement[0].toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/**
 * Findings in one piece of text, in reading order. Where findings overlap, the longer one is kept (an error first
 * when two are the same length), so "partnership agreement" is reported once, as the error.
 */
export function lintText(text: string, rules: readonly WordingRule[], where = ''): WordingFinding[] {
  if (!text) return [];
  const quoted = quotedSpans(text);
  const inQuotes = (start: number, end: number) => quoted.some(([a, b]) => start > a && end <= b);
  const found: WordingFinding[] = [];
  for (const { rule, pattern, notAfter } of compile(rules)) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (inQuotes(start, end)) continue;
      if (notAfter && notAfter.test(text.slice(Math.max(0, start - 40), start))) continue;
      const normalized = m[0].toLowerCase().replace(/\s+/g, ' ');
      const replacement = rule.replacements?.[normalized] ?? rule.replacement;
      found.push({
        key: `${where}/${rule.id}/${normalized}`,
        ruleId: rule.id,
        severity: rule.severity,
        start,
        end,
        match: m[0],
        why: rule.why,
        replacement: matchCase(m[0], replacement)
      });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || (a.severity === 'error' ? -1 : 1));
  const kept: WordingFinding[] = [];
  for (const f of found) {
    if (!kept.some(k => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The text with one finding replaced, if the text still has the words where they were found. */
export function applyReplacement(text: string, finding: WordingFinding): string {
  if (text.slice(finding.start, finding.end) !== finding.match) return text;
  return text.slice(0, finding.start) + finding.replacement + text.slice(finding.end);
}

/** Reads a rule list from untrusted JSON: keeps well-formed rules, drops the rest. */
export function readRules(data: unknown): WordingRule[] {
  if (!Array.isArray(data)) return [];
  const rules: WordingRule[] = [];
  for (const r of data.slice(0, 200)) {
    if (typeof r !== 'object' || r === null) continue;
    const o = r as Record<string, unknown>;
    if (typeof o.id !== 'string' || (o.severity !== 'error' && o.severity !== 'warning')) continue;
    const phrases = Array.isArray(o.phrases) ? o.phrases.filter((p): p is string => typeof p === 'string') : [];
    if (!phrases.length || typeof o.why !== 'string' || typeof o.replacement !== 'string') continue;
    const rule: WordingRule = { id: o.id, severity: o.severity, phrases, why: o.why, replacement: o.replacement };
    if (typeof o.notAfter === 'string') rule.notAfter = o.notAfter;
    if (o.caseSensitive === true) rule.caseSensitive = true;
    if (typeof o.replacements === 'object' && o.replacements !== null) {
      rule.replacements = Object.fromEntries(
        Object.entries(o.replacements).filter((e): e is [string, string] => typeof e[1] === 'string')
      );
    }
    rules.push(rule);
  }
  return rules;
}
