/**
 * One entry for every directory format: looks at what a file holds (not its name) and hands it to the right
 * importer. HSDS 3.0 JSON, HSDS tabular (datapackage.json + CSVs, or tabular JSON), a simple CSV, or JSON records.
 */
import type { CategoryContent, DirectoryFormat, ImportResult } from '../model.js';
import { isPrepared, readPrepared, type PreparedRead } from '../prepared.js';
import { importCsv } from './csv.js';
import { importDataPackage, importTabularJson, isDataPackage, isTabularJson } from './hsds-tabular.js';
import { importHsdsJson } from './json-hsds.js';
import { DirectoryError, problemOf } from '../directory-words.js';

export type DetectedFormat = DirectoryFormat | 'datapackage' | 'hsds-tabular-json';

/** A whole file that cannot be used: a code and its values (`message`: the English words). */
export { DirectoryError };

/** What kind of directory this text is. JSON is parsed once here and returned so it is not parsed twice. */
export function detectFormat(text: string): { format: DetectedFormat; json?: unknown } {
  const start = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (start === '{' || start === '[') {
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      return { format: 'hsds-json' };
    }
    if (isPrepared(json)) return { format: 'prepared', json };
    if (isDataPackage(json)) return { format: 'datapackage', json };
    if (isTabularJson(json)) return { format: 'hsds-tabular-json', json };
    return { format: 'hsds-json', json };
  }
  return { format: 'csv' };
}

export interface ImportOptions {
  /** Address (or name) of the file, for messages and to find a datapackage's CSVs. */
  url: string;
  content: CategoryContent;
  /** Loads another file by absolute address (the CSVs of a datapackage). */
  loadText?: (url: string) => Promise<string>;
  /** A prepared file's own details are left for the caller to copy when needed (PreparedRead.inlineDetails). */
  lazyDetails?: boolean;
}

/** Short name of a file for messages: the last two parts of its address. */
export function fileLabel(url: string): string {
  try {
    const path = new URL(url, 'http://x/').pathname;
    return decodeURIComponent(path.split('/').filter(Boolean).slice(-1)[0] ?? url);
  } catch {
    return url;
  }
}

/** What importDirectory gives: for a prepared file, also its ready index (and detail pieces still to load). */
export type DirectoryRead = ImportResult & { prepared?: PreparedRead };

/** Reads a directory file of any supported format. Throws DirectoryError when the whole file is unusable. */
export async function importDirectory(text: string, options: ImportOptions): Promise<DirectoryRead> {
  const file = fileLabel(options.url);
  const { format, json } = detectFormat(text);
  try {
    switch (format) {
      case 'datapackage': {
        if (!options.loadText) throw new DirectoryError('datapackage-no-loader', { file });
        return await importDataPackage(json as Parameters<typeof importDataPackage>[0], {
          url: new URL(options.url, globalThis.location?.href ?? 'http://localhost/').href,
          content: options.content,
          loadText: options.loadText
        });
      }
      case 'prepared': {
        const prepared = readPrepared(json, file, { lazyDetails: options.lazyDetails });
        return {
          format: 'prepared',
          organizations: prepared.index.organizations,
          warnings: prepared.warnings,
          prepared
        };
      }
      case 'hsds-tabular-json':
        return importTabularJson(json as Record<string, unknown[]>, file, options.content);
      case 'csv':
        return await importCsv(text, { file, content: options.content });
      default:
        if (json === undefined) {
          throw new DirectoryError('json-typo', { file });
        }
        return await importHsdsJson(json, { file, content: options.content });
    }
  } catch (error) {
    if (error instanceof DirectoryError) throw error;
    const { code, params } = problemOf(error, file);
    throw new DirectoryError(code, params, { cause: error });
  }
}

/** Reads directory data handed over as a property: a CSV string, parsed HSDS JSON, or an array of records. */
export async function importValue(
  value: unknown,
  content: CategoryContent,
  label = 'partners property',
  { lazyDetails = false } = {}
): Promise<DirectoryRead> {
  if (typeof value === 'string') return importDirectory(value, { url: label, content, lazyDetails });
  if (isPrepared(value)) {
    try {
      const prepared = readPrepared(value, label, { lazyDetails });
      return { format: 'prepared', organizations: prepared.index.organizations, warnings: prepared.warnings, prepared };
    } catch (error) {
      if (error instanceof DirectoryError) throw error;
      throw new DirectoryError('file-unreadable', { file: label }, { cause: error });
    }
  }
  if (isTabularJson(value)) return importTabularJson(value, label, content);
  return importHsdsJson(value ?? [], { file: label, content });
}
