/**
 * When does the operating system of an offered machine stop getting security updates? From the endoflife.date
 * snapshot (src/content/os-eol.json), or from a date staff entered (ChromeOS auto-update expiry, Apple's
 * per-model limit), which always wins. Pure: no DOM.
 */
import { isIsoDate } from './dates.js';
import type { Offer } from './model.js';

export interface OsRelease {
  cycle: string;
  label?: string;
  codename?: string;
  released?: string;
  /** The end of security updates: a date, `true` (ended, no date given) or `false` (no end announced). */
  eol: string | boolean;
  /** The end of paid extended updates, where there are any. */
  eoes?: string | boolean;
  lts?: boolean;
  latest?: string;
}

export interface OsEolData {
  source: {
    name: string;
    url: string;
    repository?: string;
    commit?: string;
    licence: string;
    copyright: string;
    snapshotDate: string;
  };
  note?: string;
  products: Record<string, { title: string; releases: OsRelease[] }>;
}

export type SupportLookup =
  /** An end date is known (from the data or entered). */
  | { kind: 'ends'; end: string; label: string; from: 'data' | 'entered' }
  /** Still supported and no end date announced. */
  | { kind: 'no-end'; label: string }
  /** Support has ended; the data gives no date. */
  | { kind: 'ended'; label: string }
  /** Not enough facts: which version? which date? */
  | { kind: 'unknown'; why: 'no-os' | 'no-version' | 'needs-date' | 'not-in-data' | 'other-os'; label?: string };

/** "10.15.7" → "10.15", "14.6.1" → "14"; Ubuntu "24.04.1" → "24.04"; Debian "12.5" → "12". */
export function releaseCycleOf(family: string, product: string | undefined, version: string): string {
  const v = version.trim().toLowerCase();
  if (family === 'macos') return v.startsWith('10.') ? v.split('.').slice(0, 2).join('.') : v.split('.')[0];
  if (product === 'ubuntu') return v.split('.').slice(0, 2).join('.');
  if (product === 'debian') return v.split('.')[0];
  return v;
}

/** Windows 11 from build 22000 on; 10 from 10240. */
export function windowsVersionOfBuild(build: number): string | undefined {
  if (build >= 22000) return '11';
  if (build >= 10240) return '10';
  return undefined;
}

const end = (release: OsRelease, extended: boolean): string | boolean => {
  if (extended && typeof release.eoes === 'string') return release.eoes;
  return release.eol;
};

/** Which date is later, treating "no end" as latest and "ended" as earliest. */
function later(a: string | boolean, b: string | boolean): boolean {
  if (a === false) return b !== false;
  if (b === false) return false;
  if (a === true) return false;
  if (b === true) return true;
  return a > b;
}

function fromRelease(release: OsRelease, extended: boolean, label: string): SupportLookup {
  const value = end(release, extended);
  if (value === false) return { kind: 'no-end', label };
  if (value === true) return { kind: 'ended', label };
  return { kind: 'ends', end: value, label, from: 'data' };
}

/**
 * Windows: a machine on Windows 10 or 11 can take the newest free feature update of its line, so the line's
 * latest end date counts (the library installs updates before a machine goes out); the current line has none. Home and Pro follow the
 * shorter consumer calendar; Education and Enterprise the longer one. With no edition known, the shorter one.
 */
function windowsSupport(offer: Offer, data: OsEolData, extended: boolean): SupportLookup {
  const version =
    offer.osVersion?.trim() || (offer.windowsBuild ? windowsVersionOfBuild(offer.windowsBuild) : undefined);
  if (!version) return { kind: 'unknown', why: 'no-version' };
  const releases = data.products.windows?.releases ?? [];
  const suffix = offer.windowsEdition === 'education' || offer.windowsEdition === 'enterprise' ? 'e' : 'w';
  const label = `Windows ${version}`;
  if (version === '10' || version === '11') {
    const line = releases.filter(r => {
      const parts = r.cycle.split('-');
      if (parts[0] !== version || r.lts || parts.includes('iot')) return false;
      return parts.length === 2 || parts[2] === suffix;
    });
    if (!line.length) return { kind: 'unknown', why: 'not-in-data', label };
    // The current line (no newer major version in the data) keeps getting yearly feature updates, each with its
    // own end date: Microsoft has announced no end for the line itself.
    const newest = Math.max(...releases.map(r => Number(r.cycle.split('-')[0])).filter(Number.isFinite));
    if (Number(version) >= newest) return { kind: 'no-end', label };
    const best = line.reduce((a, b) => (later(end(b, extended), end(a, extended)) ? b : a));
    return fromRelease(best, extended, label);
  }
  const older = releases.find(r => r.cycle === version || r.cycle.startsWith(`${version}-`));
  return older ? fromRelease(older, extended, label) : { kind: 'unknown', why: 'not-in-data', label };
}

export function supportFor(offer: Offer, data: OsEolData, extended = false): SupportLookup {
  const family = offer.osFamily;
  if (!family) return { kind: 'unknown', why: 'no-os' };
  if (family === 'none') return { kind: 'unknown', why: 'no-os' };
  const entered = isIsoDate(offer.supportEnds) ? offer.supportEnds : undefined;
  if (family === 'chromeos') {
    return entered
      ? { kind: 'ends', end: entered, label: 'ChromeOS', from: 'entered' }
      : { kind: 'unknown', why: 'needs-date', label: 'ChromeOS' };
  }
  if (family === 'other') return { kind: 'unknown', why: 'other-os' };
  if (family === 'windows') {
    const found = windowsSupport(offer, data, extended);
    return entered
      ? { kind: 'ends', end: entered, label: 'label' in found ? (found.label ?? '') : '', from: 'entered' }
      : found;
  }
  if (family === 'macos') {
    const version = offer.macosMax?.trim() || offer.osVersion?.trim();
    const label = version ? `macOS ${version}` : 'macOS';
    if (entered) return { kind: 'ends', end: entered, label, from: 'entered' };
    if (!version) return { kind: 'unknown', why: 'no-version', label };
    const cycle = releaseCycleOf('macos', undefined, version);
    const release = data.products.macos?.releases.find(r => r.cycle === cycle);
    return release ? fromRelease(release, extended, label) : { kind: 'unknown', why: 'not-in-data', label };
  }
  // linux
  const product = offer.osProduct;
  const names: Record<string, string> = { ubuntu: 'Ubuntu', linuxmint: 'Linux Mint', debian: 'Debian' };
  const label = product ? `${names[product]} ${offer.osVersion ?? ''}`.trim() : 'Linux';
  if (entered) return { kind: 'ends', end: entered, label, from: 'entered' };
  if (!product || !offer.osVersion?.trim()) return { kind: 'unknown', why: 'no-version', label };
  const cycle = releaseCycleOf('linux', product, offer.osVersion);
  const release = data.products[product]?.releases.find(r => r.cycle === cycle);
  return release ? fromRelease(release, extended, label) : { kind: 'unknown', why: 'not-in-data', label };
}
