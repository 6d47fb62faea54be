/**
 * Open Referral HSDS 3.0 JSON: one organization, a list of them, an API page ({ contents: [...] }), or services
 * with their organization nested (service_full, service_list, service_at_location_*). Plain JSON records in the
 * simple CSV's shape ({ name, categories: [...], city, … }) are read too, so a page can hand over its own list.
 */
import type {
  CategoryContent,
  ImportResult,
  ImportWarning,
  PartnerAddress,
  PartnerLocation,
  PartnerOrganization,
  PartnerService
} from '../model.js';
import { htmlToText, isoDate, splitList } from '../text.js';
import { finishPartner, type RawPartner, uniqueText } from './finish.js';
import { TimeSlicer } from '../../../core/yield.js';
import { LOAD_PIECE_MS } from '../finder-constants.js';
import { EMPTY, FlatImporter } from './flat.js';
import { copyDetails } from '../prepared.js';
import { AGE_GROUPS } from '../filter.js';
import { csvColumnFor, type CsvColumn } from './csv.js';

import {
  ageGroupsOf,
  contacts,
  eachObject,
  endedOn,
  endedProblem,
  isObject,
  list,
  phones,
  scheduleText,
  service,
  text,
  type Ended,
  type Json
} from './hsds-fields.js';
import { DirectoryError } from '../directory-words.js';

export { ageGroupsOf, endedOn, scheduleText, service };

/** What kind of HSDS object this is, by the fields only that kind has. */
export function hsdsKind(
  item: Json
): 'organization' | 'service' | 'service_at_location' | 'location' | 'taxonomy' | 'other' {
  if (isObject(item.service) && ('location' in item || 'service' in item)) return 'service_at_location';
  if (isObject(item.organization) || 'service_at_locations' in item || 'eligibility_description' in item)
    return 'service';
  if ('term_uri' in item || 'taxonomy_detail' in item || 'vocabulary' in item) return 'taxonomy';
  if ('location_type' in item || 'transportation' in item) return 'location';
  if ('name' in item) return 'organization';
  return 'other';
}

/** True when an item uses HSDS fields rather than the simple CSV's. */
export function looksLikeHsds(item: Json): boolean {
  for (let i = 0; i < HSDS_ONLY.length; i++) if (HSDS_ONLY[i] in item) return true;
  return false;
}

const HSDS_ONLY = [
  'services',
  'alternate_name',
  'legal_status',
  'tax_status',
  'year_incorporated',
  'organization_identifiers',
  'locations',
  'service_at_locations',
  'taxonomy_detail'
];

/** The language names of a `languages` list: name, else language, else code. */
function addLanguages(out: string[], holder: unknown): void {
  eachObject(holder, l => out.push(text(l.name) || text(l.language) || text(l.code)));
}

function address(location: Json): PartnerAddress | undefined {
  const all = list(location.addresses ?? location.physical_address ?? location.physical_addresses);
  const a = all.find(x => text(x.address_type) === 'physical') ?? all[0];
  if (!a) return undefined;
  return {
    street: [text(a.address_1), text(a.address_2)].filter(Boolean).join(', ') || undefined,
    city: text(a.city) || undefined,
    region: text(a.state_province) || text(a.region) || undefined,
    postalCode: text(a.postal_code) || undefined,
    country: text(a.country) || undefined,
    attention: text(a.attention) || undefined
  };
}

function taxonomyTerms(holders: Json[]): string[] {
  const out: string[] = [];
  for (const h of holders) {
    eachObject(h.attributes, attr => {
      const term = attr.taxonomy_term;
      if (isObject(term)) out.push(text(term.name));
    });
    eachObject(h.taxonomy_terms, term => out.push(text(term.name)));
  }
  return out.filter(Boolean);
}

/** The latest of the dates an organization and its services give (assured, modified, metadata actions). */
function latestOf(holders: Json[], lastVerified: unknown): string | undefined {
  let best: string | undefined;
  const take = (value: unknown) => {
    const date = isoDate(value);
    if (date && (!best || date > best)) best = date;
  };
  for (const h of holders) {
    take(h.assured_date);
    take(h.last_modified);
    eachObject(h.metadata, m => take(m.last_action_date));
  }
  take(lastVerified);
  return best;
}

