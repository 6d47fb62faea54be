/** The partner finder, layer 4: a partner's details, the goal picker, the gap report and the print list. */
import { html, nothing } from 'lit';
import { FACETS } from './filter.js';
import { freshness, type FreshnessBadge } from './freshness.js';
import { rankCategories, rankOrganizations, type ReasonParts } from './goals.js';
import type { PartnerOrganization } from './model.js';
import { publicCopy } from './privacy.js';
import { renderDetailExtras, renderServices } from './views/detail-extras.js';
import { mailHref, safeHref, telHref, websiteHref } from './text.js';
import { type View } from './url-state.js';
import { FACET_LABELS, PRINT_LIMIT } from './finder-constants.js';
import { FinderForms } from './finder-forms.js';
import { localLanguage } from './language-names.js';

export abstract class FinderViews extends FinderForms {
  protected renderCategoryFacts(id: string) {
    const cat = this.chart.categories.find(c => c.id === id);
    if (!cat) return nothing;
    return html`<p><strong>${this.t('examplesLabel')}</strong> ${cat.examples.join(', ')}</p>
      <p><strong>${this.t('bringsLabel')}</strong> ${cat.brings.join(', ')}</p>
      <p><strong>${this.t('needsLabel')}</strong> ${cat.needs.join(', ')}</p>`;
  }

  /** The badge's label and advice in the page's language (the month in that language too). */
  protected freshnessWords(badge: FreshnessBadge): { label: string; advice: string } {
    const when = badge.month ? this.i18n.date(badge.month, { month: 'long', year: 'numeric' }) : '';
    switch (badge.reason) {
      case 'no-date':
        return { label: this.t('freshNoDate'), advice: this.t('freshNoDateAdvice') };
      case 'future':
        return { label: this.t('freshFuture'), advice: this.t('freshFutureAdvice', { when }) };
      case 'recent':
        return { label: this.t('freshChecked', { when }), advice: this.t('freshCheckedAdvice', { when }) };
      case 'over-a-year':
        return { label: this.t('freshChecked', { when }), advice: this.t('freshAgeingAdvice', { when }) };
      default:
        return {
          label: this.t('freshStale', { when }),
          advice: this.t('freshStaleAdvice', { when, count: badge.years ?? 0 })
        };
    }
  }

  /** "Serves: job seekers; brings: mentors" in the page's language. */
  protected reasonText({ parts }: { parts: ReasonParts }): string {
    const serves = parts.as
      ? this.t('reasonServesAs', { serves: parts.serves, type: parts.as })
      : this.t('reasonServes', { serves: parts.serves });
    return parts.brings ? `${serves}; ${this.t('reasonBrings', { brings: parts.brings })}` : serves;
  }

  protected categoryNames(org: PartnerOrganization): string {
    return org.categories.map(id => this.chart.categories.find(c => c.id === id)?.name ?? id).join(', ');
  }

  protected renderBadge(org: PartnerOrganization) {
    const badge = freshness(org.lastVerified);
    return html`<span class="badge ${badge.tone}">${this.freshnessWords(badge).label}</span>`;
  }

