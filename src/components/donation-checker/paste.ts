/**
 * Reads the text a donor or staff member copies from a computer's own information screens and fills in what it
 * can. Every value is shown for confirmation before use; nothing here guesses what the text does not say.
 * Pure: no DOM.
 *
 * Formats: Windows `systeminfo` and the System Information (msinfo32) summary; macOS "About This Mac" (old and
 * new layouts) and `system_profiler SPHardwareDataType SPSoftwareDataType SPStorageDataType`; ChromeOS "About
 * ChromeOS"; Linux `hostnamectl` and `lshw -short`.
 */
import type { DeviceType, Offer, StorageType, WindowsEdition } from './model.js';

export type PasteFormat =
  'systeminfo' | 'msinfo32' | 'about-this-mac' | 'system-profiler' | 'chromeos' | 'hostnamectl' | 'lshw';

export interface PasteReading {
  formats: PasteFormat[];
  /** Only the facts the text gave. */
  offer: Offer;
}

export const MAX_PASTE_CHARS = 100_000;

/** "Key: value" (or "Key<TAB>value") lines, keys lower-cased; the first value of a key wins. */
function keyValues(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([^:\t]{2,60}?)\s*(?::|\t+)\s*(.+?)\s*$/.exec(line);
    if (!match) continue;
    const key = match[1].trim().toLowerCase();
    if (!map.has(key)) map.set(key, match[2]);
  }
  return map;
}

/** "16,219 MB", "8.00 GB", "16 GB 2133 MHz LPDDR3", "16GiB" → gigabytes, rounded to a whole number. */
export function gigabytes(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const match = /(\d[\d.,\s]*?)\s*([KMGT])i?B\b/i.exec(text);
  if (!match) return undefined;
  let digits = match[1].replace(/\s/g, '');
  // "16,219" and "16.219" are thousands in MB figures; "7,85" and "7.85" are decimals in GB figures.
  if (/^\d{1,3}([.,]\d{3})+$/.test(digits) && match[2].toUpperCase() !== 'G') digits = digits.replace(/[.,]/g, '');
  else digits = digits.replace(',', '.');
  const value = Number(digits);
  if (!Number.isFinite(value)) return undefined;
  const unit = match[2].toUpperCase();
  const gb = unit === 'K' ? value / 1024 ** 2 : unit === 'M' ? value / 1024 : unit === 'T' ? value * 1000 : value;
  return Math.max(0, Math.round(gb));
}

function windowsName(name: string, offer: Offer): void {
  const match = /Windows\s+(11|10|8\.1|8|7|Vista|XP)\b\s*(Home|Pro|Education|Enterprise)?/i.exec(name);
  if (!match) return;
  offer.osFamily = 'windows';
  offer.osVersion = match[1];
  if (match[2]) offer.windowsEdition = match[2].toLowerCase() as WindowsEdition;
}

function windowsBuild(text: string | undefined, offer: Offer): void {
  const build = /(?:Build\s+|10\.0\.)(\d{5})/i.exec(text ?? '');
  if (build) offer.windowsBuild = Number(build[1]);
}

function readSysteminfo(text: string, offer: Offer): boolean {
  const kv = keyValues(text);
  if (!/^OS Name:\s/m.test(text) || !kv.has('total physical memory') || !kv.has('system model')) return false;
  windowsName(kv.get('os name')!, offer);
  windowsBuild(kv.get('os version'), offer);
  offer.makeModel = [kv.get('system manufacturer'), kv.get('system model')].filter(Boolean).join(' ');
  offer.ramGb = gigabytes(kv.get('total physical memory'));
  return true;
}

function readMsinfo(text: string, offer: Offer): boolean {
  const kv = keyValues(text);
  if (!kv.has('os name') || !kv.has('processor') || !kv.has('installed physical memory (ram)')) return false;
  windowsName(kv.get('os name')!, offer);
  windowsBuild(kv.get('version'), offer);
  offer.makeModel = [kv.get('system manufacturer'), kv.get('system model')].filter(Boolean).join(' ');
  const processor = kv.get('processor')!;
  offer.cpuName = processor.split(',')[0].trim();
  const cores = /(\d+)\s*Core\(s\)/i.exec(processor);
  if (cores) offer.cpuCores = Number(cores[1]);
  offer.ramGb = gigabytes(kv.get('installed physical memory (ram)'));
  return true;
}