/**
 * One HSDS organization (with whatever it nests) as a RawPartner. Lists are gathered with loops rather than
 * spreads and flatMaps: a feed of thousands of organizations otherwise makes many short-lived arrays per record.
 */
export function hsdsOrganization(
  org: Json,
  extraServices: Json[] = []
): RawPartner & { droppedServices?: { name: string; why: Ended }[] } {
  const services: Json[] = [];
  const droppedServices: { name: string; why: Ended }[] = [];
  for (const s of [...list(org.services), ...extraServices]) {
    const why = endedOn(s);
    if (why) droppedServices.push({ name: text(s.name), why });
    else services.push(s);
  }
  const locations = list(org.locations);
  for (const s of services) {
    eachObject(s.service_at_locations, sal => {
      if (isObject(sal.location)) locations.push(sal.location);
    });
  }
  let located: PartnerAddress | undefined;
  for (let i = 0; i < locations.length && !located; i++) located = address(locations[i]);
  const serviceList: PartnerService[] = services.map(service);
  const ids = [text(org.id)];
  const identifiers: string[] = [];
  eachObject(org.organization_identifiers, i => {
    if (!text(i.identifier)) return;
    const scheme = text(i.identifier_scheme) || text(i.identifier_type);
    ids.push(`${scheme}:${text(i.identifier)}`);
    identifiers.push(`${text(i.identifier_type) || scheme || 'Identifier'}: ${text(i.identifier)}`);
  });
  const places: PartnerLocation[] = [];
  for (const l of locations) {
    const accessibility: string[] = [];
    eachObject(l.accessibility, a => {
      const words = [text(a.description), text(a.details)].filter(Boolean).join(': ');
      if (words) accessibility.push(words);
    });
    const name = text(l.name);
    const schedule = scheduleText(l.schedules);
    if ((name || accessibility.length || schedule) && !places.some(p => p.name === name))
      places.push({ name: name || 'Main location', accessibility, ...(schedule ? { schedule } : {}) });
  }
  const ageGroups = new Set<string>();
  for (const s of serviceList) for (const g of ageGroupsOf(s.minAge, s.maxAge)) ageGroups.add(g);
  const allPhones = phones(org.phones);
  for (const l of locations) for (const p of phones(l.phones)) allPhones.push(p);
  for (const s of services) for (const p of phones(s.phones)) allPhones.push(p);
  const allContacts = contacts(org.contacts);
  for (const s of services) {
    for (const c of contacts(s.contacts)) allContacts.push(c);
    eachObject(s.service_at_locations, sal => {
      for (const c of contacts(sal.contacts)) allContacts.push(c);
    });
  }
  for (const l of locations) for (const c of contacts(l.contacts)) allContacts.push(c);
  const languages: string[] = [];
  addLanguages(languages, org.languages);
  for (const l of locations) addLanguages(languages, l.languages);
  for (const s of services) addLanguages(languages, s.languages);
  eachObject(org.phones, p => addLanguages(languages, p.languages));
  for (const s of services) eachObject(s.phones, p => addLanguages(languages, p.languages));
  const audiences: string[] = [];
  for (const s of services) for (const a of splitList(s.eligibility)) audiences.push(a);
  const holders = [org, ...services];
  return {
    name: text(org.name),
    ids,
    aliases: [text(org.alternate_name)],
    description: htmlToText(text(org.description)),
    website: text(org.website) || text(org.url) || undefined,
    email: text(org.email) || undefined,
    phones: allPhones,
    address: located,
    contacts: allContacts,
    languages,
    categoryTerms: taxonomyTerms(holders),
    audiences,
    services: serviceList,
    lastVerified: latestOf(holders, org.last_verified),
    ...(places.length ? { locations: places } : {}),
    ...(ageGroups.size ? { ageGroups: [...ageGroups] } : {}),
    ...(identifiers.length ? { identifiers } : {}),
    ...(droppedServices.length ? { droppedServices } : {})
  };
}