  protected renderCard(org: PartnerOrganization, reason?: string) {
    const meta = [this.categoryNames(org) || org.tags.slice(0, 3).join(', '), org.city].filter(Boolean).join(' · ');
    const description = org.description.length > 220 ? `${org.description.slice(0, 217).trimEnd()}…` : org.description;
    const open = () => this.openOrg(org);
    const name = html`<button type="button" class="link" data-org=${org.key} @click=${open}>${org.name}</button>`;
    return html`<li class="card">
      ${this.h(1, name)} ${meta ? html`<p class="meta">${meta}</p>` : nothing}
      ${reason ? html`<p class="reason">${reason}</p>` : nothing} ${description ? html`<p>${description}</p>` : nothing}
      ${this.renderBadge(org)}
    </li>`;
  }
  protected renderDetail(full: PartnerOrganization, from: View) {
    const badge = freshness(full.lastVerified);
    const hidePeople = this.effectivePublic;
    // Public mode: no named people, no phone that belongs to one (see privacy.ts).
    const org = hidePeople ? publicCopy(full) : full;
    const waiting = this.details && !this.details.has(full);
    const goalLabel = (id: string) => this.chart.goals.find(g => g.id === id)?.label ?? id;
    const web = websiteHref(org.website);
    const address = org.address;
    const addressLines = address
      ? [
          hidePeople ? undefined : address.attention && this.t('addressFor', { name: address.attention }),
          address.street,
          [address.city ?? org.city, address.region, address.postalCode].filter(Boolean).join(', '),
          address.country
        ].filter(Boolean)
      : org.city
        ? [org.city]
        : [];
    return html`<article class="detail" aria-labelledby="pf-detail-title" @keydown=${this.handleDetailKeydown}>
      <p class="no-print">
        <button type="button" class="link" @click=${this.closeOrg}>
          ${this.t(from === 'goals' ? 'backGoal' : 'backResults')}
        </button>
      </p>
      ${this.h(1, org.name, { id: 'pf-detail-title', tabindex: -1 })}
      <p>${this.renderBadge(org)}</p>
      <p>${this.freshnessWords(badge).advice}</p>
      ${org.aliases.length ? html`<p>${this.t('alsoKnownAs', { names: org.aliases.join(', ') })}</p>` : nothing}
      ${waiting ? html`<p class="notice" role="status">${this.t(this.details?.problem ? 'detailsFailed' : 'loadingDetails')}</p>` : nothing}
      ${org.description ? html`<p class="description">${org.description}</p>` : nothing}
      <dl>
        ${
          org.categories.length
            ? html`<dt>${this.t('dtType')}</dt>
                <dd>
                  ${org.categories.map(
                    id =>
                      html`<div>
                        <strong>${this.chart.categories.find(c => c.id === id)?.name ?? id}</strong>
                        ${this.renderCategoryFacts(id)}
                      </div>`
                  )}
                </dd>`
            : nothing
        }
        ${
          org.goals.length
            ? html`<dt>${this.t('dtGoals')}</dt>
                <dd>${org.goals.map(goalLabel).join(', ')}</dd>`
            : nothing
        }
        ${
          org.brings.length
            ? html`<dt>${this.t('dtBrings')}</dt>
                <dd>${org.brings.join(', ')}</dd>`
            : nothing
        }
        ${
          org.needs.length
            ? html`<dt>${this.t('dtNeeds')}</dt>
                <dd>${org.needs.join(', ')}</dd>`
            : nothing
        }
        ${
          org.tags.length
            ? html`<dt>${this.t('dtTags')}</dt>
                <dd>${org.tags.join(', ')}</dd>`
            : nothing
        }
        ${
          addressLines.length
            ? html`<dt>${this.t('dtAddress')}</dt>
                <dd>${addressLines.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</dd>`
            : nothing
        }
        ${
          org.website
            ? html`<dt>${this.t('dtWebsite')}</dt>
                <dd>
                  ${web ? html`<a href=${web} rel="noopener noreferrer" target="_blank">${org.website}<span class="visually-hidden"> ${this.t('newTab')}</span></a>` : org.website}
                </dd>`
            : nothing
        }
        ${
          org.email
            ? html`<dt>${this.t('dtEmail')}</dt>
                <dd>${this.renderLink(mailHref(org.email), org.email)}</dd>`
            : nothing
        }
        ${
          org.phones.length
            ? html`<dt>${this.t('dtPhone')}</dt>
                <dd>
                  <ul>
                    ${org.phones.map(
                      p =>
                        html`<li>
                          ${this.renderLink(telHref(p.number, p.extension), p.number)}${p.extension ? ` ${this.t('extension', { number: p.extension })}` : ''}
                          ${p.type && p.type !== 'voice' ? ` (${p.type})` : ''}
                        </li>`
                    )}
                  </ul>
                </dd>`
            : nothing
        }
        ${
          org.audiences.length
            ? html`<dt>${this.t('dtAudiences')}</dt>
                <dd>${org.audiences.join(', ')}</dd>`
            : nothing
        }
        ${
          org.languages.length
            ? html`<dt>${this.t('dtLanguages')}</dt>
                <dd>${org.languages.map(name => localLanguage(name, this.i18n.lang)).join(', ')}</dd>`
            : nothing
        }
        ${renderServices(org.services, this.i18n)} ${renderDetailExtras(org, this.i18n)}
        ${
          !hidePeople && org.contacts.length
            ? html`<dt>${this.t('dtContacts')}</dt>
                <dd>
                  <ul>
                    ${org.contacts.map(
                      c =>
                        html`<li class="person">
                          <strong>${c.name}</strong
                          >${c.title ? `, ${c.title}` : ''}${c.department ? ` (${c.department})` : ''}
                          ${c.email ? html`<br />${this.renderLink(mailHref(c.email), c.email)}` : nothing}
                          ${c.phones.map(p => html`<br />${this.renderLink(telHref(p.number, p.extension), p.number)}`)}
                        </li>`
                    )}
                  </ul>
                </dd>`
            : nothing
        }
        <dt>${this.t('dtSources')}</dt>
        <dd>${org.sources.join(', ')}</dd>
      </dl>
      <div class="actions no-print">
        <button type="button" class="primary" @click=${() => this.selectPartner(full)}>
          ${this.t('startAgreement')}
        </button>
        ${
          this.canSend
            ? html`<button
                  type="button"
                  id="pf-open-correction"
                  @click=${() => this.showForm('correction')}
                  aria-expanded=${this.openForm === 'correction' ? 'true' : 'false'}
                >
                  ${this.t('openCorrection')}
                </button>
                ${
                  hidePeople
                    ? nothing
                    : html`<button
                        type="button"
                        id="pf-open-outreach"
                        @click=${() => this.showForm('outreach')}
                        aria-expanded=${this.openForm === 'outreach' ? 'true' : 'false'}
                      >
                        ${this.t('openOutreach')}
                      </button>`
                }`
            : nothing
        }
      </div>
      ${this.canSend ? nothing : html`<p class="hint no-print">${this.t('noCorrections')}</p>`}
      ${this.openForm === 'correction' ? this.renderCorrection(org) : nothing}
      ${this.openForm === 'outreach' && !hidePeople ? this.renderOutreach(org) : nothing}
    </article>`;
  }

  /** A link only when the address passed safeHref(); otherwise the text alone. */
  protected renderLink(href: string | undefined, text: string) {
    return href && safeHref(href) ? html`<a href=${href}>${text}</a>` : html`${text}`;
  }

  protected renderGoals() {
    const content = this.chart;
    const goalId = content.goals.some(g => g.id === this.view.goal) ? this.view.goal : '';
    const categories = goalId ? rankCategories(goalId, content) : [];
    const orgs = goalId && this.index ? rankOrganizations(goalId, this.index.organizations, content).slice(0, 30) : [];
    const counts = new Map<string, number>();
    if (this.index) {
      const facet = this.index.facets.category;
      facet.values.forEach((v, code) => counts.set(v.value, facet.totals[code]));
    }
    return html`<div class="goals">
      ${this.h(1, this.t('goalsTitle'), { id: 'pf-view-title', tabindex: -1 })}
      <div class="form-group">
        <label for="pf-goal">${this.t('goalQuestion')}</label>
        <select
          id="pf-goal"
          class="wide"
          @change=${(e: Event) => this.setView({ goal: (e.target as HTMLSelectElement).value }, 'replace')}
        >
          <option value="" ?selected=${!goalId}>${this.t('chooseGoal')}</option>
          ${content.goals.map(g => html`<option value=${g.id} ?selected=${g.id === goalId}>${g.label}</option>`)}
        </select>
      </div>
      ${
        goalId
          ? html`${this.h(2, this.t('goalTypes'))}
              <ol>
                ${categories.map(
                  r =>
                    html`<li>
                      <strong>${r.category.name}</strong
                      >${this.index ? ` ${this.t('inDirectory', { count: counts.get(r.category.id) ?? 0 })}` : ''}
                      <br /><span class="reason">${this.reasonText(r)}</span>
                    </li>`
                )}
              </ol>
              ${
                this.index
                  ? html`${this.h(2, this.t('goalOrgs'))}
                    ${
                      orgs.length
                        ? html`<ol class="cards">
                            ${orgs.map(r => this.renderCard(r.organization, this.reasonText(r)))}
                          </ol>`
                        : html`<p>${this.t('goalNoOrgs')}</p>`
                    }`
                  : nothing
              }`
          : nothing
      }
    </div>`;
  }

  protected renderGaps() {
    const index = this.index!;
    const facet = index.facets.category;
    const rows = this.chart.categories.map(c => ({ c, n: facet.totals[facet.codeOf.get(c.id) ?? -1] ?? 0 }));
    const missing = rows.filter(r => !r.n);
    return html`<div class="gaps">
      ${this.h(1, this.t('gapsTitle'), { id: 'pf-view-title', tabindex: -1 })}
      <p>${missing.length ? this.t('gapsMissing', { count: missing.length }) : this.t('gapsNone')}</p>
      <table>
        <caption>
          ${this.t('gapsCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('gapsColType')}</th>
            <th scope="col">${this.t('gapsColPartners')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ({ c, n }) =>
              html`<tr class=${n ? '' : 'gap'}>
                <th scope="row">
                  ${
                    n
                      ? html`<button
                          type="button"
                          class="link"
                          @click=${() => {
                            this.setView({ view: 'list', org: '', filters: { category: [c.id] }, q: '' });
                            this.focusAfterRender = ['#pf-view-title'];
                          }}
                        >
                          ${c.name}<span class="visually-hidden">${this.t('gapsShow')}</span>
                        </button>`
                      : c.name
                  }
                </th>
                <td>
                  <span class="gap-count">${n ? this.i18n.number(n) : this.t('gapsNoneYet')}</span>
                  <span class="gap-examples"
                    >${n ? this.t('gapsExamples', { examples: c.examples.slice(0, 3).join(', ') }) : this.t('gapsLookFor', { name: c.name.toLowerCase(), examples: c.examples.slice(0, 4).join(', ') })}</span
                  >
                </td>
              </tr>`
          )}
        </tbody>
      </table>
    </div>`;
  }

  protected renderPrintList() {
    const orgs = this.currentOrganizations(PRINT_LIMIT);
    const total = this.result?.ids.length ?? 0;
    const q = this.view.q.trim();
    const filters = FACETS.flatMap(facet =>
      (this.view.filters[facet] ?? []).map(value => {
        const f = this.index?.facets[facet];
        const code = f?.codeOf.get(value);
        return `${this.t(FACET_LABELS[facet])}: ${code === undefined ? value : this.facetLabel(facet, value, f!.values[code].label)}`;
      })
    );
    return html`<div class="print-only">
      <p class="print-summary">
        ${this.t('printCount', { count: total })}${q ? `. ${this.t('printSearch', { q })}` : ''}${filters.length ? `. ${filters.join('; ')}` : ''}.
      </p>
      ${total > PRINT_LIMIT ? html`<p>${this.t('printFirst', { limit: PRINT_LIMIT, count: total })}</p>` : nothing}
      <ol class="print-list">
        ${orgs.map(
          o =>
            html`<li>
              <strong>${o.name}</strong> — ${this.categoryNames(o)}${o.city ? ` · ${o.city}` : ''}<br />
              ${[o.website, o.email, o.phones[0]?.number].filter(Boolean).join(' · ')}
              ${!this.effectivePublic && o.contacts[0] ? html`<br />${this.t('printContact', { name: o.contacts[0].name })}` : nothing}
            </li>`
        )}
      </ol>
    </div>`;
  }
}
