import { html, nothing, type TemplateResult } from 'lit';
import type { ConfigProblem } from '../../../core/config.js';
import type { CoreCatalog } from '../../../core/core-i18n.js';
import type { I18nController } from '../../../core/i18n.js';
import type { DonationKey } from '../strings/en.js';
import type { Say } from '../words.js';

/** Configuration problems in plain words (the console has the details), GOV.UK's "There is a problem" style. */
export function renderConfig(
  problems: ConfigProblem[],
  core: I18nController<CoreCatalog>,
  say: Say,
  options: { unusable: boolean }
): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  const coreWords: Record<string, string> = {
    'bad-theme': core.t('configBadTheme'),
    'bad-heading-level': core.t('configBadHeadingLevel'),
    'bad-strings': core.t('configBadStrings'),
    'bad-endpoint': core.t('configBadEndpoint')
  };
  const words = (p: ConfigProblem) => {
    if (coreWords[p.code]) return coreWords[p.code];
    if (!say.has(p.code)) return p.detail;
    const problem = say.t(p.code as DonationKey, p.params);
    if (!p.code.startsWith('policyProblem:')) return problem;
    return p.params?.path
      ? say.t('configPolicyAt', { path: String(p.params.path), problem })
      : say.t('configPolicy', { problem });
  };
  return html`<div class="config" part="config">
    <p><strong>${core.t('configHeading')}</strong></p>
    <p>${core.t('configIntro')}</p>
    <ul>
      ${problems.map(p => html`<li>${core.t('configAttribute', { attribute: p.attribute, problem: words(p) })}</li>`)}
    </ul>
    ${options.unusable ? html`<p>${say.t('configUnusable')}</p>` : nothing}
  </div>`;
}
