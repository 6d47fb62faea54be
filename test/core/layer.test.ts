// The shared element layer: languages, theme on light and dark pages, GOV.UK fields, config problems, notices.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { TbElement } from '../../src/core/tb-element.js';
import { baseStyles } from '../../src/core/base-styles.js';
import { coreI18n } from '../../src/core/core-i18n.js';
import { ConfigController } from '../../src/core/config.js';
import {
  I18nController,
  format,
  pickLanguage,
  pluralForm,
  stringsConverter,
  stringsProblems
} from '../../src/core/i18n.js';
import type { StringOverrides } from '../../src/core/i18n.js';
import { errorSummary, fieldStyles, textField, radiosField } from '../../src/core/form/fields.js';
import { NoticeController, fieldWords, noticeText, outcomeStyles } from '../../src/core/form/outcome.js';
import { forgetNotice, markDelivered, pendingNotices, watchForNotice } from '../../src/core/notices.js';
import { heading, parseHeadingLevel } from '../../src/core/heading.js';
import { parseColor } from '../../src/core/theme.js';
import coreEn from '../../src/core/strings/en.js';
import coreEs from '../../src/core/strings/es.js';
import { englishLeft } from '../support/language.js';

const en = {
  title: 'Tell us',
  name: 'Your name',
  hint: 'As your colleagues know you',
  found: { zero: 'No partners found', one: '{count} partner found', other: '{count} partners found' }
};
const es = {
  title: 'Cuéntenos',
  name: 'Su nombre',
  hint: 'Como le conocen sus colegas',
  found: { zero: 'No se encontró ninguna organización', one: '{count} organización', other: '{count} organizaciones' }
};

class TbLayerProbe extends TbElement {
  static override styles = [...baseStyles, fieldStyles, outcomeStyles];
  static override properties = {
    strings: { attribute: 'strings', converter: stringsConverter },
    count: { type: Number }
  };
  strings: StringOverrides | null = null;
  count = 0;
  readonly i18n = new I18nController(this, { en, es: () => Promise.resolve({ default: es }) });
  readonly core = coreI18n(this);
  readonly config = new ConfigController(this);
  readonly notices = new NoticeController(this, this.core);
  error = '';

  protected override willUpdate() {
    this.config.set('attributes', [...this.baseConfigProblems(), ...stringsProblems(this.strings)]);
  }

  override render() {
    const words = fieldWords(this.core);
    return litHtml`${this.notices.render()}
      <div class="box">
        ${heading(this.headingLevelOr(2), this.i18n.t('title'), { id: 'title' })}
        ${this.config.problems.map(p => litHtml`<p class="config">${p.attribute}</p>`)}
        ${errorSummary({
          errors: this.error ? [{ id: 'name', text: this.error }] : [],
          title: this.core.t('errorSummaryTitle')
        })}
        ${textField({ id: 'name', label: this.i18n.t('name'), hint: this.i18n.t('hint'), value: '', error: this.error || undefined, optional: true, words, onInput: () => undefined })}
        ${radiosField({
          id: 'kind',
          name: 'kind',
          label: 'Kind',
          value: 'a',
          choices: [
            { value: 'a', label: 'A' },
            { value: 'b', label: 'B', hint: 'The second' }
          ],
          words,
          onChange: () => undefined
        })}
        <p class="count">${this.i18n.t('found', { count: this.count })}</p>
        <button class="tb-button">${this.i18n.t('title')}</button>
        <button class="tb-button tb-button--secondary">Other</button>
        <a class="tb-link" href="#x">Link</a>
      </div>`;
  }
}
TbLayerProbe.define('tb-layer-probe');

