/**
 * Parts of a partner's details that staff planning outreach need from HSDS data: services with their own website,
 * email, who they are for, ages, hours, notices and interpretation; named locations with accessibility and hours;
 * identifiers; where the record came from when records were merged; and older wording kept from merged records.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { mergeNote } from '../merge.js';
import { directoryText } from '../directory-words.js';
import type { PartnerLocation, PartnerOrganization, PartnerService } from '../model.js';
import { mailHref, safeHref, websiteHref } from '../text.js';
import type { I18nController } from '../../../core/i18n.js';
import type { FinderCatalog } from '../strings/en.js';

type Words = I18nController<FinderCatalog>;

function link(href: string | undefined, text: string): TemplateResult {
  return href && safeHref(href) ? html`<a href=${href}>${text}</a>` : html`${text}`;
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAY_RUN = /^((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:, (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))*)(?= \d\d:\d\d–\d\d:\d\d|;|$)/;

/**
 * Opening hours in the page's language. The importers write HSDS schedules as "Mon, Tue 09:00–17:00; notes", with
 * the days in English short form (the prepared file and `techbridge-index` keep that form); here each part's
 * leading run of days is said through `Intl` ("lun, mar 09:00–17:00"). Hours written by the data itself, and notes,
 * stay as written.
 */
export function localSchedule(schedule: string, lang: string): string {
  if (lang === 'en' || lang.startsWith('en-')) return schedule;
  const format = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' });
  // 1 January 2024 was a Monday.
  const names = DAY_NAMES.map((_, i) => format.format(Date.UTC(2024, 0, 1 + i)));
  return schedule
    .split(' · ')
    .map(part =>
      part.replace(DAY_RUN, run =>
        run
          .split(', ')
          .map(day => names[DAY_NAMES.indexOf(day)])
          .join(', ')
      )
    )
    .join(' · ');
}

/** "Ages 5 to 12", "Ages 18 and over", "Up to age 12". */
export function agesText(min: number | undefined, max: number | undefined, i18n: Words): string {
  if (min !== undefined && max !== undefined) return i18n.t('agesRange', { min, max });
  if (min !== undefined) return i18n.t('agesFrom', { min });
  if (max !== undefined) return i18n.t('agesUpTo', { max });
  return '';
}

function renderService(s: PartnerService, i18n: Words): TemplateResult {
  const t = i18n.t.bind(i18n);
  const web = websiteHref(s.website);
  const facts: [string, TemplateResult | string][] = [];
  if (s.status) facts.push([t('factStatus'), s.status]);
  if (s.alert) facts.push([t('factNotice'), s.alert]);
  if (s.program) facts.push([t('factProgram'), s.program]);
  if (s.eligibility) facts.push([t('factEligibility'), s.eligibility]);
  const ages = agesText(s.minAge, s.maxAge, i18n);
  if (ages) facts.push([t('factAges'), ages]);
  if (s.schedule) facts.push([t('factHours'), localSchedule(s.schedule, i18n.lang)]);
  if (s.interpretation) facts.push([t('factInterpretation'), s.interpretation]);
  if (s.website)
    facts.push([
      t('dtWebsite'),
      web
        ? html`<a href=${web} rel="noopener noreferrer" target="_blank"
            >${s.website}<span class="visually-hidden"> ${t('newTab')}</span></a
          >`
        : s.website
    ]);
  if (s.email) facts.push([t('dtEmail'), link(mailHref(s.email), s.email)]);
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

export function renderServices(services: readonly PartnerService[], i18n: Words): TemplateResult | typeof nothing {
  if (!services.length) return nothing;
  return html`<dt>${i18n.t('dtServices')}</dt>
    <dd>
      <ul>
        ${services.map(s => renderService(s, i18n))}
      </ul>
    </dd>`;
}

function renderLocation(l: PartnerLocation, i18n: Words): TemplateResult {
  return html`<li>
    <strong>${l.name}</strong>
    ${l.schedule ? html`<br />${i18n.t('factHours')}: ${localSchedule(l.schedule, i18n.lang)}` : nothing}
    ${l.accessibility.length ? html`<br />${i18n.t('factAccessibility')}: ${l.accessibility.join('; ')}` : nothing}
  </li>`;
}

/** Locations, identifiers, merge note and older wording, as rows of the details list. */
export function renderDetailExtras(org: PartnerOrganization, i18n: Words): TemplateResult {
  const note = mergeNote(org);
  return html`${
    org.locations?.length
      ? html`<dt>${i18n.t('dtLocations')}</dt>
          <dd>
            <ul>
              ${org.locations.map(l => renderLocation(l, i18n))}
            </ul>
          </dd>`
      : nothing
  }
  ${
    org.identifiers?.length
      ? html`<dt>${i18n.t('dtIdentifiers')}</dt>
          <dd>${org.identifiers.join(', ')}</dd>`
      : nothing
  }
  ${
    note
      ? html`<dt>${i18n.t('dtMerged')}</dt>
          <dd class="merge-note">${directoryText(note, i18n)}</dd>`
      : nothing
  }
  ${
    org.older?.length
      ? html`<dt>${i18n.t('dtOlder')}</dt>
          <dd>
            <ul>
              ${org.older.map(text => html`<li>${text}</li>`)}
            </ul>
          </dd>`
      : nothing
  }`;
}
