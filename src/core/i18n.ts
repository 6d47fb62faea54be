import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Languages for every element: typed catalogs, the nearest `lang` attribute, plurals and numbers through `Intl`.
 *
 * English is the source of the keys (`strings/en.ts`); other languages are `CatalogOf<typeof en>`, so a missing
 * key is a type error. A webmaster overrides any string with the element's `strings` property or attribute.
 */

/** The plural forms of one message, as `Intl.PluralRules` names them. `other` is always needed. */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Message = string | PluralForms;
export type Catalog = Record<string, Message>;

/** Another language's catalog for the keys of `C`: every key, a plain string or plural forms for each. */
export type CatalogOf<C extends Catalog> = { [K in keyof C]: C[K] extends string ? string : PluralForms };

/** Values put into `{name}` placeholders. `count` also picks the plural form. */
export type Params = Record<string, string | number | undefined>;

/** The languages we ship. Any other `lang` falls back to English. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Overrides from the `strings` property: flat (every language) or per language (`{ "es": {…} }`). */
export type StringOverrides = Record<string, string | Record<string, string>>;

/** `en` is the catalog itself; other languages may load on first use (`() => import('./strings/es.js')`). */
export type CatalogSource<C extends Catalog> = {
  en: C;
} & Partial<Record<Exclude<Language, 'en'>, CatalogOf<C> | (() => Promise<{ default: CatalogOf<C> }>)>>;

/** Normalises a `lang` value ("es-MX", "ES") to a language we ship, else English. */
export function pickLanguage(lang: string | null | undefined): Language {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

/** The `lang` in force at `node`: the nearest ancestor with one, across shadow roots; else the document's. */
export function langOf(node: Node): string {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang') ?? '';
    const parent: Node | null = current.parentNode;
    current = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return document.documentElement.lang || '';
}

/** Replaces `{name}` with `params.name`; unknown placeholders stay as they are, so a mistake is visible. */
export function format(template: string, params: Params = {}, formatNumber?: (n: number) => string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' && formatNumber ? formatNumber(value) : String(value);
  });
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A whole number as `Intl.NumberFormat` writes it in the languages we ship (tested against it): English groups
 * thousands with commas from four digits (1,234); Spanish with points, from five (1234, 12.345); minus zero is
 * "0", where Intl writes "-0". Written here because a page's first number formatter costs 30–60 ms in one go,
 * and every element shows numbers ("5,000 terms", "line 12").
 */
function formatWhole(value: number, lang: Language): string {
  const digits = String(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  if (digits.length < (lang === 'es' ? 5 : 4)) return sign + digits;
  return sign + digits.replace(/\B(?=(\d{3})+$)/g, lang === 'es' ? '.' : ',');
}

function defaultNumberFormat(lang: string): Intl.NumberFormat {
  let formatter = numberFormats.get(lang);
  if (!formatter) numberFormats.set(lang, (formatter = new Intl.NumberFormat(lang)));
  return formatter;
}

/**
 * Date and list formatters by language and options. Making one costs about a millisecond; a page of 25 partner
 * cards asks for a month each, so each is made once and kept.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** Chooses a plural form with `Intl.PluralRules` for `lang`; falls back to `other`. */
export function pluralForm(forms: PluralForms, count: number, lang: string): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  // An exact zero form wins where a catalog gives one ("No partners found").
  if (count === 0 && forms.zero !== undefined) return forms.zero;
  return forms[rules.select(count)] ?? forms.other;
}

/** Parses the `strings` attribute (JSON). Returns undefined and a problem for bad JSON, never throws. */
export function parseStringOverrides(value: string | null): { value?: StringOverrides; problem?: string } {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { problem: 'not-an-object' };
    return { value: parsed as StringOverrides };
  } catch {
    return { problem: 'not-json' };
  }
}

/** Host of an I18nController: a Lit element with an optional `strings` override property. */
export type I18nHost = ReactiveControllerHost & HTMLElement & { strings?: StringOverrides | null };

const loadingByHost = new WeakMap<object, Set<Promise<void>>>();

/**
 * Catalogs still loading for `host`. `TbElement` waits for them before it renders, so a Spanish page never shows
 * a moment of English, nor a mix of two languages from two catalogs.
 */
export function catalogsLoading(host: object): Promise<void>[] {
  return [...(loadingByHost.get(host) ?? [])];
}

