/**
 * Public mode: what a public page may show. Only the organization's own ways in: its general email and the phones
 * that belong to the organization, a location or a service. Never a named person (contacts, the "attention" line of
 * an address) nor a phone that belongs to one: a phone tied to a contact, described as someone's ("Manager's
 * number", "personal", "home"), or a mobile number not described as the organization's line. docs/partner-finder.md
 * ("Public mode and privacy") says the same for the people who keep the data.
 */
import type { PartnerOrganization, PartnerPhone } from './model.js';

/** Words in a phone's description that make it a person's number. */
const PERSONAL_WORDS =
  /\b(personal|private|home|direct|manager|managers|director|directors|coordinator|coordinators|supervisor|owner|owners|ceo|chair|president|staff member|volunteer)\b|\w['’]s\b/i;
/** Words that say a number is the organization's own line. */
const ORGANIZATION_WORDS =
  /\b(main|office|front desk|reception|general|hotline|helpline|help line|switchboard|public|bookings?|enquiries|inquiries)\b/i;
const MOBILE_TYPES = new Set(['cell', 'mobile', 'cellphone', 'cell phone', 'pager']);

/**
 * True for a phone that belongs to a person rather than the organization. `contactLinked`: the data ties it to a
 * named contact (an HSDS phone with a contact_id).
 */
export function isPersonalPhone(phone: Pick<PartnerPhone, 'type' | 'description'>, contactLinked = false): boolean {
  if (contactLinked) return true;
  const description = phone.description ?? '';
  if (description && PERSONAL_WORDS.test(description) && !ORGANIZATION_WORDS.test(description)) return true;
  const type = (phone.type ?? '').trim().toLowerCase();
  return MOBILE_TYPES.has(type) && !ORGANIZATION_WORDS.test(description);
}

/** A copy without named people or their details, for public pages (on screen, in events and in exports). */
export function publicCopy(org: PartnerOrganization): PartnerOrganization {
  const phones = org.phones.some(p => p.personal) ? org.phones.filter(p => !p.personal) : org.phones;
  return {
    ...org,
    phones,
    contacts: [],
    address: org.address ? { ...org.address, attention: undefined } : undefined
  };
}
