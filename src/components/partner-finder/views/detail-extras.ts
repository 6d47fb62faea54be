/**
 * Parts of a partner's details that staff planning outreach need from HSDS data: services with their own website,
 * email, who they are for, ages, hours, notices and interpretation; named locations with accessibility and hours;
 * identifiers; where the record came from when records were merged; and older wording kept from merged records.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { mergeNote } from '../merge.js';
import type { PartnerLocation, PartnerOrganization, PartnerService } from '../model.js';
import { mailHref, safeHref, websiteHref } from '../text.js';

function link(href: string | undefined, text: string): TemplateResult {
  return href && safeHref(href) ? html`<a href=${href}>${text}</a>` : html`${text}`;
}

/** "Ages 5 to 12", "Ages 18 and over", "Up to age 12". */
export function agesText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `Ages ${min} to ${max}`;
  if (min !== undefined) return `Ages ${min} and over`;
  if (max !== undefined) return `Up to age ${max}`;
  return '';
}

function renderService(s: PartnerService): TemplateResult {
  const web = websiteHref(s.website);
  const facts: [string, TemplateResult | string][] = [];
  if (s.status) facts.push(['Status', s.status]);
  if (s.alert) facts.push(['Notice', s.alert]);
  if (s.program) facts.push(['Program', s.program]);
  if (s.eligibility) facts.push(['Who can use it', s.eligibility]);
  const ages = agesText(s.minAge, s.maxAge);
  if (ages) facts.push(['Ages', ages]);
  if (s.schedule) facts.push(['Hours', s.schedule]);
  if (s.interpretation) facts.push(['Interpretation', s.interpretation]);
  if (s.website)
    facts.push([
      'Website',
      web
        ? html`<a href=${web} rel="noopener noreferrer" target="_blank"
            >${s.website}<span class="visually-hidden"> (opens in a new tab)</span></a
          >`
        : s.website
    ]);
  if (s.email) facts.push(['Email', link(mailHref(s.email), s.email)]);
  return html`<li>
    <strong>${s.name}</strong>${s.description ? html`: ${s.description}` : nothing}
    ${
      facts.length
        ? html`<ul class="facts">
            ${facts.map(([label, value]) => html`<li>${label}: ${value}</li>`)}
          </ul>`
        : nothing
    }
  </li>`;
}

export function renderServices(services: readonly PartnerService[]): TemplateResult | typeof nothing {
  if (!services.length) return nothing;
  return html`<dt>Services</dt>
    <dd>
      <ul>
        ${services.map(renderService)}
      </ul>
    </dd>`;
}

function renderLocation(l: PartnerLocation): TemplateResult {
  return html`<li>
    <strong>${l.name}</strong>
    ${l.schedule ? html`<br />Hours: ${l.schedule}` : nothing}
    ${l.accessibility.length ? html`<br />Accessibility: ${l.accessibility.join('; ')}` : nothing}
  </li>`;
}

/** Locations, identifiers, merge note and older wording, as rows of the details list. */
export function renderDetailExtras(org: PartnerOrganization): TemplateResult {
  const note = mergeNote(org);
  return html`${
    org.locations?.length
      ? html`<dt>Locations</dt>
          <dd>
            <ul>
              ${org.locations.map(renderLocation)}
            </ul>
          </dd>`
      : nothing
  }
  ${
    org.identifiers?.length
      ? html`<dt>Identifiers</dt>
          <dd>${org.identifiers.join(', ')}</dd>`
      : nothing
  }
  ${
    note
      ? html`<dt>Merged entry</dt>
          <dd class="merge-note">${note}.</dd>`
      : nothing
  }
  ${
    org.older?.length
      ? html`<dt>Earlier details</dt>
          <dd>
            <ul>
              ${org.older.map(text => html`<li>${text}</li>`)}
            </ul>
          </dd>`
      : nothing
  }`;
}
