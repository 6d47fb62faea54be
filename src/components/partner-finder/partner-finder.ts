import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { FACETS, type DirectoryIndex, type FacetId, type SearchResult } from './filter.js';
import type { ImportWarning } from './model.js';
import { partnerFinderStyles } from './styles.js';
import { baseStyles } from '../../core/base-styles.js';
import { type View } from './url-state.js';
import { FACET_LABELS, FACET_PREVIEW, MODES, numberFormat, plural, foldedValues } from './finder-constants.js';
import { FinderViews } from './finder-views.js';

export { foldedValues } from './finder-constants.js';
export type { TbPartnerSelectDetail } from './finder-constants.js';

/**
 * Finds compatible community partners: a guide to the Compatible Library Partners Chart on its own, and a
 * searchable, filterable directory when given the library's or the consortium's data (HSDS 3.0 JSON, an HSDS
 * tabular package, or a simple CSV).
 *
 * @summary Find community partners by type, library goal and place, from one or more directories.
 *
 * @event tb-partner-select - A person chose "Start an agreement" on a partner. `detail.organization`.
 * @event tb-submit - A suggestion, correction or outreach note is about to be sent (cancelable).
 * @event tb-submitted - It was received. @event tb-queued - Saved on this computer, will send later.
 * @event tb-error - It was refused, or there is nowhere to send it.
 *
 * @csspart panel - The outer box.
 * @csspart form - Each form (suggest, correction, outreach).
 * @csspart field - A form group.
 * @csspart label - A field label.
 * @csspart hint - A field hint.
 * @csspart error - A field error message.
 * @csspart submit - A form's send button.
 *
 * @cssproperty --tb-color-accent - Links, buttons, card edges. Default #1d70b8.
 * @cssproperty --tb-color-text - Text and field borders. Default #0b0c0c.
 * @cssproperty --tb-color-border - Card and table lines. Default #b1b4b6.
 * @cssproperty --tb-color-muted - Secondary text. Default #505a5f.
 * @cssproperty --tb-color-error - Errors and gaps. Default #d4351c.
 * @cssproperty --tb-color-success - "Checked recently" and success notices. Default #00703c.
 * @cssproperty --tb-color-focus - Focus ring. Default #ffdd00.
 * @cssproperty --tb-color-button - Send buttons. Default #00703c.
 * @cssproperty --tb-space - Spacing unit. Default 1rem.
 */
