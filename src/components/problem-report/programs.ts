/**
 * The program list and the "already tried" checklist: reading a `programs-src` file, adding the optional library
 * systems (`library-systems`), and picking the words for the page's language. Pure: no DOM, no Lit.
 */
import { DEFAULT_PICKERS, LIBRARY_SYSTEMS } from './default-content.js';
import type { PickerConfig, PickerOption } from './payload.js';

const ID = /^[a-z0-9][a-z0-9-]{0,59}$/i;
const MAX_ITEMS = 60;
const MAX_LABEL = 200;

const isLabel = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= MAX_LABEL;

function readOption(c: unknown): PickerOption | undefined {
  if (!c || typeof c !== 'object') return undefined;
  const { id, label, labels } = c as Record<string, unknown>;
  if (typeof id !== 'string' || !ID.test(id) || id === 'other' || !isLabel(label)) return undefined;
  const option: PickerOption = { id, label };
  if (labels && typeof labels === 'object' && !Array.isArray(labels)) {
    const kept = Object.entries(labels).filter(([lang, text]) => /^[a-z]{2,3}$/.test(lang) && isLabel(text));
    if (kept.length) option.labels = Object.fromEntries(kept);
  }
  return option;
}

/** A configuration problem, as a code with details (the element says the words). */
export interface PickerProblem {
  code: 'bad-list' | 'unknown-library-system';
  detail: string;
}

/** Reads a programs-src file: `{ "programs": [...], "tried": [...] }`; a missing or bad list keeps the default. */
export function parsePickers(json: unknown): { config: PickerConfig; problems: PickerProblem[] } {
  const src = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const problems: PickerProblem[] = [];
  const list = (key: 'programs' | 'tried'): PickerOption[] => {
    const value = src[key];
    if (value === undefined) return DEFAULT_PICKERS[key];
    const options = Array.isArray(value) && value.length <= MAX_ITEMS ? value.map(readOption) : [undefined];
    if (options.some(o => !o)) {
      problems.push({ code: 'bad-list', detail: key });
      return DEFAULT_PICKERS[key];
    }
    return options as PickerOption[];
  };
  return { config: { programs: list('programs'), tried: list('tried') }, problems };
}

/**
 * The library systems a `library-systems` attribute asks for: present but empty (or `all`) → all of them; a list
 * of ids (spaces or commas) → those, in the order given. Unknown ids are reported and left out.
 */
export function librarySystemsFor(attribute: string | null | undefined): {
  systems: PickerOption[];
  problems: PickerProblem[];
} {
  if (attribute === null || attribute === undefined) return { systems: [], problems: [] };
  const ids = attribute
    .split(/[\s,]+/)
    .map(id => id.trim().toLowerCase())
    .filter(Boolean);
  if (ids.length === 0 || (ids.length === 1 && ids[0] === 'all'))
    return { systems: [...LIBRARY_SYSTEMS], problems: [] };
  const systems: PickerOption[] = [];
  const problems: PickerProblem[] = [];
  for (const id of new Set(ids)) {
    const found = LIBRARY_SYSTEMS.find(s => s.id === id);
    if (found) systems.push(found);
    else problems.push({ code: 'unknown-library-system', detail: id });
  }
  return { systems, problems };
}

/** The program list with the chosen library systems first (an id already in the list is not repeated). */
export function withLibrarySystems(config: PickerConfig, systems: readonly PickerOption[]): PickerConfig {
  if (systems.length === 0) return config;
  const ids = new Set(systems.map(s => s.id));
  return { ...config, programs: [...systems, ...config.programs.filter(p => !ids.has(p.id))] };
}

/** The words for `lang` (falling back to `label`), so the report carries what the person saw. */
export function localizePickers(config: PickerConfig, lang: string): PickerConfig {
  const pick = (o: PickerOption): PickerOption => ({ ...o, label: o.labels?.[lang] ?? o.label });
  return { programs: config.programs.map(pick), tried: config.tried.map(pick) };
}
