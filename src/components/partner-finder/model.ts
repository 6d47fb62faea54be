/**
 * The one shape every directory format is turned into. Importers (import/*.ts) produce it, merge.ts de-duplicates
 * it, filter.ts indexes it, the element renders it. No DOM, no Lit.
 */
import type { DirectoryWordsCatalog } from './strings/directory-en.js';

/** A library goal a partner can serve (literacy, job seekers, …), from partner-categories.json. */
export interface Goal {
  id: string;
  label: string;
  /** Lowercase words or phrases that show a directory entry serves this goal. */
  keywords: string[];
}

/** One type of partner from the Compatible Library Partners Chart. */
export interface PartnerCategory {
  id: string;
  name: string;
  /** Example partner types from the chart. */
  examples: string[];
  /** What such partners typically bring to a collaboration. */
  brings: string[];
  /** What such partners typically need from one. */
  needs: string[];
  /** Goal ids, most important first. */
  goals: string[];
  /** Lowercase words or phrases that map a directory's own category words and taxonomy terms here. */
  keywords: string[];
}

/** What people read of the chart in another language, by id (chart-words.ts). */
export interface ChartWords {
  version: number;
  goals: Pick<Goal, 'id' | 'label'>[];
  categories: Pick<PartnerCategory, 'id' | 'name' | 'examples' | 'brings' | 'needs'>[];
}

export interface CategoryContent {
  version: number;
  goals: Goal[];
  categories: PartnerCategory[];
}

export interface PartnerPhone {
  number: string;
  /** "voice", "fax", "text", … as the data says. */
  type?: string;
  extension?: string;
  description?: string;
  /** A person's number, not the organization's (see privacy.ts): never shown in public mode. */
  personal?: boolean;
}

/** A named person. Hidden in `mode="public"`, with their own email and phones. */
export interface PartnerContact {
  name: string;
  title?: string;
  department?: string;
  email?: string;
  phones: PartnerPhone[];
}

export interface PartnerAddress {
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
  /** A named person the post is for ("attention"). Hidden in public mode. */
  attention?: string;
}

export interface PartnerService {
  name: string;
  description?: string;
  /** The service's own website and email (HSDS `url`, `email`). */
  website?: string;
  email?: string;
  /** "temporarily closed" and the like; inactive and defunct services are not kept at all. */
  status?: string;
  /** Who can use it, in the data's words (HSDS `eligibility_description`). */
  eligibility?: string;
  /** Ages served (HSDS `minimum_age`, `maximum_age`). */
  minAge?: number;
  maxAge?: number;
  /** Opening hours in words ("Mon–Fri 9:00–17:00"), from HSDS schedules. */
  schedule?: string;
  /** Short notices from the provider (HSDS `alert`). */
  alert?: string;
  /** Interpretation on offer (HSDS `interpretation_services`). */
  interpretation?: string;
  /** The program it belongs to (HSDS `program`). */
  program?: string;
}

/** A named place the organization works from (HSDS `locations`). */
export interface PartnerLocation {
  name: string;
  /** Accessibility in the data's words ("Step-free entrance", "Hearing loop"). */
  accessibility: string[];
  /** Opening hours in words. */
  schedule?: string;
}

export interface PartnerOrganization {
  /** Unique within one loaded directory. */
  key: string;
  /** Identifiers from the data (HSDS ids, a CSV `id` column), used for de-duplication. */
  ids: string[];
  name: string;
  /** Other names: HSDS alternate_name, a CSV `aliases` column. Searched. */
  aliases: string[];
  description: string;
  website?: string;
  /** The organization's own general email (not a person's). */
  email?: string;
  /** The organization's own phones (not a person's). */
  phones: PartnerPhone[];
  address?: PartnerAddress;
  /** City or area, for the facet. */
  city?: string;
  /** Category ids from partner-categories.json. */
  categories: string[];
  /** Category words and taxonomy terms that matched none of our categories; shown and searched as they are. */
  tags: string[];
  /** Goal ids the partner serves: stated in the data or implied by its words and categories. */
  goals: string[];
  /** Goal ids stated or found in the partner's own words (stronger than those implied by its categories). */
  statedGoals: string[];
  audiences: string[];
  languages: string[];
  contacts: PartnerContact[];
  services: PartnerService[];
  /** What this partner brings / needs, when the data says. */
  brings: string[];
  needs: string[];
  /** ISO date (YYYY-MM-DD) the entry was last checked, when the data has one. */
  lastVerified?: string;
  /** Where the record came from: file names or addresses of the feeds it was found in. */
  sources: string[];
  /** The record's row in its file (CSV: the spreadsheet row; JSON: the item number), when it came from one. */
  row?: number;
  /** When several records were merged into this one: where each was ("partners.csv row 2"), newest first. */
  origins?: string[];
  /** Wording the merged records had that the newest one replaced (older descriptions, websites, emails): searched. */
  older?: string[];
  /** Named places (HSDS locations) with their accessibility and hours. */
  locations?: PartnerLocation[];
  /** Age groups the services are for (facet values: "children", "teens", "adults", "older-adults"). */
  ageGroups?: string[];
  /** Identifiers shown to staff ("Charity number: 123"), from HSDS organization_identifiers. */
  identifiers?: string[];
}

/** What a note or problem is about, as a code: directory-words.ts (and the catalogs) put it into words. */
export type DirectoryCode = Exclude<keyof DirectoryWordsCatalog, 'origin-row' | 'unnamed-service' | 'quoted'>;
/** The values a code's words need: numbers, names from the file, lists (joined in the text's language). */
export type DirectoryParams = Record<string, string | number | string[]>;

/** A note or problem as a code and its values, never as English words. */
export interface DirectoryProblem {
  code: DirectoryCode;
  params?: DirectoryParams;
}

/** Something wrong in a directory file that did not stop the rest from loading. */
export interface ImportWarning extends DirectoryProblem {
  /** File name or address. */
  file: string;
  /** 1-based line or row number (CSV: the line in the file, header = 1), or the item number in a JSON list. */
  row?: number;
  /**
   * `problem` (the default): something in the data to fix. `merge`: records found to be one organization.
   * `unknown-category`: category words that match no partner type (kept as tags).
   */
  kind?: 'problem' | 'merge' | 'unknown-category';
}

/** `organizations`: already in the PartnerOrganization shape (from `tb-partner-select`, or prepared ahead of time). */
export type DirectoryFormat = 'hsds-json' | 'hsds-tabular' | 'csv' | 'records' | 'organizations' | 'prepared';

export interface ImportResult {
  format: DirectoryFormat;
  organizations: PartnerOrganization[];
  warnings: ImportWarning[];
}

/** An organization before it has a `key` and defaults; importers fill what they know. */
export type PartnerDraft = Partial<Omit<PartnerOrganization, 'key'>> & { name: string };