describe('shared layer: languages', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('picks languages, plural forms and placeholders', () => {
    expect(pickLanguage('es-MX')).to.equal('es');
    expect(pickLanguage('fr')).to.equal('en');
    expect(pluralForm(en.found, 0, 'en')).to.equal('No partners found');
    expect(pluralForm(en.found, 1, 'en')).to.equal('{count} partner found');
    expect(pluralForm(es.found, 2, 'es')).to.equal('{count} organizaciones');
    expect(format('{a} and {b}', { a: 1 })).to.equal('1 and {b}');
  });

  it('the core catalog exists in Spanish for every key, and no Spanish text is left in English', () => {
    expect(Object.keys(coreEs).sort()).to.deep.equal(Object.keys(coreEn).sort());
    const same = Object.entries(coreEn).filter(
      ([k, v]) => (coreEs as Record<string, unknown>)[k] === v && !['errorPrefix'].includes(k)
    );
    expect(same.map(([k]) => k)).to.deep.equal([]);
  });

  it('follows the nearest lang, switches at run time, formats numbers in that language', async () => {
    const wrapper = await fixture(html`<div lang="es"><tb-layer-probe .count=${1234}></tb-layer-probe></div>`);
    const el = wrapper.querySelector('tb-layer-probe') as TbLayerProbe;
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Cuéntenos'), 'Spanish arrives');
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal(
      '1234 organizaciones'.replace('1234', (1234).toLocaleString('es'))
    );
    expect(el.shadowRoot!.querySelector('.tb-optional')!.textContent).to.equal('(opcional)');
    expect(
      englishLeft(el.shadowRoot!, [
        [en, es],
        [coreEn, coreEs]
      ])
    ).to.deep.equal([]);
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Tell us'), 'English again');
    expect(englishLeft(el.shadowRoot!, [[en, es]]), 'the walker finds English').to.include('title: Tell us');
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('1,234 partners found');
    wrapper.setAttribute('lang', 'es');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Cuéntenos'), 'Spanish again');
  });

  it('writes whole numbers as Intl does in every shipped language, without making a number formatter', async () => {
    const numbers = [0, 7, -7, 999, 1000, -1000, 1234, 9999, 10000, 12345, -12345, 99999, 100000, 123456, 1234567];
    numbers.push(1e9, 12345678901, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER);
    // Spread over every length, the same each run (a small linear congruential sequence).
    for (let i = 0, x = 12345; i < 300; i++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      const n = Math.floor((x / 2 ** 31) * 10 ** (1 + (i % 15)));
      numbers.push(i % 3 ? n : -n || 0);
    }
    for (let n = -1100; n <= 1100; n += 7) numbers.push(n);
    const Real = Intl.NumberFormat;
    for (const lang of ['en', 'es'] as const) {
      const wrapper = await fixture(html`<div lang=${lang}><tb-layer-probe></tb-layer-probe></div>`);
      const el = wrapper.querySelector('tb-layer-probe') as TbLayerProbe;
      await waitUntil(() => el.i18n.lang === lang, `${lang} in use`);
      const made: unknown[] = [];
      // Counts the formatters made while the numbers are written (a page's first one costs 30–60 ms).
      Intl.NumberFormat = function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        made.push(args[0]);
        return new Real(...args);
      } as unknown as typeof Intl.NumberFormat;
      let written: string[];
      try {
        written = numbers.map(n => el.i18n.number(n));
      } finally {
        Intl.NumberFormat = Real;
      }
      expect(made, lang).to.deep.equal([]);
      const intl = new Real(lang);
      const differ = numbers.filter((n, i) => written[i] !== intl.format(n)).map(n => `${n}: ${el.i18n.number(n)}`);
      expect(differ, lang).to.deep.equal([]);
    }
    const el = await fixture<TbLayerProbe>(html`<tb-layer-probe></tb-layer-probe>`);
    // Minus zero is written "0" (Intl writes "-0", which means nothing to a reader).
    expect(el.i18n.number(-0)).to.equal('0');
    expect(el.i18n.number(5000)).to.equal('5,000');
    expect(el.i18n.number(2.5)).to.equal('2.5');
  });

  it('lets the webmaster override any string, for all languages or per language; bad JSON is a config problem', async () => {
    const el = await fixture<TbLayerProbe>(
      html`<tb-layer-probe strings='{"title":"Report it","es":{"title":"Repórtelo"}}'></tb-layer-probe>`
    );
    expect(el.shadowRoot!.querySelector('#title')!.textContent!.trim()).to.equal('Report it');
    document.documentElement.lang = 'es';
    await waitUntil(() => el.shadowRoot!.querySelector('#title')!.textContent!.trim() === 'Repórtelo');
    const bad = await fixture<TbLayerProbe>(html`<tb-layer-probe strings="{oops"></tb-layer-probe>`);
    expect(bad.config.problems.map(p => p.code)).to.deep.equal(['bad-strings']);
    expect(bad.shadowRoot!.querySelector('#title')).to.exist;
  });
});