function macDeviceType(model: string): DeviceType | undefined {
  if (/MacBook/i.test(model)) return 'laptop';
  if (/iMac/i.test(model)) return 'all-in-one';
  if (/Mac\s*(mini|Pro|Studio)/i.test(model)) return 'desktop';
  return undefined;
}

function macVersion(text: string, offer: Offer): void {
  const match = /(?:macOS|Mac OS X|OS X)\s+(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+)?(\d{2}(?:\.\d+){0,2})/.exec(text);
  const bare = /^\s*Version\s+(\d{2}(?:\.\d+){0,2})\s*$/m.exec(text);
  const version = match?.[1] ?? bare?.[1];
  if (!version) return;
  offer.osFamily = 'macos';
  offer.osVersion = version;
}

function readSystemProfiler(text: string, offer: Offer): boolean {
  if (!/Hardware Overview:|System Software Overview:/i.test(text)) return false;
  const kv = keyValues(text);
  const model = kv.get('model name');
  if (model) {
    offer.makeModel = `Apple ${model}`;
    offer.deviceType = macDeviceType(model);
  }
  const chip = kv.get('chip');
  const processor = kv.get('processor name');
  if (chip) offer.cpuName = chip;
  else if (processor) offer.cpuName = processor;
  const cores = /^(\d+)/.exec(kv.get('total number of cores') ?? '');
  if (cores) offer.cpuCores = Number(cores[1]);
  offer.ramGb = gigabytes(kv.get('memory'));
  const system = kv.get('system version');
  if (system) macVersion(system, offer);
  const capacity = gigabytes(kv.get('capacity'));
  if (capacity) offer.storageGb = capacity;
  const medium = kv.get('medium type');
  if (medium)
    offer.storageType = /ssd|solid/i.test(medium) ? 'ssd' : /rotational|hdd/i.test(medium) ? 'hdd' : undefined;
  for (const key of Object.keys(offer) as (keyof Offer)[]) if (offer[key] === undefined) delete offer[key];
  return true;
}

function readAboutThisMac(text: string, offer: Offer): boolean {
  const lines = text.split(/\r?\n/).map(l => l.trim());
  const modelIndex = lines.findIndex(l => /^(MacBook|iMac|Mac mini|Mac Pro|Mac Studio)\b/i.test(l));
  if (modelIndex < 0 || /Hardware Overview/i.test(text)) return false;
  const model = lines[modelIndex];
  offer.makeModel = `Apple ${model}`;
  const type = macDeviceType(model);
  if (type) offer.deviceType = type;
  // "MacBook Pro (13-inch, 2017, …)" on older systems; "M1, 2020" on the next line on newer ones.
  const year = /\b(20[0-3]\d|199\d)\b/.exec(`${model} ${lines[modelIndex + 1] ?? ''}`);
  if (year) offer.year = Number(year[1]);
  const kv = keyValues(text.replace(/^\s*(Chip|Processor|Memory|macOS|Startup Disk|Graphics)\s+/gim, '$1\t'));
  const chip = kv.get('chip');
  const processor = kv.get('processor');
  if (chip) offer.cpuName = chip;
  else if (processor) {
    offer.cpuName = processor.replace(/^[\d.]+\s*GHz\s*/i, '');
    const cores = /(Dual|Quad|6|8|10|12)-Core/i.exec(processor);
    const count: Record<string, number> = { dual: 2, quad: 4 };
    if (cores) offer.cpuCores = count[cores[1].toLowerCase()] ?? Number(cores[1]);
  }
  const memory = gigabytes(kv.get('memory'));
  if (memory) offer.ramGb = memory;
  macVersion(text.replace(/^\s*macOS\t/m, 'macOS '), offer);
  return true;
}

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12
};

