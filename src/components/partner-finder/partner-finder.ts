import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { FACETS, type DirectoryIndex, type FacetId, type SearchResult } from './filter.js';
import type { ImportWarning } from './model.js';
import { directoryText, warningLine } from './directory-words.js';
import { partnerFinderStyles } from './styles.js';
import { baseStyles } from '../../core/base-styles.js';
import { outcomeStyles } from '../../core/form/outcome.js';
import { type View } from './url-state.js';
import { FACET_LABELS, FACET_PREVIEW, foldedValues } from './finder-constants.js';
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
 * Its words follow the nearest `lang` attribute (English and Spanish); the `strings` attribute replaces any of
 * them. Partner type and goal names of the built-in chart follow the language too (partner-categories.es.json);
 * a chart given in `categories`, and the directory's own text, are shown as written.
 *
 * @event tb-partner-select - A person chose "Start an agreement" on a partner. `detail.organization`.
 * @event tb-submit - A suggestion, correction or outreach note is about to be sent (cancelable).
 * @event tb-submitted - It was received.
 * @event tb-queued - Saved on this computer, will send later.
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
  static override styles = [...baseStyles, outcomeStyles, partnerFinderStyles];
  // ---- rendering ----------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const views: [View, string][] = [
      ['list', this.t(this.index ? 'viewFind' : 'viewTypes')],
      ['goals', this.t('viewGoals')],
      ...(this.index ? ([['gaps', this.t('viewGaps')]] as [View, string][]) : []),
      ...(this.canSend ? ([['suggest', this.t('viewSuggest')]] as [View, string][]) : [])
    ];
    const active = views.some(([v]) => v === this.view.view) ? this.view.view : 'list';
    // A partner opened from any view (the list, or the goal picker) shows its details in that view.
    const detail = this.view.org && this.index ? this.selectedOrganization : undefined;
    return html`
      <div class="width-probe" aria-hidden="true"></div>
      <section part="panel" class="finder" aria-labelledby="pf-heading">
        ${this.h(0, this.heading || this.t('heading'), { id: 'pf-heading' })} ${this.notices.render()}
        ${this.renderConfigErrors()} ${this.renderLoadNotice()}
        <ul class="views no-print" aria-label=${this.t('viewsLabel')}>
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
    const problems = this.config.problems.map(p => {
      const setting = (problem: string) => this.core.t('configAttribute', { attribute: p.attribute, problem });
      switch (p.code) {
        case 'bad-mode':
          return this.t('configMode', { mode: p.params?.mode ?? '' });
        case 'bad-endpoint':
          return this.t('configEndpoint', { problem: this.core.t('configBadEndpoint') });
        case 'bad-page-size':
          return setting(this.t('configPageSize', { value: p.params?.value ?? '' }));
        case 'bad-theme':
          return setting(this.core.t('configBadTheme'));
        case 'bad-heading-level':
          return setting(this.core.t('configBadHeadingLevel'));
        default:
          return setting(this.core.t('configBadStrings'));
      }
    });
    if (!problems.length) return nothing;
    return html`<div class="notice problem" role="alert">
      <p><strong>${this.t('configTitle')}</strong> ${this.t('configIntro')}</p>
      <ul>
        ${problems.map(p => html`<li>${p}</li>`)}
      </ul>
    </div>`;
  }

  protected renderLoadNotice() {
    if (this.loading && !this.index) return html`<p class="notice" role="status">${this.t('loading')}</p>`;
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
        ${shown.map(w => html`<li>${warningLine(w, this.i18n)}</li>`)}
        ${items.length > shown.length ? html`<li>${this.t('moreItems', { count: items.length - shown.length })}</li>` : nothing}
      </ul>`;
    };
    return html`<div class="notice ${errors.length ? 'problem' : ''}" id="pf-load-notice">
      ${
        errors.length
          ? html`<p>
                <strong>${this.t('loadFailed')}</strong>
                ${this.index?.organizations.length ? this.t('loadPartial') : ''}
              </p>
              <ul>
                ${errors.map(e => html`<li>${directoryText(e, this.i18n)}</li>`)}
              </ul>`
          : nothing
      }
      ${
        problems.length
          ? html`<details>
              <summary>${this.t('problemsSummary', { count: problems.length })}</summary>
              ${list(problems)}
            </details>`
          : nothing
      }
      ${
        notes.length
          ? html`<details class="notes">
              <summary>${this.t('notesSummary', { count: notes.length })}</summary>
              ${list(notes)}
            </details>`
          : nothing
      }
    </div>`;
  }

  protected renderGuide() {
    const c = this.chart;
    const goal = (id: string) => c.goals.find(g => g.id === id)?.label ?? id;
    return html`<div class="guide">
      ${this.h(1, this.t('guideTitle'), { id: 'pf-view-title', tabindex: -1 })}
      <p>${this.t('guideIntro')}</p>
      ${c.categories.map(
        cat =>
          html`<details>
            <summary>${cat.name}</summary>
            ${this.renderCategoryFacts(cat.id)}
            <p><strong>${this.t('libraryGoalsLabel')}</strong> ${this.i18n.list(cat.goals.map(goal))}</p>
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
          <label for="pf-search">${this.t('searchLabel')}</label>
          <span class="hint" id="pf-search-hint">${this.t('searchHint')}</span>
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
        ${this.h(1, this.t('resultsTitle'), { id: 'pf-view-title', tabindex: -1, className: 'visually-hidden' })}
        <div class="toolbar">
          <p class="summary" id="pf-count">${total ? this.t('showing', { shown, count: total }) : this.t('noMatch')}</p>
          <div class="sort">
            <label for="pf-sort">${this.t('sortBy')}</label>
            <select id="pf-sort" @change=${this.handleSort}>
              ${
                this.view.q.trim()
                  ? html`<option value="relevance" ?selected=${this.sortKey === 'relevance'}>
                      ${this.t('sortRelevance')}
                    </option>`
                  : nothing
              }
              <option value="name" ?selected=${this.sortKey === 'name'}>${this.t('sortName')}</option>
              <option value="verified" ?selected=${this.sortKey === 'verified'}>${this.t('sortVerified')}</option>
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
                  ${this.t('showMore', { count: Math.min(this.pageLength, total - shown) })}
                </button>
              </p>`
            : nothing
        }
        <div class="actions no-print" role="group" aria-label=${this.t('saveGroup')}>
          <button type="button" @click=${this.handleCsv} ?disabled=${!total}>${this.t('downloadCsv')}</button>
          <button type="button" @click=${this.handleVCard} ?disabled=${!total}>${this.t('downloadVCard')}</button>
          <button type="button" @click=${this.handlePrint} ?disabled=${!total}>${this.t('printList')}</button>
        </div>
        ${this.printing ? this.renderPrintList() : nothing}
      </div>
    </div>`;
  }

  /** "Filters", or "Filters (2 on)" when some are chosen, so a closed panel still says what is applied. */
  protected filtersSummary(): string {
    const on = FACETS.reduce((n, facet) => n + (this.view.filters[facet]?.length ?? 0), 0);
    return on ? this.t('filtersOn', { count: on }) : this.t('filters');
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
      <legend>${this.t(FACET_LABELS[id])}</legend>
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
          <label for=${inputId}
            >${this.facetLabel(id, v.value, v.label)} <span class="count">(${this.i18n.number(v.count)})</span></label
          >
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
              ${expanded ? this.t('showFewer') : this.t('showAll', { count: all.length })}<span class="visually-hidden">
                — ${this.t(FACET_LABELS[id])}</span
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
        chips.push({
          facet,
          value,
          label: code === undefined ? value : this.facetLabel(facet, value, index.facets[facet].values[code].label)
        });
      }
    }
    const q = this.view.q.trim();
    if (!chips.length && !q) return nothing;
    return html`<ul class="chips" aria-label=${this.t('activeFilters')}>
      ${chips.map(
        (chip, i) =>
          html`<li>
            <button type="button" @click=${() => this.removeFilter(chip.facet, chip.value, i)}>
              <span class="visually-hidden">${this.t('removeFilter')} </span
              >${`${this.t(FACET_LABELS[chip.facet])}: ${chip.label}`}
              <span aria-hidden="true">×</span>
            </button>
          </li>`
      )}
      ${
        q
          ? html`<li>
              <button type="button" class="search-chip" @click=${() => this.removeSearch(chips.length)}>
                <span class="visually-hidden">${this.t('removeSearch')} </span>${this.t('searchChip', { q })}
                <span aria-hidden="true">×</span>
              </button>
            </li>`
          : nothing
      }
      <li><button type="button" class="link" @click=${this.clearFilters}>${this.t('clearAll')}</button></li>
    </ul>`;
  }
}