export class TbPartnerFinder extends FinderViews {
  static override styles = [...baseStyles, partnerFinderStyles];
  // ---- rendering ----------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const views: [View, string][] = [
      ['list', this.index ? 'Find partners' : 'Partner types'],
      ['goals', 'By library goal'],
      ...(this.index ? ([['gaps', 'Gaps']] as [View, string][]) : []),
      ...(this.canSend ? ([['suggest', 'Suggest a partner']] as [View, string][]) : [])
    ];
    const active = views.some(([v]) => v === this.view.view) ? this.view.view : 'list';
    // A partner opened from any view (the list, or the goal picker) shows its details in that view.
    const detail = this.view.org && this.index ? this.selectedOrganization : undefined;
    return html`
      <div class="width-probe" aria-hidden="true"></div>
      <section part="panel" class="finder" aria-labelledby="pf-heading">
        <h2 id="pf-heading">${this.heading}</h2>
        ${this.renderConfigErrors()} ${this.renderLoadNotice()}
        <ul class="views no-print" aria-label="Views">
          ${views.map(
            ([view, label]) =>
              html`<li>
                <button
                  type="button"
                  aria-pressed=${active === view ? 'true' : 'false'}
                  @click=${() => this.showView(view)}
                >
                  ${label}
                </button>
              </li>`
          )}
        </ul>
        ${
          detail
            ? this.renderDetail(detail, active)
            : active === 'goals'
              ? this.renderGoals()
              : active === 'gaps'
                ? this.renderGaps()
                : active === 'suggest'
                  ? this.renderSuggest()
                  : this.index
                    ? this.renderFinder()
                    : this.renderGuide()
        }
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </section>
    `;
  }

  protected renderConfigErrors() {
    const problems: string[] = [];
    if (!MODES.includes(this.mode as (typeof MODES)[number])) {
      problems.push(
        `The mode "${this.mode}" is not known; use "staff" or "public". People's names are hidden until it is fixed.`
      );
    }
    const endpoint = this.parsedEndpoint;
    if (endpoint.kind === 'invalid') problems.push(`Sending is switched off: ${endpoint.problem}`);
    if (!problems.length) return nothing;
    return html`<div class="notice problem" role="alert">
      <p>
        <strong>This partner finder is not set up quite right.</strong> Please tell the person who looks after this
        page:
      </p>
      <ul>
        ${problems.map(p => html`<li>${p}</li>`)}
      </ul>
    </div>`;
  }

  protected renderLoadNotice() {
    if (this.loading && !this.index) return html`<p class="notice" role="status">Loading the partner directory…</p>`;
    const errors = this.loadErrors;
    // Data warnings are for the people who keep the directory: staff see them, public visitors never do (they go
    // to the console for the webmaster, see logWarnings).
    const warnings = this.effectivePublic ? [] : this.warnings;
    const problems = warnings.filter(w => !w.kind || w.kind === 'problem');
    const notes = warnings.filter(w => w.kind === 'merge' || w.kind === 'unknown-category');
    if (!errors.length && !warnings.length) return nothing;
    const list = (items: ImportWarning[]) => {
      const shown = items.slice(0, 20);
      return html`<ul>
        ${shown.map(w => html`<li>${w.file ? `${w.file}: ` : ''}${w.message}</li>`)}
        ${items.length > shown.length ? html`<li>…and ${numberFormat.format(items.length - shown.length)} more.</li>` : nothing}
      </ul>`;
    };
    return html`<div class="notice ${errors.length ? 'problem' : ''}" id="pf-load-notice">
      ${
        errors.length
          ? html`<p>
                <strong>Some of the directory could not be loaded.</strong>
                ${this.index?.organizations.length ? 'The partners that did load are shown below.' : ''}
              </p>
              <ul>
                ${errors.map(e => html`<li>${e}</li>`)}
              </ul>`
          : nothing
      }
      ${
        problems.length
          ? html`<details>
              <summary>
                ${plural(problems.length, 'problem', 'problems')} in the directory files. The rest loaded normally.
              </summary>
              ${list(problems)}
            </details>`
          : nothing
      }
      ${
        notes.length
          ? html`<details class="notes">
              <summary>
                ${plural(notes.length, 'note', 'notes')} on the directory files (merged entries, unknown types)
              </summary>
              ${list(notes)}
            </details>`
          : nothing
      }
    </div>`;
  }

  protected renderGuide() {
    const c = this.content;
    const goal = (id: string) => c.goals.find(g => g.id === id)?.label ?? id;
    return html`<div class="guide">
      <h3 id="pf-view-title" tabindex="-1">Types of partners to look for</h3>
      <p>
        Every community is different. These are the kinds of groups libraries often work with. Open one to see examples,
        what they bring, and what they may need from you.
      </p>
      ${c.categories.map(
        cat =>
          html`<details>
            <summary>${cat.name}</summary>
            ${this.renderCategoryFacts(cat.id)}
            <p><strong>Library goals:</strong> ${cat.goals.map(goal).join(', ')}</p>
          </details>`
      )}
    </div>`;
  }

  protected renderFinder() {
    const index = this.index!;
    const result = this.result!;
    const total = result.ids.length;
    const shown = Math.min(this.shown, total);
    const visible = this.currentOrganizations(shown);
    const filtersOpen = (this.renderedFiltersOpen = this.filtersOpen);
    return html`<div class="layout">
      <div class="controls">
        <form class="search" role="search" @submit=${this.handleSearchSubmit}>
          <label for="pf-search">Search partners</label>
          <span class="hint" id="pf-search-hint">Names, what they do, types</span>
          <input
            id="pf-search"
            type="search"
            autocomplete="off"
            aria-describedby="pf-search-hint"
            .value=${this.view.q}
            @input=${this.handleSearchInput}
          />
        </form>
        <details class="filters" ?open=${live(filtersOpen)} @toggle=${this.syncFiltersChoice}>
          <summary>${this.filtersSummary()}</summary>
          ${FACETS.map(f => this.renderFacet(f, index, result))}
        </details>
      </div>
      <div class="results ${this.printing ? 'printing' : ''}">
        <h3 id="pf-view-title" tabindex="-1" class="visually-hidden">Results</h3>
        <div class="toolbar">
          <p class="summary" id="pf-count">
            ${
              total
                ? `Showing ${numberFormat.format(shown)} of ${plural(total, 'partner', 'partners')}`
                : 'No partners match. Try fewer words or remove a filter.'
            }
          </p>
          <div class="sort">
            <label for="pf-sort">Sort by</label>
            <select id="pf-sort" @change=${this.handleSort}>
              ${
                this.view.q.trim()
                  ? html`<option value="relevance" ?selected=${this.sortKey === 'relevance'}>Best match</option>`
                  : nothing
              }
              <option value="name" ?selected=${this.sortKey === 'name'}>Name A to Z</option>
              <option value="verified" ?selected=${this.sortKey === 'verified'}>Most recently checked</option>
            </select>
          </div>
        </div>
        ${this.renderChips()}
        <ul class="cards" aria-labelledby="pf-count">
          ${repeat(
            visible,
            o => o.key,
            o => this.renderCard(o)
          )}
        </ul>
        ${
          total > shown
            ? html`<p class="more">
                <button type="button" @click=${this.showMore}>
                  Show ${numberFormat.format(Math.min(this.pageLength, total - shown))} more
                </button>
              </p>`
            : nothing
        }
        <div class="actions no-print" role="group" aria-label="Save or print these results">
          <button type="button" @click=${this.handleCsv} ?disabled=${!total}>Download spreadsheet (CSV)</button>
          <button type="button" @click=${this.handleVCard} ?disabled=${!total}>Download contacts (vCard)</button>
          <button type="button" @click=${this.handlePrint} ?disabled=${!total}>Print list</button>
        </div>
        ${this.printing ? this.renderPrintList() : nothing}
      </div>
    </div>`;
  }

  /** "Filters", or "Filters (2 on)" when some are chosen, so a closed panel still says what is applied. */
  protected filtersSummary(): string {
    const on = FACETS.reduce((n, facet) => n + (this.view.filters[facet]?.length ?? 0), 0);
    return on ? `Filters (${numberFormat.format(on)} on)` : 'Filters';
  }

  protected renderFacet(id: FacetId, index: DirectoryIndex, result: SearchResult) {
    const facet = index.facets[id];
    if (!facet.values.length || (id !== 'category' && id !== 'goal' && facet.totals.every(t => t === 0)))
      return nothing;
    const selected = new Set(this.view.filters[id] ?? []);
    const counts = result.counts[id];
    const all = facet.values.map((v, code) => ({ ...v, code, count: counts[code], on: selected.has(v.value) }));
    const expanded = this.expandedFacets.has(id) || all.length <= FACET_PREVIEW + 2;
    // When folded, show the selected values and the biggest ones, and every value as big as the smallest shown:
    // a value is never hidden while another with the same count is on screen.
    const list = expanded ? all : foldedValues(all, Math.max(FACET_PREVIEW, selected.size));
    return html`<fieldset>
      <legend>${FACET_LABELS[id]}</legend>
      ${list.map(v => {
        const inputId = `pf-f-${id}-${v.code}`;
        const disabled = v.count === 0 && !v.on;
        return html`<div class="option ${disabled ? 'zero' : ''}">
          <input
            type="checkbox"
            id=${inputId}
            data-facet=${id}
            .value=${v.value}
            .checked=${v.on}
            ?disabled=${disabled}
            @change=${this.handleFacetChange}
          />
          <label for=${inputId}>${v.label} <span class="count">(${numberFormat.format(v.count)})</span></label>
        </div>`;
      })}
      ${
        all.length > FACET_PREVIEW + 2
          ? html`<button
              type="button"
              class="link"
              aria-expanded=${expanded ? 'true' : 'false'}
              @click=${() => this.toggleFacet(id)}
            >
              ${expanded ? `Show fewer` : `Show all ${all.length}`}<span class="visually-hidden">
                — ${FACET_LABELS[id]}</span
              >
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  protected renderChips() {
    const index = this.index!;
    const chips: { facet: FacetId; value: string; label: string }[] = [];
    for (const facet of FACETS) {
      for (const value of this.view.filters[facet] ?? []) {
        const code = index.facets[facet].codeOf.get(value);
        chips.push({ facet, value, label: code === undefined ? value : index.facets[facet].values[code].label });
      }
    }
    const q = this.view.q.trim();
    if (!chips.length && !q) return nothing;
    return html`<ul class="chips" aria-label="Active filters">
      ${chips.map(
        (chip, i) =>
          html`<li>
            <button type="button" @click=${() => this.removeFilter(chip.facet, chip.value, i)}>
              <span class="visually-hidden">Remove filter </span>${FACET_LABELS[chip.facet]}: ${chip.label}
              <span aria-hidden="true">×</span>
            </button>
          </li>`
      )}
      ${
        q
          ? html`<li>
              <button type="button" class="search-chip" @click=${() => this.removeSearch(chips.length)}>
                <span class="visually-hidden">Remove search </span>Search: “${q}”
                <span aria-hidden="true">×</span>
              </button>
            </li>`
          : nothing
      }
      <li><button type="button" class="link" @click=${this.clearFilters}>Clear search and filters</button></li>
    </ul>`;
  }
}
