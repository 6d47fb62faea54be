/**
 * Loading glossary files and layering them: the `src` list in order (first wins), then the built-in glossary.
 * A file that cannot be loaded or read becomes a problem with its name and line; the rest still loads.
 */
import { fetchText, type FetchError } from '../../core/fetch-cache.js';
import type { PieceOptions } from '../../core/yield.js';
import {
  Glossary,
  layerGlossaries,
  layerGlossariesInPieces,
  type GlossaryProblem,
  type GlossaryProblemCode,
  type GlossaryProblemParams,
  type ParsedGlossary
} from './model.js';
import { problemLine } from './problem-words.js';
import { parseJsonGlossary, parseJsonGlossaryInPieces } from './parse-json.js';
import { looksLikeWebPage, parseMarkdownGlossary, parseMarkdownGlossaryInPieces } from './parse-markdown.js';

/** Name shown with definitions from the built-in glossary. */
export const DEFAULT_SOURCE_NAME = 'Techbridge glossary';

/**
 * Reads glossary text in either format: JSON when the file name ends in .json or the text starts with { or [.
 * A web page (a sign-in or error page sent instead of the file) is reported as one, whatever the file name.
 */
export function parseGlossaryText(text: string, file: string, sourceName?: string): ParsedGlossary {
  return isJson(text, file) ? parseJsonGlossary(text, file, sourceName) : parseMarkdownGlossary(text, file, sourceName);
}

/**
 * `parseGlossaryText` in pieces that give the browser a turn, with the same result: the terms of a file in either
 * format are read a few hundred at a time. Rejects only when `options.signal` aborts.
 */
export async function parseGlossaryTextInPieces(
  text: string,
  file: string,
  sourceName?: string,
  options: PieceOptions = {}
): Promise<ParsedGlossary> {
  if (!isJson(text, file)) return parseMarkdownGlossaryInPieces(text, file, sourceName, options);
  return parseJsonGlossaryInPieces(text, file, sourceName, options);
}

function isJson(text: string, file: string): boolean {
  const path = file.replace(/[?#].*$/, '').toLowerCase();
  return (
    !looksLikeWebPage(text) && (path.endsWith('.json') || (!/\.(md|markdown|txt)$/.test(path) && /^\s*[{[]/.test(text)))
  );
}

/** Builds a glossary from already-parsed layers, first wins. */
export function createGlossary(...layers: ParsedGlossary[]): Glossary {
  return layerGlossaries(layers);
}

/** Turns a built `Glossary` back into a layer, to put it on top of others. */
export function asLayer(glossary: Glossary): ParsedGlossary {
  return {
    source: glossary.sources[0] ?? { name: 'Glossary', url: '' },
    entries: [...glossary.entries],
    problems: [...glossary.problems]
  };
}

let defaultLayer: Promise<ParsedGlossary> | undefined;

/**
 * The built-in glossary (src/content/glossary.md), loaded with import() on first use and parsed once, in pieces
 * (see `parseMarkdownGlossaryInPieces`).
 */
export function loadDefaultLayer(): Promise<ParsedGlossary> {
  defaultLayer ??= import('./default-glossary.js').then(m =>
    parseMarkdownGlossaryInPieces(m.DEFAULT_GLOSSARY_MD, 'glossary.md (built in)', DEFAULT_SOURCE_NAME)
  );
  defaultLayer.catch(() => (defaultLayer = undefined));
  return defaultLayer;
}

/** Splits a `src` attribute into addresses. */
export function splitSources(src: string | null | undefined): string[] {
  return (src ?? '').split(/\s+/).filter(Boolean);
}

export interface LoadOptions {
  /** Add the built-in glossary as the last layer. */
  includeDefault: boolean;
  /** A layer above every file (the element's `glossary` property). */
  top?: ParsedGlossary;
  signal?: AbortSignal;
}

/**
 * Loads every source in parallel and layers them in the order given. Never rejects for a bad file; rejects when
 * `signal` aborts. Reading and layering go in pieces that give the browser a turn (no task much over 30 ms), so
 * a big glossary does not freeze the page.
 */
export async function loadGlossary(sources: readonly string[], options: LoadOptions): Promise<Glossary> {
  const problems: GlossaryProblem[] = [];
  const loads = sources.map(async (url): Promise<ParsedGlossary | undefined> => {
    try {
      const text = await fetchText(url, { what: 'the glossary', signal: options.signal });
      return await parseGlossaryTextInPieces(text, url, undefined, { signal: options.signal });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      problems.push(loadProblem(error, url));
      return undefined;
    }
  });
  const layers = (await Promise.all(loads)).filter((l): l is ParsedGlossary => !!l);
  if (options.top) layers.unshift(options.top);
  if (options.includeDefault) {
    try {
      layers.push(await loadDefaultLayer());
    } catch {
      problems.push({ file: 'glossary.md (built in)', line: 0, code: 'default-missing' });
    }
  }
  return layerGlossariesInPieces(layers, problems, { signal: options.signal });
}

const shared = new Map<string, Promise<Glossary>>();

/** One load per distinct `glossary-src` for standalone `<tb-jargon>` elements: fifty terms, one fetch and parse. */
export function sharedGlossary(src: string, includeDefault: boolean): Promise<Glossary> {
  const key = `${includeDefault ? '+' : '-'}${src}`;
  let found = shared.get(key);
  if (!found) {
    found = loadGlossary(splitSources(src), { includeDefault });
    shared.set(key, found);
    found.catch(() => shared.delete(key));
  }
  return found;
}

/** A file that could not be downloaded, as a code: by the kind of failure, with the address it was loaded from. */
export function loadProblem(error: unknown, file: string): GlossaryProblem {
  const problem = (code: GlossaryProblemCode, params?: GlossaryProblemParams): GlossaryProblem =>
    params ? { file, line: 0, code, params } : { file, line: 0, code };
  if (!(error instanceof Error) || error.name !== 'FetchError') return problem('file-unreadable');
  const { kind, status, url, reason } = error as FetchError;
  const address = url || file;
  if (kind === 'timeout') return problem('fetch-timeout', { address });
  if (kind === 'http') {
    const params = { address, status: String(status ?? '') };
    if (status === 404 || status === 410) return problem('fetch-not-found', params);
    if (status === 401 || status === 403) return problem('fetch-refused', params);
    if (status === 429) return problem('fetch-busy', params);
    if (status !== undefined && status >= 500) return problem('fetch-server', params);
    return problem('fetch-http', params);
  }
  if (reason === 'address') return problem('fetch-address', { address: file });
  if (reason === 'broke-off') return problem('fetch-broke-off', { address });
  return problem('fetch-unreachable', { address });
}

/** Writes each problem to the console once, in English, naming the file and line. */
const logged = new Set<string>();
export function logProblems(problems: readonly GlossaryProblem[]): void {
  for (const p of problems) {
    const text = `Techbridge glossary: ${describeProblem(p)}`;
    if (logged.has(text)) continue;
    logged.add(text);
    console.error(text);
  }
}

/** "local.md, line 12: …" in English (for the console and the `tb-glossary-ready` event). */
export function describeProblem(p: GlossaryProblem): string {
  return problemLine(p);
}
