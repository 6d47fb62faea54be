/** The partner finder, layer 4: a partner's details, the goal picker, the gap report and the print list. */
import { html, nothing } from 'lit';
import { FACETS } from './filter.js';
import { freshness } from './freshness.js';
import { rankCategories, rankOrganizations } from './goals.js';
import type { PartnerOrganization } from './model.js';
import { publicCopy } from './privacy.js';
import { renderDetailExtras, renderServices } from './views/detail-extras.js';
import { mailHref, safeHref, telHref, websiteHref } from './text.js';
import { type View } from './url-state.js';
import { FACET_LABELS, PRINT_LIMIT, numberFormat, plural } from './finder-constants.js';
import { FinderForms } from './finder-forms.js';

export abstract class FinderViews extends FinderForms {
  protected renderCategoryFacts(id: string) {
    const cat = this.content.categories.find(c => c.id === id);
    if (!cat) return nothing;
    return html`<p><strong>Examples:</strong> ${cat.examples.join(', ')}</p>
      <p><strong>They often bring:</strong> ${cat.brings.join(', ')}</p>
      <p><strong>They may need:</strong> ${cat.needs.join(', ')}</p>`;
  }

  protected categoryNames(org: PartnerOrganization): string {
    return org.categories.map(id => this.content.categories.find(c => c.id === id)?.name ?? id).join(', ');
  }

  protected renderBadge(org: PartnerOrganization) {
    const badge = freshness(org.lastVerified);
    return html`<span class="badge ${badge.tone}">${badge.label}</span>`;
  }