/** Field names of plain records beyond the CSV's column names (camelCase and plural spellings). */
const RECORD_FIELDS: Record<string, CsvColumn | 'contacts'> = {
  phones: 'phone',
  audiences: 'audience',
  lastverified: 'last_verified',
  postalcode: 'postal_code',
  contactname: 'contact_name',
  contacttitle: 'contact_title',
  contactemail: 'contact_email',
  contactphone: 'contact_phone',
  contacts: 'contacts'
};

const recordFieldCache = new Map<string, CsvColumn | 'contacts' | null>();

/** Which field a plain record's key means ("category", "Organization", "lastVerified" …), as a CSV header would. */
function recordField(key: string): CsvColumn | 'contacts' | undefined {
  let field = recordFieldCache.get(key);
  if (field === undefined) {
    field = RECORD_FIELDS[key.toLowerCase().replace(/[\s_-]/g, '')] ?? csvColumnFor(key) ?? null;
    recordFieldCache.set(key, field);
  }
  return field ?? undefined;
}

/** The name of a plain record under any of the CSV's spellings of the name column. */
function recordName(r: Json): string {
  for (const key in r) if (recordField(key) === 'name') return text(r[key]);
  return '';
}

/**
 * A simple record ({ name, categories, city, … }), in the simple CSV's shape. Its keys are read as the CSV's column
 * names are (so `category` is `categories`, `Organization` is `name`); keys that mean nothing are gathered in
 * `unknown` for one warning per file.
 */
function simpleRecord(r: Json, importer: FlatImporter, unknown: Set<string>): PartnerOrganization {
  const cells: Partial<Record<CsvColumn | 'contacts', unknown>> = {};
  for (const key in r) {
    const field = recordField(key);
    if (!field) unknown.add(key);
    else if (cells[field] === undefined) cells[field] = r[key];
  }
  const contactName = text(cells.contact_name);
  const verified = cells.last_verified;
  return importer.organization({
    id: text(cells.id),
    name: text(cells.name),
    aliases: cells.aliases,
    description: htmlToText(text(cells.description)),
    website: text(cells.website),
    email: text(cells.email),
    phone: cells.phone,
    street: text(cells.address),
    city: text(cells.city),
    region: text(cells.region),
    postalCode: text(cells.postal_code),
    country: text(cells.country),
    categories: cells.categories,
    goals: cells.goals,
    tags: cells.tags,
    audience: cells.audience,
    languages: cells.languages,
    brings: cells.brings,
    needs: cells.needs,
    contacts: contactName
      ? importer.contact(contactName, text(cells.contact_title), text(cells.contact_email), cells.contact_phone)
      : contacts(cells.contacts),
    lastVerified: typeof verified === 'string' ? importer.date(verified.trim()) : isoDate(verified)
  });
}

/**
 * True for an organization in the element's own shape (`PartnerOrganization`): what `tb-partner-select` carries,
 * what a directory prepared ahead of time holds. Only that shape has `statedGoals` and `sources` lists.
 */
export function looksLikeOrganization(item: Json): boolean {
  return Array.isArray(item.statedGoals) && Array.isArray(item.sources) && Array.isArray(item.categories);
}

/** The strings of a list, trimmed, without repeats (ignoring case). Empty lists share one frozen array. */
function strings(v: unknown): string[] {
  if (!Array.isArray(v) || v.length === 0) return EMPTY as string[];
  if (v.length === 1) {
    const only: unknown = v[0];
    const text = typeof only === 'string' ? only.trim() : '';
    return text ? [text] : (EMPTY as string[]);
  }
  return uniqueText(v.filter((x): x is string => typeof x === 'string'));
}

const idSets = new WeakMap<CategoryContent, { categories: Set<string>; goals: Set<string> }>();

/**
 * An organization already in the element's shape, taken as it is: no categories or goals worked out again, no
 * second reading of its words. Still untrusted: every field is checked and copied, anything of the wrong type is
 * dropped, category ids the chart does not know become tags and unknown goal ids are left out.
 */
