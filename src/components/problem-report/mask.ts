/**
 * Privacy masking for everything typed into a problem report, before it is shown as "what will be sent" and
 * before it leaves the page: patron barcodes, email addresses and phone numbers, in free text and inside web
 * addresses (query values included, also when percent-encoded). Pure: no DOM, no Lit.
 *
 * Masking errs on the side of hiding: a long number that might be a phone number is hidden. Error codes in hex
 * (0x80070005), dates, times, IP addresses and short numbers (asset tags, desk numbers) are kept.
 */

export interface MaskLabels {
  card: string;
  email: string;
  phone: string;
}

export interface Masker {
  /** Masks one piece of text; web addresses inside it are masked part by part. */
  mask(text: string): string;
  /** Masks a value that is one web address on its own (the page address, the "which web page" field). */
  maskAddress(value: string): string;
  /** How many things this masker has hidden so far. */
  readonly count: number;
}

/** 14-digit library barcodes (the common Codabar length), alone or with spaces or dashes every few digits. */
export const DEFAULT_BARCODE_PATTERN = '(?<![\\w-])\\d(?:[ -]?\\d){13}(?![\\w-])';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Phone candidates: optional + or 00, then digits with spaces, dots, dashes or brackets between them. */
const PHONE = /(?<![\w.+/:-])(?:\+|00)?\(?\d[\d ().-]{5,}\d(?![\w/:]|\.\d)/g;
const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;

const DATE = /^\(?(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\)?$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Checks a `barcode-pattern` attribute: returns a problem in plain words, or undefined when it is usable. */
export function checkBarcodePattern(source: string): string | undefined {
  let re: RegExp;
  try {
    re = new RegExp(source, 'u');
  } catch (error) {
    return `it is not a valid regular expression (${(error as Error).message}).`;
  }
  if (re.test('')) return 'it matches empty text, so it would hide nothing useful and could hide everything.';
  return undefined;
}

function looksLikePhone(candidate: string): boolean {
  const trimmed = candidate.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  if (DATE.test(trimmed) || IPV4.test(trimmed)) return false;
  // Plain numbers without separators or a + are error codes and record numbers more often than phone numbers.
  const separated = /[ ().-]/.test(trimmed) || trimmed.startsWith('+');
  if (!separated) return digits.length >= 10;
  // Version numbers like 10.0.19045.3693 are dots between short groups of unequal size; phones rarely use 4 groups with dots.
  if (/^\d+(\.\d+){3,}$/.test(trimmed)) return false;
  return true;
}

/**
 * Makes a masker. `barcodePattern` is a regular-expression source (checked with `checkBarcodePattern` first;
 * an unusable one falls back to the default).
 */
export function createMasker(labels: MaskLabels, barcodePattern: string = DEFAULT_BARCODE_PATTERN): Masker {
  const source = checkBarcodePattern(barcodePattern) ? DEFAULT_BARCODE_PATTERN : barcodePattern;
  const barcode = new RegExp(source, 'gu');
  let count = 0;

  const maskPlain = (text: string): string =>
    text
      .replace(barcode, () => (count++, labels.card))
      .replace(EMAIL, () => (count++, labels.email))
      .replace(PHONE, m => {
        if (!looksLikePhone(m)) return m;
        count++;
        return labels.phone;
      });

  const maskValue = (value: string): string => {
    let decoded = value;
    try {
      decoded = decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      // Leave broken encodings as they are; still mask the raw text.
    }
    const masked = maskPlain(decoded);
    return masked === decoded ? value : encodeURIComponent(masked);
  };

  const maskUrl = (url: string): string => {
    // Query and fragment values are decoded before checking, so jane%40example.org is caught too.
    const hashAt = url.indexOf('#');
    const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
    const hash = hashAt === -1 ? '' : url.slice(hashAt + 1);
    const queryAt = beforeHash.indexOf('?');
    const base = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
    const query = queryAt === -1 ? undefined : beforeHash.slice(queryAt + 1);
    const maskParams = (q: string) =>
      q
        .split('&')
        .map(pair => {
          const eq = pair.indexOf('=');
          if (eq === -1) return maskValue(pair);
          return `${maskValue(pair.slice(0, eq))}=${maskValue(pair.slice(eq + 1))}`;
        })
        .join('&');
    const maskedBase = base
      .split('/')
      .map(part => maskValue(part))
      .join('/');
    return (
      maskedBase + (query === undefined ? '' : `?${maskParams(query)}`) + (hashAt === -1 ? '' : `#${maskParams(hash)}`)
    );
  };

  return {
    mask(text: string): string {
      if (!text) return text;
      // Web addresses first, piece by piece, so their parts are judged decoded; then the rest of the text.
      const pieces: string[] = [];
      let last = 0;
      for (const m of text.matchAll(URL_IN_TEXT)) {
        pieces.push(maskPlain(text.slice(last, m.index)), maskUrl(m[0]));
        last = m.index + m[0].length;
      }
      pieces.push(maskPlain(text.slice(last)));
      return pieces.join('');
    },
    maskAddress(value: string): string {
      const trimmed = value.trim();
      return /^[a-z][a-z0-9+.-]*:\S+$/i.test(trimmed) ? maskUrl(trimmed) : this.mask(value);
    },
    get count() {
      return count;
    }
  };
}
