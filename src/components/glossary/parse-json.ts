/**
 * Reads the JSON glossary format (src/content/schemas/glossary.schema.json). `JSON.parse` reads the file; one
 * quick scan of the text notes the line where each object and list starts, so a message can say "line 14" for a
 * term with a missing definition. Only when `JSON.parse` fails does a slower reader of our own go through the
 * text to say where and what is wrong ("A comma or "}" was expected near …", line 9). Pure: no DOM.
 */
import {
  makeAlias,
  normalizeTerm,
  slugify,
  type Alias,
  type GlossaryEntry,
  type GlossaryProblem,
  type GlossaryProblemCode,
  type GlossaryProblemParams,
  type GlossarySource,
  type ParsedGlossary,
  type Sense
} from './model.js';
import { runAtOnce, runInPieces, type PieceOptions, type Steps } from '../../core/yield.js';
import { applyLimitsSteps } from './limits.js';

type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}

/** Where the text stops being JSON, as a code (see `JsonSyntaxWhat`), with the line and the text there. */
class JsonSyntaxError extends Error {
  constructor(
    readonly what: JsonSyntaxWhat,
    readonly line: number,
    readonly near: string,
    readonly key = ''
  ) {
    super(what);
  }
}

/** What is wrong where the text stops being JSON (said in words by problem-words.ts). */
export type JsonSyntaxWhat =
  | 'quote-open'
  | 'bad-escape'
  | 'control-character'
  | 'comma-before-brace'
  | 'name-expected'
  | 'colon-expected'
  | 'comma-or-brace'
  | 'comma-before-bracket'
  | 'comma-or-bracket'
  | 'ends-early'
  | 'not-json'
  | 'text-after';

/**
 * A glossary is at most six levels deep (the file, its terms, a term, its senses, a sense, a list of words). Far
 * deeper is not a glossary, and reading it would run out of stack ("Maximum call stack size exceeded").
 */
const MAX_DEPTH = 64;

/** Valid JSON, but nested deeper than any glossary (`MAX_DEPTH`). */
export class JsonTooDeepError extends Error {
  constructor() {
    super(`The JSON is nested more than ${MAX_DEPTH} levels deep.`);
  }
}

/**
 * The 1-based line where each object and list starts, in the order they start, and how deep they go. Strings are
 * skipped with `indexOf` (a JSON string holds no raw line break), so even a 5 MB file takes a few milliseconds.
 */
function containerLines(text: string): { lines: number[]; depth: number } {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let end = text.indexOf('"', i + 1);
      while (end > 0) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 92) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end < 0) break;
      i = end;
    } else if (c === 10) {
      line++;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      lines.push(line);
      if (++depth > deepest) deepest = depth;
    } else if (c === 125 || c === 93) {
      depth--;
    }
  }
  return { lines, depth: deepest };
}

/**
 * Parses JSON text; returns the value and the 1-based line where each object and array starts. Valid JSON goes
 * through `JSON.parse`; the slow reader below runs only to describe an error (or when object keys could come back
 * in another order than written, which only happens with number-like or repeated keys).
 */
