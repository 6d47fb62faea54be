/**
 * An HSDS tabular package: datapackage.json plus one CSV per table, the CSVs found relative to the
 * datapackage's address. Reads HSDS 3.0 table names and the older 1.1 ones (physical_addresses,
 * services_taxonomy, eligibility, …). Also reads HSDS "tabular JSON" (the same tables keyed by CSV file name).
 *
 * Real packages are not always consistent: a row that points at an id no other table has gives a warning naming
 * the file and row, and the rest still loads.
 */
import type {
  CategoryContent,
  ImportResult,
  ImportWarning,
  PartnerContact,
  PartnerLocation,
  PartnerOrganization,
  PartnerPhone,
  PartnerService
} from '../model.js';
import { cleanPhone, htmlToText, isoDate, splitList } from '../text.js';
import { preloadPapa } from '../papa.js';
import { csvErrorProblem, parseCsvTable } from './csv.js';
import { finishPartner, latestDate, type RawPartner } from './finish.js';
import { ageGroupsOf, endedOn, endedProblem, scheduleText, service } from './hsds-fields.js';
import { DirectoryError } from '../directory-words.js';
import { isPersonalPhone } from '../privacy.js';

type Row = Record<string, string>;

export interface Table {
  /** File name or address, for warnings. */
  file: string;
  rows: Row[];
  /** The row number each of `rows` has in its file, for warnings (a CSV's spreadsheet row, a JSON list's item). */
  lines: number[];
}

/** Table name (HSDS resource name, singular) → rows. */
export type Tables = Partial<Record<string, Table>>;

/** Resources we read, by HSDS resource name; everything else in a package is ignored (and not downloaded). */
export const USED_RESOURCES = [
  'organization',
  'service',
  'location',
  'address',
  'physical_address',
  'postal_address',
  'contact',
  'phone',
  'language',
  'service_at_location',
  'taxonomy_term',
  'taxonomy',
  'attribute',
  'service_taxonomy',
  'eligibility',
  'metadata',
  'organization_identifier',
  'schedule',
  'accessibility',
  'accessibility_for_disabilities',
  'program'
] as const;

/** Resource name from a CSV file name: "organizations.csv" → organization, "services_at_location.csv" → service_at_location. */
export function resourceFromFile(file: string): string {
  const base = file
    .replace(/^.*\//, '')
    .replace(/\.csv$/i, '')
    .toLowerCase();
  const known: Record<string, string> = {
    services_at_location: 'service_at_location',
    taxonomies: 'taxonomy',
    taxonomy: 'taxonomy',
    services_taxonomy: 'service_taxonomy',
    addresses: 'address',
    eligibility: 'eligibility',
    metadata: 'metadata',
    accessibility_for_disabilities: 'accessibility_for_disabilities',
    payments_accepted: 'payment_accepted'
  };
  return known[base] ?? base.replace(/ies$/, 'y').replace(/s$/, '');
}

interface ForeignKey {
  table: string;
  column: string;
  targets: string[];
}

const FOREIGN_KEYS: ForeignKey[] = [
  { table: 'organization', column: 'parent_organization_id', targets: ['organization'] },
  { table: 'service', column: 'organization_id', targets: ['organization'] },
  { table: 'location', column: 'organization_id', targets: ['organization'] },
  { table: 'address', column: 'location_id', targets: ['location'] },
  { table: 'physical_address', column: 'location_id', targets: ['location'] },
  { table: 'postal_address', column: 'location_id', targets: ['location'] },
  { table: 'service_at_location', column: 'service_id', targets: ['service'] },
  { table: 'service_at_location', column: 'location_id', targets: ['location'] },
  { table: 'contact', column: 'organization_id', targets: ['organization'] },
  { table: 'contact', column: 'service_id', targets: ['service'] },
  { table: 'contact', column: 'service_at_location_id', targets: ['service_at_location'] },
  { table: 'contact', column: 'location_id', targets: ['location'] },
  { table: 'phone', column: 'organization_id', targets: ['organization'] },
  { table: 'phone', column: 'service_id', targets: ['service'] },
  { table: 'phone', column: 'location_id', targets: ['location'] },
  { table: 'phone', column: 'contact_id', targets: ['contact'] },
  { table: 'phone', column: 'service_at_location_id', targets: ['service_at_location'] },
  { table: 'language', column: 'service_id', targets: ['service'] },
  { table: 'language', column: 'location_id', targets: ['location'] },
  { table: 'language', column: 'phone_id', targets: ['phone'] },
  { table: 'taxonomy_term', column: 'taxonomy_id', targets: ['taxonomy'] },
  { table: 'attribute', column: 'taxonomy_term_id', targets: ['taxonomy_term'] },
  {
    table: 'attribute',
    column: 'link_id',
    targets: ['organization', 'service', 'location', 'service_at_location', 'contact', 'phone']
  },
  { table: 'service_taxonomy', column: 'service_id', targets: ['service'] },
  { table: 'service_taxonomy', column: 'taxonomy_id', targets: ['taxonomy'] },
  { table: 'organization_identifier', column: 'organization_id', targets: ['organization'] }
];

function groupBy(rows: Row[] | undefined, column: string): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows ?? []) {
    const key = row[column]?.trim();
    if (!key) continue;
    const group = map.get(key);
    if (group) group.push(row);
    else map.set(key, [row]);
  }
  return map;
}