describe('shared layer: theme', () => {
  it('reads colours', () => {
    expect(parseColor('rgb(27, 27, 27)')!.luminance).to.be.below(0.02);
    expect(parseColor('rgba(0, 0, 0, 0)')!.alpha).to.equal(0);
  });

  it('turns dark on a dark page, light on a light page, and obeys theme=', async () => {
    const dark = await fixture(
      html`<div style="background:#1b1b1b;color:#eee;padding:8px"><tb-layer-probe></tb-layer-probe></div>`
    );
    const el = dark.querySelector('tb-layer-probe') as TbLayerProbe;
    await el.updateComplete;
    expect(el.matches(':state(dark)')).to.equal(true);
    const surface = getComputedStyle(el.shadowRoot!.querySelector('.tb-button--secondary')!).color;
    expect(parseColor(surface)!.luminance, 'light text on the dark palette').to.be.above(0.5);
    el.theme = 'light';
    await el.updateComplete;
    expect(el.matches(':state(dark)')).to.equal(false);
    const light = await fixture<TbLayerProbe>(html`<tb-layer-probe></tb-layer-probe>`);
    expect(light.matches(':state(dark)')).to.equal(false);
  });

  it('is accessible (contrast included) on a dark host page and on a light one, with an error showing', async () => {
    for (const page of ['background:#1b1b1b;color:#eee', 'background:#fff;color:#111']) {
      const host = await fixture(html`<div style=${page}><tb-layer-probe></tb-layer-probe></div>`);
      const el = host.querySelector('tb-layer-probe') as TbLayerProbe;
      el.error = 'Enter your name';
      el.requestUpdate();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  it('heading-level sets the heading, none makes it a paragraph; a bad value is a config problem', async () => {
    expect(parseHeadingLevel('3')).to.equal(3);
    expect(parseHeadingLevel('none')).to.equal('none');
    expect(parseHeadingLevel('9')).to.equal(undefined);
    const el = await fixture<TbLayerProbe>(html`<tb-layer-probe heading-level="4"></tb-layer-probe>`);
    expect(el.shadowRoot!.querySelector('#title')!.tagName).to.equal('H4');
    el.setAttribute('heading-level', 'none');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#title')!.tagName).to.equal('P');
    el.setAttribute('heading-level', 'big');
    await el.updateComplete;
    expect(el.config.problems.map(p => p.code)).to.include('bad-heading-level');
    expect(heading(2, 'x')).to.exist;
  });
});

describe('shared layer: fields', () => {
  it('ties hint and error to the field, prefixes "Error:", and the summary link moves focus to the field', async () => {
    const el = await fixture<TbLayerProbe>(html`<tb-layer-probe></tb-layer-probe>`);
    el.error = 'Enter your name';
    el.requestUpdate();
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#name')!;
    expect(input.getAttribute('aria-describedby')).to.equal('name-hint name-error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('#name-error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Error: Enter your name'
    );
    el.shadowRoot!.querySelector<HTMLAnchorElement>('.tb-error-summary a')!.click();
    expect(el.shadowRoot!.activeElement).to.equal(input);
  });
});

describe('shared layer: news on a later visit', () => {
  it('tells the person, in one element per page, that something sent later arrived; closing it forgets it', async () => {
    const id = crypto.randomUUID();
    watchForNotice(id, 'problem-report', Date.now() - 60_000);
    // The page is gone; another page's outbox delivers it.
    markDelivered(id, 'PR-000123');
    const wrapper = await fixture(html`<div><tb-layer-probe></tb-layer-probe><tb-layer-probe></tb-layer-probe></div>`);
    const [first, second] = [...wrapper.querySelectorAll('tb-layer-probe')] as TbLayerProbe[];
    await first.updateComplete;
    const notice = first.shadowRoot!.querySelector('.tb-notice');
    expect(notice!.textContent).to.contain('Your problem report from').and.to.contain('PR-000123');
    expect(second.shadowRoot!.querySelector('.tb-notice'), 'said once per page').to.equal(null);
    await expect(first).to.be.accessible();
    notice!.querySelector('button')!.click();
    await first.updateComplete;
    expect(first.shadowRoot!.querySelector('.tb-notice')).to.equal(null);
    expect(pendingNotices().some(n => n.id === id)).to.equal(false);
  });

  it('words the notice with what was sent and when', () => {
    const el = document.createElement('tb-layer-probe') as TbLayerProbe;
    const text = noticeText(el.core, { id: 'x', type: 'mou', savedAt: Date.now(), state: 'sent' });
    expect(text).to.match(/^The memorandum of understanding from .+ was sent\.$/);
    forgetNotice('x');
  });
});