export function parseJsonWithLines(text: string): { value: Json; lines: WeakMap<object, number> } {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch {
    return readJsonSlowly(text); // throws the located error
  }
  const scan = containerLines(text);
  if (scan.depth > MAX_DEPTH) throw new JsonTooDeepError();
  const lines = new WeakMap<object, number>();
  // Walk the value in the order its objects and lists were written, and give each the next line noted.
  let n = 0;
  let inOrder = true;
  const stack: Json[] = [value];
  while (stack.length && inOrder) {
    const v = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    lines.set(v, scan.lines[n++] ?? 1);
    const children: Json[] = [];
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === 'object') children.push(x);
    } else {
      for (const key of Object.keys(v)) {
        // Number-like keys are listed first, whatever their place in the text.
        if (/^(?:0|[1-9]\d*)$/.test(key)) inOrder = false;
        const x = v[key];
        if (x !== null && typeof x === 'object') children.push(x);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  // A repeated key leaves fewer objects than the text has: lines would shift, so let the careful reader do it.
  if (!inOrder || n !== scan.lines.length) return readJsonSlowly(text);
  return { value, lines };
}

/** The careful reader: builds the value itself, noting lines, and says where the text stops being JSON. */
function readJsonSlowly(text: string): { value: Json; lines: WeakMap<object, number> } {
  const lines = new WeakMap<object, number>();
  let pos = 0;
  let line = 1;
  let depth = 0;

  const fail = (what: JsonSyntaxWhat, key?: string): never => {
    throw new JsonSyntaxError(what, line, text.slice(pos, pos + 20).split('\n')[0], key);
  };
  const space = () => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 10) line++;
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };
  const string = (): string => {
    pos++; // opening quote
    let out = '';
    for (;;) {
      const c = text[pos];
      if (c === undefined || c === '\n') fail('quote-open');
      if (c === '"') {
        pos++;
        return out;
      }
      if (c === '\\') {
        const e = text[pos + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t'
        };
        if (e in simple) {
          out += simple[e];
          pos += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
        } else {
          fail('bad-escape');
        }
        continue;
      }
      if (c < ' ') fail('control-character');
      out += c;
      pos++;
    }
  };
  const value = (): Json => {
    space();
    const c = text[pos];
    if (c !== '{' && c !== '[') return plainValue(c);
    // An error ends the reading, so the count only needs to come down on the way back.
    if (++depth > MAX_DEPTH) throw new JsonTooDeepError();
    const result = plainValue(c);
    depth--;
    return result;
  };
  const plainValue = (c: string | undefined): Json => {
    if (c === '{') {
      const obj: JsonObject = {};
      lines.set(obj, line);
      pos++;
      space();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        space();
        if (text[pos] !== '"') fail(text[pos] === '}' ? 'comma-before-brace' : 'name-expected');
        const key = string();
        space();
        if (text[pos] !== ':') fail('colon-expected', key);
        pos++;
        obj[key] = value();
        space();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return obj;
        }
        fail('comma-or-brace');
      }
    }
    if (c === '[') {
      const arr: Json[] = [];
      lines.set(arr, line);
      pos++;
      space();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        space();
        if (text[pos] === ']') fail('comma-before-bracket');
        arr.push(value());
        space();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return arr;
        }
        fail('comma-or-bracket');
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(pos, pos + 40));
    if (literal) {
      pos += literal[0].length;
      return JSON.parse(literal[0]) as Json;
    }
    return fail(c === undefined ? 'ends-early' : 'not-json');
  };

  const result = value();
  space();
  if (pos < text.length) fail('text-after');
  return { value: result, lines };
}

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses a JSON glossary: `{ "name": …, "terms": [ … ] }` or just the list of terms. */
export function parseJsonGlossary(text: string, file: string, sourceName?: string): ParsedGlossary {
  return runAtOnce(readJsonGlossary(text, file, sourceName));
}

/**
 * The same as `parseJsonGlossary`, with the same result, but in pieces that give the browser a turn: `JSON.parse`
 * reads the whole file in one go (a 5 MB file in about 30 ms), then the terms are checked and built a few
 * hundred at a time. Rejects only when `signal` aborts.
 */
export function parseJsonGlossaryInPieces(
  text: string,
  file: string,
  sourceName?: string,
  options: PieceOptions = {}
): Promise<ParsedGlossary> {
  return runInPieces(readJsonGlossary(text, file, sourceName), options);
}