const get = <K, V>(map: Map<K, V[]>, key: K | undefined): V[] => (key === undefined ? [] : (map.get(key) ?? []));

/** Joins the tables into organizations. Warns about dangling references; never throws for them. */
export function assembleTables(tables: Tables, content: CategoryContent, source: string): ImportResult {
  const warnings: ImportWarning[] = [];
  const orgTable = tables.organization;
  if (!orgTable) {
    throw new DirectoryError('no-organizations-table', { file: source });
  }
  const ids = new Map<string, Set<string>>();
  for (const [name, table] of Object.entries(tables)) {
    ids.set(name, new Set((table?.rows ?? []).map(r => r.id?.trim()).filter(Boolean)));
  }
  for (const fk of FOREIGN_KEYS) {
    const table = tables[fk.table];
    if (!table) continue;
    const present = fk.targets.filter(t => tables[t]);
    if (!present.length) continue;
    table.rows.forEach((row, i) => {
      const value = row[fk.column]?.trim();
      if (!value || present.some(t => ids.get(t)?.has(value))) return;
      const where = present.map(t => tables[t]!.file.replace(/^.*\//, ''));
      const line = table.lines[i];
      const params = { row: line, column: fk.column, value, where };
      warnings.push({ file: table.file, row: line, code: 'broken-link', params });
    });
  }

  const services = tables.service?.rows ?? [];
  const servicesByOrg = groupBy(services, 'organization_id');
  const locationsByOrg = groupBy(tables.location?.rows, 'organization_id');
  const salByService = groupBy(tables.service_at_location?.rows, 'service_id');
  const addressByLocation = groupBy(
    [...(tables.address?.rows ?? []), ...(tables.physical_address?.rows ?? []), ...(tables.postal_address?.rows ?? [])],
    'location_id'
  );
  const contactRows = tables.contact?.rows ?? [];
  const phoneRows = tables.phone?.rows ?? [];
  const phonesBy = (column: string) => groupBy(phoneRows, column);
  const phonesByOrg = phonesBy('organization_id');
  const phonesByService = phonesBy('service_id');
  const phonesByLocation = phonesBy('location_id');
  const phonesByContact = phonesBy('contact_id');
  const phonesBySal = phonesBy('service_at_location_id');
  const contactsBy = (column: string) => groupBy(contactRows, column);
  const contactsByOrg = contactsBy('organization_id');
  const contactsByService = contactsBy('service_id');
  const contactsByLocation = contactsBy('location_id');
  const contactsBySal = contactsBy('service_at_location_id');
  const languageRows = tables.language?.rows ?? [];
  const languagesByService = groupBy(languageRows, 'service_id');
  const languagesByLocation = groupBy(languageRows, 'location_id');
  const languagesByPhone = groupBy(languageRows, 'phone_id');
  const termsById = new Map((tables.taxonomy_term?.rows ?? []).map(r => [r.id, r]));
  const taxonomyById = new Map((tables.taxonomy?.rows ?? []).map(r => [r.id, r]));
  const attributesByLink = groupBy(tables.attribute?.rows, 'link_id');
  const serviceTaxonomy = groupBy(tables.service_taxonomy?.rows, 'service_id');
  const eligibilityByService = groupBy(tables.eligibility?.rows, 'service_id');
  const metadataByResource = groupBy(tables.metadata?.rows, 'resource_id');
  const identifiersByOrg = groupBy(tables.organization_identifier?.rows, 'organization_id');

  const schedulesByService = groupBy(tables.schedule?.rows, 'service_id');
  const schedulesByLocation = groupBy(tables.schedule?.rows, 'location_id');
  const accessibilityByLocation = groupBy(
    tables.accessibility?.rows ?? tables.accessibility_for_disabilities?.rows,
    'location_id'
  );
  const locationById = new Map((tables.location?.rows ?? []).map(r => [r.id, r]));
  const programById = new Map((tables.program?.rows ?? []).map(r => [r.id, r]));
  const toPhone = (p: Row): PartnerPhone => {
    const phone: PartnerPhone = {
      number: cleanPhone(p.number),
      type: p.type?.trim() || undefined,
      extension: p.extension?.trim() || undefined,
      description: p.description?.trim() || undefined
    };
    if (isPersonalPhone(phone)) phone.personal = true;
    return phone;
  };
  const toService = (s: Row): PartnerService =>
    service({
      ...s,
      schedules: get(schedulesByService, s.id),
      program: s.program_id ? programById.get(s.program_id) : undefined
    });
  const toLocation = (id: string): PartnerLocation | undefined => {
    const l = locationById.get(id);
    const accessibility = get(accessibilityByLocation, id)
      .map(a => [a.description?.trim() || a.accessibility?.trim(), a.details?.trim()].filter(Boolean).join(': '))
      .filter(Boolean);
    const schedule = scheduleText(get(schedulesByLocation, id));
    const name = l?.name?.trim() ?? '';
    if (!name && !accessibility.length && !schedule) return undefined;
    return { name: name || 'Main location', accessibility, ...(schedule ? { schedule } : {}) };
  };
  const toContact = (c: Row): PartnerContact => ({
    name: c.name?.trim() ?? '',
    title: c.title?.trim() || undefined,
    department: c.department?.trim() || undefined,
    email: c.email?.trim() || undefined,
    phones: get(phonesByContact, c.id).map(toPhone)
  });

  const organizations: PartnerOrganization[] = [];
  orgTable.rows.forEach((org, i) => {
    const name = org.name?.trim();
    if (!name) {
      const line = orgTable.lines[i];
      warnings.push({ file: orgTable.file, row: line, code: 'row-no-name', params: { row: line } });
      return;
    }
    const orgServices: Row[] = [];
    for (const s of get(servicesByOrg, org.id)) {
      const why = endedOn(s);
      if (!why) orgServices.push(s);
      else
        warnings.push({
          file: tables.service?.file ?? source,
          ...endedProblem(why, { org: name, service: s.name?.trim() ?? '' }, 'service')
        });
    }
    const serviceIds = orgServices.map(s => s.id);
    const sals = serviceIds.flatMap(id => get(salByService, id));
    const locationIds = [
      ...new Set([...get(locationsByOrg, org.id).map(l => l.id), ...sals.map(s => s.location_id)].filter(Boolean))
    ];
    const addresses = locationIds.flatMap(id => get(addressByLocation, id));
    const a = addresses[0];
    const phoneRowsForOrg = [
      ...get(phonesByOrg, org.id),
      ...serviceIds.flatMap(id => get(phonesByService, id)),
      ...locationIds.flatMap(id => get(phonesByLocation, id)),
      ...sals.flatMap(s => get(phonesBySal, s.id))
    ].filter(p => !p.contact_id?.trim());
    const contactRowsForOrg = [
      ...get(contactsByOrg, org.id),
      ...serviceIds.flatMap(id => get(contactsByService, id)),
      ...locationIds.flatMap(id => get(contactsByLocation, id)),
      ...sals.flatMap(s => get(contactsBySal, s.id))
    ];
    const linked = [org.id, ...serviceIds, ...locationIds, ...sals.map(s => s.id)];
    const terms = [
      ...linked.flatMap(id => get(attributesByLink, id)).map(attr => termsById.get(attr.taxonomy_term_id)?.name),
      ...orgServices.flatMap(s => [
        ...splitList(s.taxonomy_ids, /[,;| ]+/).map(id => taxonomyById.get(id)?.name ?? termsById.get(id)?.name),
        ...get(serviceTaxonomy, s.id).map(st => taxonomyById.get(st.taxonomy_id)?.name)
      ])
    ].filter((t): t is string => !!t?.trim());
    const languages = [
      ...serviceIds.flatMap(id => get(languagesByService, id)),
      ...locationIds.flatMap(id => get(languagesByLocation, id)),
      ...phoneRowsForOrg.flatMap(p => get(languagesByPhone, p.id))
    ].map(l => l.name?.trim() || l.language?.trim() || l.code?.trim());
    const phoneLanguageCodes = phoneRowsForOrg.flatMap(p => splitList(p.language, /[,;|]+/));
    const raw: RawPartner = {
      name,
      ids: [
        org.id,
        ...get(identifiersByOrg, org.id).map(x =>
          x.identifier ? `${x.identifier_scheme || x.identifier_type}:${x.identifier}` : ''
        )
      ],
      aliases: [org.alternate_name],
      description: htmlToText(org.description ?? ''),
      website: org.website?.trim() || org.url?.trim() || undefined,
      email: org.email?.trim() || undefined,
      phones: phoneRowsForOrg.map(toPhone),
      address: a
        ? {
            street:
              [a.address_1, a.address_2, a.address_3, a.address_4]
                .map(x => x?.trim())
                .filter(Boolean)
                .join(', ') || undefined,
            city: a.city?.trim() || undefined,
            region: a.state_province?.trim() || a.region?.trim() || undefined,
            postalCode: a.postal_code?.trim() || undefined,
            country: a.country?.trim() || undefined,
            attention: a.attention?.trim() || undefined
          }
        : undefined,
      contacts: contactRowsForOrg.map(toContact),
      categoryTerms: terms,
      languages: [...languages, ...phoneLanguageCodes].filter((l): l is string => !!l),
      audiences: serviceIds.flatMap(id => get(eligibilityByService, id).map(e => e.eligibility)),
      services: orgServices.map(toService),
      lastVerified: latestDate([
        ...orgServices.flatMap(s => [isoDate(s.assured_date), isoDate(s.last_modified)]),
        ...linked.flatMap(id => get(metadataByResource, id)).map(m => isoDate(m.last_action_date))
      ])
    };
    const places = locationIds.map(toLocation).filter((l): l is PartnerLocation => !!l);
    if (places.length) raw.locations = places;
    const ages = new Set(raw.services!.flatMap(s => ageGroupsOf(s.minAge, s.maxAge)));
    if (ages.size) raw.ageGroups = [...ages];
    const identifiers = get(identifiersByOrg, org.id)
      .filter(x => x.identifier?.trim())
      .map(x => `${x.identifier_type?.trim() || x.identifier_scheme?.trim() || 'Identifier'}: ${x.identifier.trim()}`);
    if (identifiers.length) raw.identifiers = identifiers;
    const organization = finishPartner(raw, content, source);
    organization.row = orgTable.lines[i];
    organizations.push(organization);
  });
  return { format: 'hsds-tabular', organizations, warnings };
}

/** Parses one CSV of a package; row problems become warnings naming the file and row. Async: papaparse loads on first use. */
export async function parseTable(text: string, file: string, warnings: ImportWarning[]): Promise<Table> {
  const parsed = await parseCsvTable(text.replace(/^\uFEFF/, ''));
  const { headers } = parsed;
  const bad = new Set<number>();
  for (const error of parsed.errors) {
    if (error.line === undefined) continue;
    if (error.row !== undefined) bad.add(error.row);
    warnings.push({ file, row: error.line, ...csvErrorProblem(error, error.line, headers.length) });
  }
  const rows: Row[] = [];
  const lines: number[] = [];
  parsed.rows.forEach((cells, i) => {
    if (bad.has(i)) return;
    const row: Row = {};
    // The first column of a name wins, as in the simple CSV.
    headers.forEach((header, k) => {
      if (header && !(header in row)) row[header] = cells[k] ?? '';
    });
    rows.push(row);
    lines.push(parsed.lines[i]);
  });
  return { file, rows, lines };
}

interface DataPackage {
  resources?: { name?: string; path?: string | string[] }[];
}

/** True for a parsed datapackage.json. */
export function isDataPackage(data: unknown): data is DataPackage {
  return (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as DataPackage).resources) &&
    (data as DataPackage).resources!.some(r => typeof r?.path === 'string' && /\.csv$/i.test(r.path))
  );
}

