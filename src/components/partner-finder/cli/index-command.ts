/**
 * `npx techbridge-index <inputs…> -o directory.tbindex.json`: the prepared directory, made when the directory is
 * published. Reads every format the element reads (CSV, HSDS JSON, HSDS tabular packages, records, prepared files)
 * with the very same modules, merges and de-duplicates, classifies, indexes, and writes the compact file the
 * element opens at once (prepared.ts). Warnings and merge notes are printed for the webmaster.
 *
 * Pure: the file system and the console come in through `io` (bin/techbridge-index.mjs gives Node's), so the same
 * code runs in tests.
 */
import { DEFAULT_CATEGORIES } from '../categories-data.js';
import { buildIndex } from '../filter.js';
import { fileLabel, importDirectory } from '../import/detect.js';
import { mergeDirectories, mergeWarnings, type SourceDirectory } from '../merge.js';
import type { CategoryContent, ImportWarning } from '../model.js';
import type { PreparedDetailFile, PreparedDirectory } from '../prepared.js';
import { prepareDirectory } from '../prepared-write.js';
import { publicCopy } from '../privacy.js';
import { directoryText, warningLine } from '../directory-words.js';

export interface IndexIo {
  /** Reads a file or an http(s) address given as an absolute URL (file:// or http(s)://). */
  readText(url: string): Promise<string>;
  /** Writes a file (absolute file:// URL). */
  writeText(url: string, text: string): Promise<void>;
  /** URL of the working directory, ending in "/" (file:///…/). */
  cwd: string;
  out(line: string): void;
  err(line: string): void;
}

export interface IndexOptions {
  inputs: string[];
  output: string;
  categories?: string;
  splitAbove?: number;
  per?: number;
  publicOnly: boolean;
  quiet: boolean;
}

export const USAGE = `Usage: techbridge-index <file or address>… [-o directory.tbindex.json] [options]

Makes a prepared partner directory for <tb-partner-finder src="directory.tbindex.json">: the page then shows the
directory at once, without reading, merging and indexing it in the visitor's browser.

Inputs: CSV spreadsheets, Open Referral HSDS JSON, HSDS datapackage.json (with its CSVs), JSON records, or a
prepared file. Several inputs are merged, and the same organization in two of them is listed once.

Options:
  -o, --output <file>      Where to write (default: directory.tbindex.json). Large directories also get
                           <name>.details-0.json, -1, … beside it: publish them together.
  --categories <file>      Your own partner chart (the shape of partner-categories.json).
  --public                 Leave named people, their emails and phones, and personal phones out of the file.
  --split-above <n>        Split into a core and detail pieces above this many organizations (default 20000).
  --per <n>                Organizations per detail piece (default 5000).
  -q, --quiet              Print only problems.
  -h, --help               Show this help.`;