/** Every controller on the page listens to one observer on the document's `lang` attributes. */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;
function watchLang(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach(l => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => listeners.delete(listener);
}

/**
 * A reactive controller that gives an element its words in the page's language.
 *
 * ```ts
 * private i18n = new I18nController(this, { en, es: () => import('./strings/es.js') });
 * render() { return html`<button>${this.i18n.t('send')}</button>`; }
 * ```
 * A language that loads lazily renders in English for the moment it takes, then re-renders; `ready` resolves when
 * the current language's catalog is in.
 */
export class I18nController<C extends Catalog> implements ReactiveController {
  /** The language in use now ('en' until another one has loaded). */
  lang: Language = 'en';
  private wanted: Language = 'en';
  private readonly loaded = new Map<Language, CatalogOf<C> | C>();
  private loading: Promise<void> | undefined;
  private unwatch: (() => void) | undefined;
  private readonly numberCache = new Map<string, Intl.NumberFormat>();

  constructor(
    private readonly host: I18nHost,
    private readonly source: CatalogSource<C>
  ) {
    this.loaded.set('en', source.en);
    host.addController(this);
  }

  hostConnected(): void {
    this.unwatch = watchLang(this.refresh);
    this.refresh();
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  /** Resolves once the catalog of the page's current language is loaded (at once for English). */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  /** The message for `key` in the current language, with the webmaster's override if any. */
  t(key: keyof C & string, params?: Params): string {
    const message = this.override(key) ?? this.catalog()[key] ?? this.source.en[key];
    if (message === undefined) return key;
    const text = typeof message === 'string' ? message : pluralForm(message, Number(params?.count ?? 0), this.lang);
    return format(text, params, n => this.number(n));
  }

  /** True when the current language (or an override) has this key: for optional messages. */
  has(key: string): boolean {
    return this.override(key) !== undefined || key in this.catalog();
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    if (!options) {
      if (Number.isSafeInteger(value)) return formatWhole(value, this.lang);
      return defaultNumberFormat(this.lang).format(value);
    }
    const key = `${this.lang}|${JSON.stringify(options)}`;
    let formatter = this.numberCache.get(key);
    if (!formatter) this.numberCache.set(key, (formatter = new Intl.NumberFormat(this.lang, options)));
    return formatter.format(value);
  }

  /** A date or time in the current language; invalid dates give an empty string instead of "Invalid Date". */
  date(value: Date | number | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    const key = `${this.lang}|${JSON.stringify(options)}`;
    let formatter = dateFormats.get(key);
    if (!formatter) dateFormats.set(key, (formatter = new Intl.DateTimeFormat(this.lang, options)));
    return formatter.format(date);
  }

  /** "a, b and c" / "a, b y c". */
  list(items: string[], type: Intl.ListFormatType = 'conjunction'): string {
    const key = `${this.lang}|${type}`;
    let formatter = listFormats.get(key);
    if (!formatter) listFormats.set(key, (formatter = new Intl.ListFormat(this.lang, { style: 'long', type })));
    return formatter.format(items);
  }

  private catalog(): Partial<Record<string, Message>> {
    return (this.loaded.get(this.lang) ?? this.source.en) as Partial<Record<string, Message>>;
  }

  private override(key: string): string | undefined {
    const overrides = this.host.strings;
    if (!overrides || typeof overrides !== 'object') return undefined;
    const perLanguage = overrides[this.lang];
    if (perLanguage && typeof perLanguage === 'object' && typeof perLanguage[key] === 'string') return perLanguage[key];
    const flat = overrides[key];
    return typeof flat === 'string' ? flat : undefined;
  }

  private refresh = () => {
    const wanted = pickLanguage(langOf(this.host));
    if (wanted === this.wanted && (this.lang === wanted || this.loading)) return;
    this.wanted = wanted;
    if (this.loaded.has(wanted)) {
      if (this.lang !== wanted) {
        this.lang = wanted;
        this.host.requestUpdate();
      }
      return;
    }
    const entry = this.source[wanted as Exclude<Language, 'en'>];
    if (!entry) {
      this.lang = 'en';
      this.host.requestUpdate();
      return;
    }
    if (typeof entry !== 'function') {
      this.loaded.set(wanted, entry);
      this.lang = wanted;
      this.host.requestUpdate();
      return;
    }
    const loading = entry().then(
      module => {
        this.loaded.set(wanted, module.default);
      },
      () => undefined // A chunk that fails to load leaves English on screen rather than nothing.
    );
    const settled = loading.then(() => {
      if (this.loading === undefined) return;
      this.loading = undefined;
      if (this.wanted === wanted && this.loaded.has(wanted)) this.lang = wanted;
      this.host.requestUpdate();
      // The page may have changed language again while this one loaded.
      this.refresh();
    });
    this.loading = settled;
    let set = loadingByHost.get(this.host);
    if (!set) loadingByHost.set(this.host, (set = new Set()));
    set.add(settled);
    void settled.finally(() => set.delete(settled));
    this.host.requestUpdate();
  };
}

/** What `stringsConverter` gives for a `strings` attribute that is not a JSON object: no overrides, one problem. */
export const INVALID_STRINGS: StringOverrides = Object.freeze({}) as StringOverrides;

/**
 * Lit converter for every element's `strings` attribute: a JSON object of overrides. Bad JSON gives
 * `INVALID_STRINGS` (the element shows a configuration problem and keeps its standard words).
 */
export const stringsConverter = {
  fromAttribute(value: string | null): StringOverrides | null {
    if (value === null) return null;
    const parsed = parseStringOverrides(value);
    return parsed.problem ? INVALID_STRINGS : (parsed.value ?? null);
  },
  toAttribute(value: StringOverrides | null): string | null {
    return value ? JSON.stringify(value) : null;
  }
};

/** The configuration problem of a `strings` value, if any. */
export function stringsProblems(value: unknown): { attribute: string; code: string; detail: string }[] {
  return value === INVALID_STRINGS
    ? [
        {
          attribute: 'strings',
          code: 'bad-strings',
          detail: 'is not a JSON object of words; the standard words are used.'
        }
      ]
    : [];
}