/** True for HSDS tabular JSON ({ "organizations.csv": [...], … }). */
export function isTabularJson(data: unknown): data is Record<string, unknown[]> {
  return (
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Object.keys(data).some(k => /\.csv$/i.test(k)) &&
    Array.isArray((data as Record<string, unknown>)['organizations.csv'])
  );
}

export interface PackageOptions {
  /** Address of datapackage.json; CSV paths are resolved against it. */
  url: string;
  content: CategoryContent;
  /** Loads a CSV by absolute address. */
  loadText: (url: string) => Promise<string>;
}

/** Loads the CSVs a datapackage.json lists (only the tables we use) and joins them. */
export async function importDataPackage(pkg: DataPackage, options: PackageOptions): Promise<ImportResult> {
  const warnings: ImportWarning[] = [];
  const wanted = new Set<string>(USED_RESOURCES);
  const entries = (pkg.resources ?? [])
    .map(r => ({ path: Array.isArray(r.path) ? r.path[0] : r.path, name: r.name }))
    .filter((r): r is { path: string; name: string | undefined } => typeof r.path === 'string')
    .map(r => ({ path: r.path, name: r.name && wanted.has(r.name) ? r.name : resourceFromFile(r.path) }))
    .filter(r => wanted.has(r.name));
  const tables: Tables = {};
  // The CSV reader loads while the files download.
  if (entries.length) preloadPapa();
  await Promise.all(
    entries.map(async ({ path, name }) => {
      const href = new URL(path, options.url).href;
      const file = path.replace(/^.*\//, '');
      try {
        tables[name] = await parseTable(await options.loadText(href), file, warnings);
      } catch (error) {
        if (name === 'organization') throw error;
        warnings.push({ file, code: 'table-not-loaded', params: { file } });
      }
    })
  );
  const result = assembleTables(tables, options.content, options.url.replace(/^.*\/(?=[^/]+\/[^/]+$)/, ''));
  return { ...result, warnings: [...warnings, ...result.warnings] };
}

/** HSDS tabular JSON: the package's tables keyed by CSV file name. */
export function importTabularJson(
  data: Record<string, unknown[]>,
  file: string,
  content: CategoryContent
): ImportResult {
  const tables: Tables = {};
  for (const [name, rows] of Object.entries(data)) {
    if (!/\.csv$/i.test(name) || !Array.isArray(rows)) continue;
    tables[resourceFromFile(name)] = {
      file: `${file} › ${name}`,
      rows: rows.map(r => {
        const row: Row = {};
        for (const [k, v] of Object.entries((r ?? {}) as Record<string, unknown>))
          row[k] = v === null || v === undefined ? '' : String(v);
        return row;
      }),
      // Item numbers in the JSON list, counted from 1.
      lines: rows.map((_, i) => i + 1)
    };
  }
  return assembleTables(tables, content, file);
}