export function readOrganization(item: Json, file: string, content: CategoryContent): PartnerOrganization {
  let known = idSets.get(content);
  if (!known) {
    known = {
      categories: new Set(content.categories.map(c => c.id)),
      goals: new Set(content.goals.map(g => g.id))
    };
    idSets.set(content, known);
  }
  const categories: string[] = [];
  let tags = strings(item.tags);
  for (const id of strings(item.categories)) {
    if (known.categories.has(id)) categories.push(id);
    else if (!tags.includes(id)) tags = [...tags, id];
  }
  const goalIds = (v: unknown) => strings(v).filter(id => known.goals.has(id));
  const place = isObject(item.address) ? item.address : {};
  const address: PartnerAddress = {
    street: text(place.street) || undefined,
    city: text(place.city) || undefined,
    region: text(place.region) || undefined,
    postalCode: text(place.postalCode) || undefined,
    country: text(place.country) || undefined,
    attention: text(place.attention) || undefined
  };
  const hasAddress = !!(
    address.street ||
    address.city ||
    address.region ||
    address.postalCode ||
    address.country ||
    address.attention
  );
  const name = text(item.name);
  const sources = strings(item.sources);
  const organization: PartnerOrganization = {
    key: '',
    ids: strings(item.ids),
    name,
    aliases: strings(item.aliases).filter(a => a.toLowerCase() !== name.toLowerCase()),
    description: text(item.description),
    website: text(item.website) || undefined,
    email: text(item.email) || undefined,
    phones: phones(item.phones),
    address: hasAddress ? address : undefined,
    city: text(item.city) || address.city,
    categories,
    tags,
    goals: goalIds(item.goals),
    statedGoals: goalIds(item.statedGoals),
    audiences: strings(item.audiences),
    languages: strings(item.languages),
    contacts: contacts(item.contacts),
    services: list(item.services)
      .map(s => ({ name: text(s.name), description: text(s.description) || undefined }))
      .filter(s => s.name),
    brings: strings(item.brings),
    needs: strings(item.needs),
    lastVerified: isoDate(item.lastVerified),
    sources: sources.length ? sources : [file]
  };
  // Services with their HSDS details, locations, identifiers, merge origins, older wording, row: checked the same
  // way as a prepared file's details.
  copyDetails(organization, {
    services: item.services,
    locations: item.locations,
    identifiers: item.identifiers,
    origins: item.origins,
    older: item.older,
    row: item.row
  });
  const ages = strings(item.ageGroups).filter(a => AGE_GROUPS.some(g => g.value === a));
  if (ages.length) organization.ageGroups = ages;
  return organization;
}

export interface JsonOptions {
  file: string;
  content: CategoryContent;
}

/**
 * Reads parsed HSDS 3.0 JSON or simple records. Items that are not organizations or services (taxonomy terms,
 * locations on their own) and items without a name are skipped with a warning.
 */