  protected renderCard(org: PartnerOrganization, reason?: string) {
    const meta = [this.categoryNames(org) || org.tags.slice(0, 3).join(', '), org.city].filter(Boolean).join(' · ');
    const description = org.description.length > 220 ? `${org.description.slice(0, 217).trimEnd()}…` : org.description;
    return html`<li class="card">
      <h3>
        <button type="button" class="link" data-org=${org.key} @click=${() => this.openOrg(org)}>${org.name}</button>
      </h3>
      ${meta ? html`<p class="meta">${meta}</p>` : nothing} ${reason ? html`<p class="reason">${reason}</p>` : nothing}
      ${description ? html`<p>${description}</p>` : nothing} ${this.renderBadge(org)}
    </li>`;
  }
  protected renderDetail(full: PartnerOrganization, from: View) {
    const badge = freshness(full.lastVerified);
    const hidePeople = this.effectivePublic;
    // Public mode: no named people, no phone that belongs to one (see privacy.ts).
    const org = hidePeople ? publicCopy(full) : full;
    const waiting = this.details && !this.details.has(full);
    const goalLabel = (id: string) => this.content.goals.find(g => g.id === id)?.label ?? id;
    const web = websiteHref(org.website);
    const address = org.address;
    const addressLines = address
      ? [
          hidePeople ? undefined : address.attention && `For: ${address.attention}`,
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
          ${from === 'goals' ? 'Back to partners for this goal' : 'Back to results'}
        </button>
      </p>
      <h3 id="pf-detail-title" tabindex="-1">${org.name}</h3>
      <p>${this.renderBadge(org)}</p>
      <p>${badge.advice}</p>
      ${org.aliases.length ? html`<p>Also known as: ${org.aliases.join(', ')}</p>` : nothing}
      ${waiting ? html`<p class="notice" role="status">${this.details?.problem ?? 'Loading the details…'}</p>` : nothing}
      ${org.description ? html`<p class="description">${org.description}</p>` : nothing}
      <dl>
        ${
          org.categories.length
            ? html`<dt>Partner type</dt>
                <dd>
                  ${org.categories.map(
                    id =>
                      html`<div>
                        <strong>${this.content.categories.find(c => c.id === id)?.name ?? id}</strong>
                        ${this.renderCategoryFacts(id)}
                      </div>`
                  )}
                </dd>`
            : nothing
        }
        ${
          org.goals.length
            ? html`<dt>Library goals</dt>
                <dd>${org.goals.map(goalLabel).join(', ')}</dd>`
            : nothing
        }
        ${
          org.brings.length
            ? html`<dt>They bring</dt>
                <dd>${org.brings.join(', ')}</dd>`
            : nothing
        }
        ${
          org.needs.length
            ? html`<dt>They need</dt>
                <dd>${org.needs.join(', ')}</dd>`
            : nothing
        }
        ${
          org.tags.length
            ? html`<dt>Also listed as</dt>
                <dd>${org.tags.join(', ')}</dd>`
            : nothing
        }
        ${
          addressLines.length
            ? html`<dt>Address</dt>
                <dd>${addressLines.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</dd>`
            : nothing
        }
        ${
          org.website
            ? html`<dt>Website</dt>
                <dd>
                  ${web ? html`<a href=${web} rel="noopener noreferrer" target="_blank">${org.website}<span class="visually-hidden"> (opens in a new tab)</span></a>` : org.website}
                </dd>`
            : nothing
        }
        ${
          org.email
            ? html`<dt>Email</dt>
                <dd>${this.renderLink(mailHref(org.email), org.email)}</dd>`
            : nothing
        }
        ${
          org.phones.length
            ? html`<dt>Phone</dt>
                <dd>
                  <ul>
                    ${org.phones.map(
                      p =>
                        html`<li>
                          ${this.renderLink(telHref(p.number, p.extension), p.number)}${p.extension ? ` ext. ${p.extension}` : ''}
                          ${p.type && p.type !== 'voice' ? ` (${p.type})` : ''}
                        </li>`
                    )}
                  </ul>
                </dd>`
            : nothing
        }
        ${
          org.audiences.length
            ? html`<dt>Who they serve</dt>
                <dd>${org.audiences.join(', ')}</dd>`
            : nothing
        }
        ${
          org.languages.length
            ? html`<dt>Languages</dt>
                <dd>${org.languages.join(', ')}</dd>`
            : nothing
        }
        ${renderServices(org.services)} ${renderDetailExtras(org)}
        ${
          !hidePeople && org.contacts.length
            ? html`<dt>People to contact</dt>
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
        <dt>Listed in</dt>
        <dd>${org.sources.join(', ')}</dd>
      </dl>
      <div class="actions no-print">
        <button type="button" class="primary" @click=${() => this.selectPartner(full)}>
          Start an agreement with this partner
        </button>
        ${
          this.canSend
            ? html`<button
                  type="button"
                  id="pf-open-correction"
                  @click=${() => this.showForm('correction')}
                  aria-expanded=${this.openForm === 'correction' ? 'true' : 'false'}
                >
                  Report a correction
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
                        Log outreach
                      </button>`
                }`
            : nothing
        }
      </div>
      ${this.canSend ? nothing : html`<p class="hint no-print">To report a mistake in this entry, contact whoever keeps this directory. This page is not set up to send corrections.</p>`}
      ${this.openForm === 'correction' ? this.renderCorrection(org) : nothing}
      ${this.openForm === 'outreach' && !hidePeople ? this.renderOutreach(org) : nothing}
    </article>`;
  }

  /** A link only when the address passed safeHref(); otherwise the text alone. */
  protected renderLink(href: string | undefined, text: string) {
    return href && safeHref(href) ? html`<a href=${href}>${text}</a>` : html`${text}`;
  }

  protected renderGoals() {
    const content = this.content;
    const goalId = content.goals.some(g => g.id === this.view.goal) ? this.view.goal : '';
    const categories = goalId ? rankCategories(goalId, content) : [];
    const orgs = goalId && this.index ? rankOrganizations(goalId, this.index.organizations, content).slice(0, 30) : [];
    const counts = new Map<string, number>();
    if (this.index) {
      const facet = this.index.facets.category;
      facet.values.forEach((v, code) => counts.set(v.value, facet.totals[code]));
    }
    return html`<div class="goals">
      <h3 id="pf-view-title" tabindex="-1">Partners for a library goal</h3>
      <div class="form-group">
        <label for="pf-goal">What do you want to achieve?</label>
        <select
          id="pf-goal"
          class="wide"
          @change=${(e: Event) => this.setView({ goal: (e.target as HTMLSelectElement).value }, 'replace')}
        >
          <option value="" ?selected=${!goalId}>Choose a goal</option>
          ${content.goals.map(g => html`<option value=${g.id} ?selected=${g.id === goalId}>${g.label}</option>`)}
        </select>
      </div>
      ${
        goalId
          ? html`<h4>Types of partner that serve this goal</h4>
              <ol>
                ${categories.map(
                  r =>
                    html`<li>
                      <strong>${r.category.name}</strong
                      >${this.index ? ` (${plural(counts.get(r.category.id) ?? 0, 'partner', 'partners')} in this directory)` : ''}
                      <br /><span class="reason">${r.reason}</span>
                    </li>`
                )}
              </ol>
              ${
                this.index
                  ? html`<h4>Organizations that serve this goal</h4>
                      ${
                        orgs.length
                          ? html`<ol class="cards">
                              ${orgs.map(r => this.renderCard(r.organization, r.reason))}
                            </ol>`
                          : html`<p>
                              No organizations in this directory serve this goal yet. The types above are where to look.
                            </p>`
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
    const rows = this.content.categories.map(c => ({ c, n: facet.totals[facet.codeOf.get(c.id) ?? -1] ?? 0 }));
    const missing = rows.filter(r => !r.n);
    return html`<div class="gaps">
      <h3 id="pf-view-title" tabindex="-1">Where the gaps are</h3>
      <p>
        ${
          missing.length
            ? `No partners yet in ${plural(missing.length, 'type', 'types')}. The examples show who to look for.`
            : 'Every type of partner has at least one organization in this directory.'
        }
      </p>
      <table>
        <caption>
          Partners in this directory, by type
        </caption>
        <thead>
          <tr>
            <th scope="col">Type of partner</th>
            <th scope="col">Partners, and examples to look for</th>
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
                          ${c.name}<span class="visually-hidden">: show these partners</span>
                        </button>`
                      : c.name
                  }
                </th>
                <td>
                  <span class="gap-count">${n ? numberFormat.format(n) : 'None yet'}</span>
                  <span class="gap-examples"
                    >${n ? `Examples: ${c.examples.slice(0, 3).join(', ')}` : `No ${c.name.toLowerCase()} yet. Examples to look for: ${c.examples.slice(0, 4).join(', ')}`}</span
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
        return `${FACET_LABELS[facet]}: ${code === undefined ? value : f!.values[code].label}`;
      })
    );
    return html`<div class="print-only">
      <p class="print-summary">
        ${plural(total, 'partner', 'partners')}${q ? `. Search: “${q}”` : ''}${filters.length ? `. ${filters.join('; ')}` : ''}.
      </p>
      ${total > PRINT_LIMIT ? html`<p>The first ${numberFormat.format(PRINT_LIMIT)} of ${numberFormat.format(total)} partners.</p>` : nothing}
      <ol class="print-list">
        ${orgs.map(
          o =>
            html`<li>
              <strong>${o.name}</strong> — ${this.categoryNames(o)}${o.city ? ` · ${o.city}` : ''}<br />
              ${[o.website, o.email, o.phones[0]?.number].filter(Boolean).join(' · ')}
              ${!this.effectivePublic && o.contacts[0] ? html`<br />Contact: ${o.contacts[0].name}` : nothing}
            </li>`
        )}
      </ol>
    </div>`;
  }
}