/** The reading itself, as steps (one per term; see `Steps` in core/yield.ts). */
function* readJsonGlossary(text: string, file: string, sourceName?: string): Steps<ParsedGlossary> {
  const problems: GlossaryProblem[] = [];
  const problem = (line: number, code: GlossaryProblemCode, params?: GlossaryProblemParams) =>
    problems.push(params ? { file, line, code, params } : { file, line, code });
  const fallbackName = file.replace(/[?#].*$/, '').replace(/^.*\//, '') || file;
  let parsed: ReturnType<typeof parseJsonWithLines>;
  try {
    parsed = parseJsonWithLines(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof JsonTooDeepError) {
      problem(0, 'too-deep');
      return { source: { name: sourceName ?? fallbackName, url: file }, entries: [], problems };
    }
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { what, near, key } = error;
    problem(error.line, 'json-syntax', key ? { what, near, key } : { what, near });
    return { source: { name: sourceName ?? fallbackName, url: file }, entries: [], problems };
  }
  const { value: root, lines } = parsed;
  const lineOf = (v: Json | undefined, fallback = 1) =>
    v && typeof v === 'object' ? (lines.get(v) ?? fallback) : fallback;
  const list = Array.isArray(root) ? root : isObject(root) ? root.terms : undefined;
  const name =
    sourceName ??
    (isObject(root) && typeof root.name === 'string' && root.name.trim() ? root.name.trim() : fallbackName);
  const source: GlossarySource = { name, url: file };
  if (!Array.isArray(list)) {
    problem(lineOf(root), 'json-no-terms');
    return { source, entries: [], problems };
  }

  const entries: GlossaryEntry[] = [];
  const seen = new Map<string, number>();
  const ids = new Map<string, { term: string; line: number }>();
  for (let index = 0; index < list.length; index++) {
    if (index) yield;
    const item = list[index];
    const at = lineOf(item, lineOf(list));
    if (!isObject(item)) {
      problem(at, 'json-term-not-object', { number: index + 1 });
      continue;
    }
    const term = typeof item.term === 'string' ? item.term.trim() : '';
    if (!term) {
      problem(at, 'json-term-no-name', { number: index + 1 });
      continue;
    }
    const earlier = seen.get(normalizeTerm(term));
    if (earlier) {
      problem(at, 'duplicate-term', { term, earlier });
      continue;
    }
    const strings = (key: string, where: JsonObject = item): string[] => {
      const v = where[key];
      if (v === undefined) return [];
      if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
      if (Array.isArray(v) && v.every(x => typeof x === 'string'))
        return (v as string[]).map(s => s.trim()).filter(Boolean);
      problem(lineOf(where, at), 'json-not-list', { key, term });
      return [];
    };
    const text = (key: string, where: JsonObject): string => {
      const v = where[key];
      if (v === undefined) return '';
      if (typeof v === 'string') return v.trim();
      problem(lineOf(where, at), 'json-not-text', { key, term });
      return '';
    };
    const exact = new Set(strings('exact').map(normalizeTerm));
    const anyCase = new Set(strings('anyCase').map(normalizeTerm));
    const sensesJson = item.senses;
    const aliasList = (where: JsonObject): Alias[] => [
      ...strings('also', where).map(t => makeAlias(t, 'synonym', exact, anyCase)),
      ...strings('abbreviations', where).map(t => makeAlias(t, 'abbreviation', exact, anyCase))
    ];
    const senses: Sense[] = [];
    if (sensesJson !== undefined) {
      if (!Array.isArray(sensesJson) || sensesJson.length === 0) {
        problem(lineOf(sensesJson, at), 'json-senses-not-list', { term });
      } else {
        sensesJson.forEach((s, n) => {
          if (!isObject(s)) {
            problem(lineOf(sensesJson, at), 'json-meaning-not-object', { term, number: n + 1 });
            return;
          }
          const definition = text('definition', s);
          if (!definition) {
            problem(lineOf(s, at), 'json-meaning-no-definition', { term, number: n + 1 });
            return;
          }
          senses.push({
            label: text('label', s),
            definition,
            more: text('more', s),
            cues: strings('cues', s),
            aliases: aliasList(s)
          });
        });
      }
    } else {
      const definition = text('definition', item);
      if (definition) {
        senses.push({ label: '', definition, more: text('more', item), cues: strings('cues'), aliases: [] });
      }
    }
    if (!senses.length) {
      if (sensesJson === undefined) problem(at, 'json-no-definition', { term });
      continue;
    }
    const shortFor = text('shortFor', item);
    const seenAlias = new Set<string>();
    const aliases = [
      makeAlias(term, 'term', exact, anyCase),
      ...(shortFor ? [makeAlias(shortFor, 'expansion', exact, anyCase)] : []),
      ...aliasList(item),
      ...strings('exact').map(t => makeAlias(t, 'synonym', exact, anyCase))
    ].filter(a => {
      const key = a.caseSensitive ? a.text : normalizeTerm(a.text);
      if (seenAlias.has(key)) return false;
      seenAlias.add(key);
      return true;
    });
    if (item.annotate !== undefined && typeof item.annotate !== 'boolean') {
      problem(at, 'json-annotate', { term });
    }
    seen.set(normalizeTerm(term), at);
    let id = slugify(typeof item.id === 'string' && item.id.trim() ? item.id : term);
    const sameId = ids.get(id);
    if (sameId) {
      // "C++" and "C#" both become "c": say so, and keep both terms with a link name of their own.
      problem(at, 'json-same-id', { term, id, other: sameId.term, earlier: sameId.line });
      let n = 2;
      while (ids.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    ids.set(id, { term, line: at });
    entries.push({
      id,
      term,
      shortFor,
      aliases,
      senses,
      related: strings('related'),
      notConfusedWith: strings('notConfusedWith'),
      everyday: strings('everyday'),
      annotate: item.annotate !== false,
      source,
      line: at
    });
  }
  return { source, entries: yield* applyLimitsSteps(entries, file, problems), problems };
}