export async function importHsdsJson(data: unknown, { file, content }: JsonOptions): Promise<ImportResult> {
  const warnings: ImportWarning[] = [];
  if (isObject(data) && 'openapi_url' in data && !('name' in data)) {
    throw new DirectoryError('service-description-only', { file });
  }
  const items: unknown[] = Array.isArray(data)
    ? data
    : isObject(data) && Array.isArray(data.contents)
      ? data.contents
      : isObject(data) && Array.isArray(data.organizations)
        ? data.organizations
        : [data];
  // In item order; organizations put together from services follow.
  const organizations: PartnerOrganization[] = [];
  const importer = new FlatImporter(content, file);
  const finish = (raw: RawPartner) => finishPartner({ ...raw, aliases: uniqueText(raw.aliases ?? []) }, content, file);
  const servicesByOrg = new Map<string, { org: Json; services: Json[] }>();
  let hsds = false;
  let prepared = false;
  const unknownFields = new Set<string>();
  /** An HSDS organization, or undefined (with a warning) when it has closed. */
  const finishHsds = (item: Json, index: number, services: Json[] = []) => {
    const ended = endedOn(item);
    if (ended) {
      warnings.push({
        file,
        ...(index >= 0 ? { row: index + 1 } : {}),
        ...endedProblem(ended, { name: text(item.name) })
      });
      return undefined;
    }
    const raw = hsdsOrganization(item, services);
    for (const s of raw.droppedServices ?? []) {
      warnings.push({
        file,
        ...(index >= 0 ? { row: index + 1 } : {}),
        ...endedProblem(s.why, { org: raw.name, service: s.name }, 'service')
      });
    }
    return finish(raw);
  };
  const readItem = (item: unknown, index: number) => {
    if (!isObject(item)) {
      warnings.push({ file, row: index + 1, code: 'item-not-record', params: { item: index + 1 } });
      return;
    }
    if (looksLikeOrganization(item)) {
      if (!text(item.name)) {
        warnings.push({ file, row: index + 1, code: 'item-no-name', params: { item: index + 1 } });
        return;
      }
      prepared = true;
      organizations.push(readOrganization(item, file, content));
      return;
    }
    // A plain record whose name is under another spelling ("Organization", "partner name"): read as a record.
    if (!('name' in item) && !looksLikeHsds(item) && recordName(item)) {
      const organization = simpleRecord(item, importer, unknownFields);
      organization.row = index + 1;
      organizations.push(organization);
      return;
    }
    const kind = hsdsKind(item);
    if (looksLikeHsds(item) || kind !== 'organization') hsds = true;
    if (kind === 'service' || kind === 'service_at_location') {
      const service = kind === 'service' ? item : (item.service as Json);
      const org = isObject(service.organization) ? service.organization : undefined;
      if (!org || !text(org.name)) {
        const params = { service: text(service.name), item: index + 1 };
        warnings.push({
          file,
          row: index + 1,
          code: items.length > 1 ? 'orphan-service-item' : 'orphan-service',
          params
        });
        return;
      }
      const withLocation =
        kind === 'service_at_location' && isObject(item.location)
          ? { ...service, service_at_locations: [{ location: item.location, contacts: item.contacts }] }
          : service;
      const key = text(org.id) || text(org.name);
      const group = servicesByOrg.get(key) ?? { org, services: [] };
      group.services.push(withLocation);
      servicesByOrg.set(key, group);
      return;
    }
    if (kind !== 'organization') {
      const code = kind === 'taxonomy' ? 'item-taxonomy' : kind === 'location' ? 'item-location' : 'item-other';
      warnings.push({ file, row: index + 1, code, params: { item: index + 1 } });
      return;
    }
    if (!text(item.name)) {
      warnings.push({ file, row: index + 1, code: 'item-no-name', params: { item: index + 1 } });
      return;
    }
    const organization = looksLikeHsds(item) ? finishHsds(item, index) : simpleRecord(item, importer, unknownFields);
    if (organization) {
      organization.row = index + 1;
      organizations.push(organization);
    }
  };
  // A long list is read in pieces, so the page can still paint and answer between them.
  const slicer = new TimeSlicer(LOAD_PIECE_MS);
  for (let index = 0; index < items.length; index++) {
    readItem(items[index], index);
    if (slicer.due()) await slicer.yield();
  }
  for (const { org, services } of servicesByOrg.values()) {
    const organization = finishHsds(org, -1, services);
    if (organization) organizations.push(organization);
  }
  const unknownCategories = importer.unknownCategoryWarning(file);
  if (unknownCategories) warnings.push(unknownCategories);
  if (unknownFields.size) {
    const fields = [...unknownFields].slice(0, 12);
    warnings.push({
      file,
      code: unknownFields.size > 12 ? 'unknown-fields-more' : 'unknown-fields',
      params: { fields }
    });
  }
  if (!organizations.length && !warnings.length) {
    warnings.push({ file, code: 'no-organizations', params: { file } });
  }
  return { format: hsds ? 'hsds-json' : prepared ? 'organizations' : 'records', organizations, warnings };
}
