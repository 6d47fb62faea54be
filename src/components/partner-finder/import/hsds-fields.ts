/**
 * HSDS 3.0 pieces shared by the JSON and tabular readers: phones (with the public-mode mark for a person's number),
 * contacts, whether a service or organization has closed, schedules in words, ages, and one service in the
 * element's shape.
 */
import type { DirectoryProblem, PartnerContact, PartnerPhone, PartnerService } from '../model.js';
import { isPersonalPhone } from '../privacy.js';
import { cleanPhone, htmlToText, isoDate } from '../text.js';

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
export const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** Phones of an organization, location or service; those that belong to a person are marked `personal`. */
export function phones(value: unknown): PartnerPhone[] {
  return list(value)
    .map(p => {
      const phone: PartnerPhone = {
        number: cleanPhone(p.number),
        type: text(p.type) || undefined,
        extension: text(p.extension) || undefined,
        description: text(p.description) || undefined
      };
      if (p.personal === true || isPersonalPhone(phone, !!text(p.contact_id))) phone.personal = true;
      return phone;
    })
    .filter(p => p.number);
}

/** A contact's own phones (no `personal` mark needed: contacts are hidden in public mode as a whole). */
export function contactPhones(value: unknown): PartnerPhone[] {
  return phones(value).map(({ personal: _, ...p }) => p);
}

const today = () => new Date().toISOString().slice(0, 10);

/** Why a service or organization is no longer running: its status ("inactive") or the day it ended, if it is not. */
export interface Ended {
  status?: string;
  date?: string;
}

export function endedOn(item: Json): Ended | undefined {
  const status = text(item.status).toLowerCase();
  if (status === 'inactive' || status === 'defunct' || status === 'closed') return { status };
  for (const key of ['end_date', 'date_ended', 'ended_on', 'closed_date']) {
    const date = isoDate(item[key]);
    if (date && date <= today()) return { date };
  }
  return undefined;
}

/** The warning's code and values for something that has ended (`params`: name, or org and service). */
export function endedProblem(
  ended: Ended,
  params: Record<string, string>,
  what: 'organization' | 'service' = 'organization'
): DirectoryProblem {
  const prefix = what === 'service' ? 'service' : 'org';
  return ended.status
    ? { code: `${prefix}-closed`, params: { ...params, status: ended.status } }
    : { code: `${prefix}-ended`, params: { ...params, date: ended.date ?? '' } };
}

const DAYS: Record<string, string> = { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' };

/** HSDS 3.0 schedules in words: "Mon, Tue 09:00–17:00; by appointment". */
export function scheduleText(value: unknown): string | undefined {
  const parts: string[] = [];
  eachObject(value, s => {
    const days = text(s.byday)
      .split(',')
      .map(d => DAYS[d.trim().toUpperCase().slice(-2)] ?? '')
      .filter(Boolean)
      .join(', ');
    const hours =
      text(s.opens_at) && text(s.closes_at) ? `${text(s.opens_at).slice(0, 5)}–${text(s.closes_at).slice(0, 5)}` : '';
    const line = [days, hours].filter(Boolean).join(' ') || text(s.description);
    const note = text(s.notes) || (line !== text(s.description) ? text(s.description) : '');
    const whole = [line, note].filter(Boolean).join('; ');
    if (whole && !parts.includes(whole)) parts.push(whole);
  });
  return parts.join(' · ') || undefined;
}

const age = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 && n < 150 ? n : undefined;
};

/** Facet values for the ages a service is for: children (0–12), teens (13–17), adults (18–64), older adults (65+). */
export function ageGroupsOf(min: number | undefined, max: number | undefined): string[] {
  if (min === undefined && max === undefined) return [];
  const from = min ?? 0;
  const to = max ?? 150;
  const groups: [string, number, number][] = [
    ['children', 0, 12],
    ['teens', 13, 17],
    ['adults', 18, 64],
    ['older-adults', 65, 150]
  ];
  return groups.filter(([, a, b]) => from <= b && to >= a).map(([id]) => id);
}

/** One HSDS service in the element's shape: its own website and email, who it is for, hours, notices. */
export function service(s: Json): PartnerService {
  const out: PartnerService = { name: text(s.name), description: htmlToText(text(s.description)) || undefined };
  const set = <K extends keyof PartnerService>(key: K, value: PartnerService[K] | '' | undefined) => {
    if (value !== undefined && value !== '') out[key] = value as PartnerService[K];
  };
  set('website', text(s.url) || text(s.website));
  set('email', text(s.email));
  const status = text(s.status).toLowerCase();
  if (status && status !== 'active') set('status', status);
  set('eligibility', htmlToText(text(s.eligibility_description)));
  set('minAge', age(s.minimum_age));
  set('maxAge', age(s.maximum_age));
  set('schedule', scheduleText(s.schedules));
  set('alert', text(s.alert));
  set('interpretation', text(s.interpretation_services));
  if (isObject(s.program)) set('program', text(s.program.name));
  return out;
}

export function contacts(value: unknown): PartnerContact[] {
  return list(value)
    .map(c => ({
      name: text(c.name),
      title: text(c.title) || undefined,
      department: text(c.department) || undefined,
      email: text(c.email) || undefined,
      phones: contactPhones(c.phones)
    }))
    .filter(c => c.name);
}

/** Calls `fn` for each object in a list; anything else (a missing list, strings, nulls) is skipped. */
export function eachObject(value: unknown, fn: (item: Json) => void): void {
  if (!Array.isArray(value)) return;
  for (const item of value) if (isObject(item)) fn(item);
}
