/**
 * The details of prepared organizations (phones, address, contacts, services, …): copied from a detail piece or an
 * inline block when first needed, each value's shape checked (fetched files are untrusted). No DOM, no Lit.
 */
import type { DirectoryIndex } from './filter.js';
import type { PartnerOrganization } from './model.js';
import { DirectoryError } from './directory-words.js';

/** Fields kept as JSON values per organization (null when empty): in the detail pieces when split. */
export const DETAIL_VALUES = [
  'website',
  'email',
  'ids',
  'phones',
  'address',
  'contacts',
  'services',
  'locations',
  'identifiers',
  'origins',
  'older',
  'row'
] as const;

/** A prepared file that cannot be used: a code and its values; `message` is plain English with the detail. */
export class PreparedFileError extends DirectoryError {
  override readonly name = 'PreparedFileError';
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function fail(file: string, what: string): never {
  throw new PreparedFileError('prepared-broken', { file, detail: what });
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !!x.trim()) : [];
const objects = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isObject) : []);
const optional = (v: unknown) => text(v) || undefined;
const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

function phonesOf(v: unknown): PartnerOrganization['phones'] {
  return objects(v)
    .filter(p => text(p.number))
    .map(p => ({
      number: text(p.number),
      type: optional(p.type),
      extension: optional(p.extension),
      description: optional(p.description),
      ...(p.personal === true ? { personal: true } : {})
    }));
}

/** Copies one organization's details from a detail column set, checking each value's shape. */
export function copyDetails(org: PartnerOrganization, values: Record<string, unknown>): void {
  // As written (like version 1's text columns): only shown through websiteHref and mailHref, which check them.
  for (const key of ['website', 'email'] as const) {
    const value = values[key];
    if (typeof value === 'string' && value) org[key] = value;
  }
  const ids = strings(values.ids);
  if (ids.length) org.ids = ids;
  const phones = phonesOf(values.phones);
  if (phones.length) org.phones = phones;
  if (isObject(values.address)) {
    const a = values.address;
    org.address = {
      street: optional(a.street),
      city: optional(a.city),
      region: optional(a.region),
      postalCode: optional(a.postalCode),
      country: optional(a.country),
      attention: optional(a.attention)
    };
  }
  const contacts = objects(values.contacts)
    .filter(c => text(c.name))
    .map(c => ({
      name: text(c.name),
      title: optional(c.title),
      department: optional(c.department),
      email: optional(c.email),
      phones: phonesOf(c.phones)
    }));
  if (contacts.length) org.contacts = contacts;
  const services = objects(values.services)
    .filter(s => text(s.name))
    .map(s => {
      const service: PartnerOrganization['services'][number] = {
        name: text(s.name),
        description: optional(s.description)
      };
      for (const key of [
        'website',
        'email',
        'status',
        'eligibility',
        'schedule',
        'alert',
        'interpretation',
        'program'
      ] as const) {
        const value = optional(s[key]);
        if (value) service[key] = value;
      }
      const min = count(s.minAge);
      const max = count(s.maxAge);
      if (min !== undefined) service.minAge = min;
      if (max !== undefined) service.maxAge = max;
      return service;
    });
  if (services.length) org.services = services;
  const locations = objects(values.locations)
    .filter(l => text(l.name))
    .map(l => ({
      name: text(l.name),
      accessibility: strings(l.accessibility),
      ...(optional(l.schedule) ? { schedule: text(l.schedule) } : {})
    }));
  if (locations.length) org.locations = locations;
  for (const key of ['identifiers', 'origins', 'older'] as const) {
    const list = strings(values[key]);
    if (list.length) org[key] = list;
  }
  const row = count(values.row);
  if (row !== undefined && Number.isInteger(row)) org.row = row;
}

/** Fills organizations `from … from + count - 1` of an index with the details of a piece (inline or fetched). */
export function applyDetails(index: DirectoryIndex, piece: unknown, file: string, expectedFrom?: number): void {
  if (!isObject(piece) || !isObject(piece.values)) fail(file, 'its details are not in the expected shape');
  const from = piece.from;
  const n = piece.count;
  const total = index.organizations.length;
  if (
    typeof from !== 'number' ||
    typeof n !== 'number' ||
    !Number.isInteger(from) ||
    !Number.isInteger(n) ||
    from < 0 ||
    n < 0 ||
    from + n > total ||
    (expectedFrom !== undefined && from !== expectedFrom)
  )
    fail(file, 'its details are for other organizations');
  const columns = piece.values;
  const one: Record<string, unknown> = {};
  for (let k = 0; k < n; k++) {
    let any = false;
    for (const field of DETAIL_VALUES) {
      const column = columns[field];
      const value = Array.isArray(column) ? (column[k] as unknown) : null;
      one[field] = value;
      if (value !== null && value !== undefined) any = true;
    }
    if (any) copyDetails(index.organizations[from + k], one);
  }
}