function readChromeOs(text: string, offer: Offer): boolean {
  if (!/Chrome\s?OS|Chromebook/i.test(text)) return false;
  offer.osFamily = 'chromeos';
  offer.deviceType = 'chromebook';
  const version = /Version\s+(\d+)\.\d+/i.exec(text);
  if (version) offer.osVersion = version[1];
  // "…updates until June 2029" / "…actualizaciones hasta junio de 2029": the first day of that month, to be safe.
  const until = /(?:until|hasta)\s+([A-Za-zé]+)\s+(?:de\s+)?(\d{4})/i.exec(text);
  const month = until ? MONTHS[until[1].toLowerCase()] : undefined;
  if (until && month) offer.supportEnds = `${until[2]}-${String(month).padStart(2, '0')}-01`;
  return true;
}

const LINUX_NAMES: [RegExp, Offer['osProduct']][] = [
  [/Ubuntu\s+(\d{2}\.\d{2}(?:\.\d+)?)/i, 'ubuntu'],
  [/Linux Mint\s+(\d{2}(?:\.\d)?)/i, 'linuxmint'],
  [/Debian GNU\/Linux\s+(\d{1,2})/i, 'debian']
];

function readHostnamectl(text: string, offer: Offer): boolean {
  const kv = keyValues(text);
  const system = kv.get('operating system');
  if (!system || !kv.has('kernel')) return false;
  offer.osFamily = 'linux';
  for (const [pattern, product] of LINUX_NAMES) {
    const match = pattern.exec(system);
    if (match) {
      offer.osProduct = product;
      offer.osVersion = match[1];
    }
  }
  const chassis = (kv.get('chassis') ?? '').toLowerCase();
  if (/laptop|notebook|convertible/.test(chassis)) offer.deviceType = 'laptop';
  else if (/desktop|tower/.test(chassis)) offer.deviceType = 'desktop';
  else if (/all-in-one/.test(chassis)) offer.deviceType = 'all-in-one';
  const model = [kv.get('hardware vendor'), kv.get('hardware model')].filter(Boolean).join(' ');
  if (model) offer.makeModel = model;
  return true;
}

function readLshw(text: string, offer: Offer): boolean {
  if (!/H\/W path\s+Device\s+Class\s+Description/i.test(text)) return false;
  let storage = 0;
  let type: StorageType | undefined;
  for (const line of text.split(/\r?\n/)) {
    const match = /\s(system|memory|processor|disk)\s{2,}(.+?)\s*$/.exec(line);
    if (!match) continue;
    const [, kind, description] = match;
    if (kind === 'system' && !offer.makeModel) offer.makeModel = description.replace(/\s*\(.*\)$/, '');
    if (kind === 'memory' && /System Memory/i.test(description)) offer.ramGb = gigabytes(description);
    if (kind === 'processor' && !offer.cpuName) offer.cpuName = description;
    if (kind === 'disk') {
      const size = gigabytes(description);
      if (size && size > storage) {
        storage = size;
        type = /\/dev\/nvme/.test(line) || /SSD|NVMe|MZ[VN]/i.test(description) ? 'ssd' : undefined;
      }
    }
  }
  if (storage) offer.storageGb = storage;
  if (type) offer.storageType = type;
  return true;
}

const READERS: [PasteFormat, (text: string, offer: Offer) => boolean][] = [
  ['msinfo32', readMsinfo],
  ['systeminfo', readSysteminfo],
  ['system-profiler', readSystemProfiler],
  ['about-this-mac', readAboutThisMac],
  ['hostnamectl', readHostnamectl],
  ['lshw', readLshw],
  ['chromeos', readChromeOs]
];

/** Reads pasted text; several formats pasted together are all read, the first one to give a fact wins. */
export function readPaste(text: string): PasteReading {
  const input = text.slice(0, MAX_PASTE_CHARS);
  const formats: PasteFormat[] = [];
  const offer: Offer = {};
  for (const [format, read] of READERS) {
    if (format === 'chromeos' && formats.length) continue;
    const found: Offer = {};
    if (!read(input, found)) continue;
    formats.push(format);
    for (const [key, value] of Object.entries(found) as [keyof Offer, unknown][]) {
      if (value !== undefined && value !== '' && offer[key] === undefined)
        (offer as Record<string, unknown>)[key] = value;
    }
  }
  return { formats, offer };
}