/** Reads the command line. Throws an Error with a plain message for bad usage. */
export function parseArgs(argv: string[]): IndexOptions | 'help' {
  const options: IndexOptions = { inputs: [], output: 'directory.tbindex.json', publicOnly: false, quiet: false };
  const number = (flag: string, value: string | undefined) => {
    const n = Number(value);
    if (!value || !Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a whole number above 0.`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('-')) throw new Error(`${arg} needs a value.`);
      return next;
    };
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '-o' || arg === '--output') options.output = value();
    else if (arg === '--categories') options.categories = value();
    else if (arg === '--public') options.publicOnly = true;
    else if (arg === '--split-above') options.splitAbove = number(arg, argv[++i]);
    else if (arg === '--per') options.per = number(arg, argv[++i]);
    else if (arg === '-q' || arg === '--quiet') options.quiet = true;
    else if (arg.startsWith('-') && arg !== '-')
      throw new Error(`Unknown option ${arg}. Run with --help to see the options.`);
    else options.inputs.push(arg);
  }
  if (!options.inputs.length) throw new Error('Name at least one directory file to read.');
  return options;
}

export interface IndexOutcome {
  core: PreparedDirectory;
  files: { name: string; content: PreparedDetailFile }[];
  warnings: ImportWarning[];
  /** Inputs that could not be read at all, in plain words. */
  errors: string[];
}

function checkContent(value: unknown, file: string): CategoryContent {
  const v = value as Partial<CategoryContent> | null;
  const ok =
    !!v &&
    Array.isArray(v.categories) &&
    Array.isArray(v.goals) &&
    v.categories.every(c => typeof c?.id === 'string' && typeof c.name === 'string' && Array.isArray(c.keywords)) &&
    v.goals.every(g => typeof g?.id === 'string' && typeof g.label === 'string' && Array.isArray(g.keywords));
  if (!ok)
    throw new Error(
      `${file} is not a partner chart: it needs "categories" and "goals" lists like partner-categories.json.`
    );
  for (const c of v!.categories!) {
    c.examples ??= [];
    c.brings ??= [];
    c.needs ??= [];
    c.goals ??= [];
  }
  return v as CategoryContent;
}

/** Reads, merges and indexes the inputs; gives the prepared file(s). Never writes. */
export async function indexDirectory(
  inputs: string[],
  io: Pick<IndexIo, 'readText' | 'cwd'>,
  options: Pick<IndexOptions, 'splitAbove' | 'per' | 'publicOnly' | 'categories' | 'output'> = {
    publicOnly: false,
    output: ''
  }
): Promise<IndexOutcome> {
  const content = options.categories
    ? checkContent(JSON.parse(await io.readText(new URL(options.categories, io.cwd).href)), options.categories)
    : DEFAULT_CATEGORIES;
  const errors: string[] = [];
  const warnings: ImportWarning[] = [];
  const directories: SourceDirectory[] = [];
  for (const input of inputs) {
    const url = new URL(input, io.cwd).href;
    try {
      const text = await io.readText(url);
      const result = await importDirectory(text, { url, content, loadText: u => io.readText(u) });
      if (result.prepared?.detailFiles) {
        const { DetailLoader } = await import('../details-loader.js');
        const loader = new DetailLoader(result.prepared.index, url, result.prepared.detailFiles, u => io.readText(u));
        await loader.ensure();
        if (loader.problem) errors.push(directoryText(loader.problem));
      }
      directories.push({ source: fileLabel(url), organizations: result.organizations });
      // A prepared input's merge notes were about an earlier run: merges are worked out again below.
      for (const w of result.warnings) if (w.kind !== 'merge') warnings.push(w);
    } catch (error) {
      errors.push(error instanceof Error ? error.message : `${input} could not be read.`);
    }
  }
  let organizations = mergeDirectories(directories);
  warnings.push(...mergeWarnings(organizations));
  if (options.publicOnly) organizations = organizations.map(publicCopy);
  const index = buildIndex(organizations, content);
  const { core, files } = prepareDirectory(index, warnings, {
    splitAbove: options.splitAbove,
    per: options.per,
    fileName: options.output || 'directory.tbindex.json'
  });
  return { core, files, warnings, errors };
}

const thousands = new Intl.NumberFormat('en');

/** The whole command: 0 done, 1 nothing usable, 2 bad usage. */
export async function main(argv: string[], io: IndexIo): Promise<number> {
  let options: IndexOptions | 'help';
  try {
    options = parseArgs(argv);
  } catch (error) {
    io.err(`techbridge-index: ${(error as Error).message}`);
    io.err('Run "techbridge-index --help" to see how to use it.');
    return 2;
  }
  if (options === 'help') {
    io.out(USAGE);
    return 0;
  }
  let outcome: IndexOutcome;
  try {
    outcome = await indexDirectory(options.inputs, io, options);
  } catch (error) {
    io.err(`techbridge-index: ${(error as Error).message}`);
    return 1;
  }
  const { core, files, warnings, errors } = outcome;
  for (const e of errors) io.err(`Could not read: ${e}`);
  const problems = warnings.filter(w => !w.kind || w.kind === 'problem');
  const notes = warnings.filter(w => w.kind && w.kind !== 'problem');
  // The webmaster reads the English words of each code, the same ones the element shows on an English page.
  const line = (w: ImportWarning) => `  ${warningLine(w)}`;
  if (problems.length) {
    io.err(
      `${thousands.format(problems.length)} ${problems.length === 1 ? 'problem' : 'problems'} in the directory files (the rest was used):`
    );
    for (const w of problems) io.err(line(w));
  }
  if (notes.length && !options.quiet) {
    io.out(
      `${thousands.format(notes.length)} ${notes.length === 1 ? 'note' : 'notes'} (merged entries, unknown partner types):`
    );
    for (const w of notes) io.out(line(w));
  }
  if (!core.count) {
    io.err('techbridge-index: no organizations were found, so nothing was written.');
    return 1;
  }
  const outputUrl = new URL(options.output, io.cwd);
  const coreText = JSON.stringify(core);
  await io.writeText(outputUrl.href, coreText);
  for (const f of files) await io.writeText(new URL(f.name, outputUrl).href, JSON.stringify(f.content));
  if (!options.quiet) {
    const size = (n: number) => `${thousands.format(Math.round(n / 1024))} kB`;
    io.out(
      `Wrote ${options.output}: ${thousands.format(core.count)} ${core.count === 1 ? 'organization' : 'organizations'}, ${size(coreText.length)}` +
        (files.length ? `, with ${files.length} detail files beside it (${files.map(f => f.name).join(', ')}).` : '.')
    );
  }
  return 0;
}
