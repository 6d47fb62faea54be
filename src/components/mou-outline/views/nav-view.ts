import { html, nothing, type TemplateResult } from 'lit';
import type { ConfigProblem } from '../../../core/config.js';
import { localize } from '../model.js';
import type { MouCatalog } from '../strings/en.js';
import type { MouHost } from './context.js';

/** The section list with each section's state, and the progress measure. */
export function navView(h: MouHost): TemplateResult {
  const p = h.progress;
  return html`<nav class="nav" aria-label=${h.t('sectionsNav')}>
    <p class="progress-text" id="progress-text">${h.t('progress', { done: p.done, total: p.total })}</p>
    <progress max=${p.total} .value=${p.done} aria-labelledby="progress-text"></progress>
    <p class="tb-hint">
      ${p.requiredMissing.length ? h.t('requiredLeft', { count: p.requiredMissing.length }) : h.t('allRequiredDone')}
    </p>
    <ol class="nav-list">
      ${h.sections.map((s, i) => {
        const st = h.states[s.id];
        const count = st.errors + st.warnings;
        const base = h.t(`state-${st.status}`);
        const label = count && st.status !== 'not-applicable' ? h.t('stateWithWarnings', { state: base, count }) : base;
        return html`<li>
          <button
            type="button"
            id="nav-${s.id}"
            class="nav-item state--${st.status} ${count ? 'has-warnings' : ''}"
            aria-current=${i === h.current ? 'step' : 'false'}
            @click=${() => h.go(i)}
          >
            <span class="nav-title">${localize(s.title, h.language)}</span>
            <span class="nav-state">${label}</span>
          </button>
        </li>`;
      })}
      <li>
        <button
          type="button"
          id="nav-review"
          class="nav-item nav-review"
          aria-current=${h.current === h.sections.length ? 'step' : 'false'}
          @click=${() => h.go(h.sections.length)}
        >
          <span class="nav-title">${h.t('review')}</span>
        </button>
      </li>
    </ol>
  </nav>`;
}

/** Configuration problems in plain words (the console has the details). */
export function configView(h: MouHost, problems: ConfigProblem[]): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  const key: Record<string, keyof MouCatalog & string> = {
    'sections-src': 'configSectionsSrc',
    'sections-load': 'configSectionsLoad',
    'bad-endpoint': 'configEndpoint',
    'wording-rules': 'configWordingRules'
  };
  return html`<div class="config" role="alert" part="panel">
    <p class="config-title">${h.t('configTitle')}</p>
    <ul>
      ${problems.map(p => html`<li>${h.t(key[p.code] ?? (p.attribute === 'strings' ? 'configStrings' : 'configHeadingLevel'), p.params)}</li>`)}
    </ul>
  </div>`;
}
