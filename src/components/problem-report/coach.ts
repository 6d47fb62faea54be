/**
 * The coaching model: spots a vague report ("the copier is broken", "Sierra está caído", "computers are really
 * slow") and picks the one question that fits the words used. Pure: no DOM, no Lit, no words shown to people (the
 * element turns a `kind` into a question from its catalog).
 *
 * Two halves:
 * - **Vague patterns**, with any subject: "<thing> is down", "<thing> doesn't work / isn't working / won't work /
 *   is broken / stopped working", "<things> are (really) slow", "can't get on the internet", "it crashed",
 *   "can't log in", "I got an error", "problems with <thing>", and the same shapes in Spanish.
 * - **Specificity signals** that show the person already described what they saw, so no prompt is needed:
 *   a quoted message (any quote style, plain ASCII single quotes too), a message after "says"/"shows"/"dice",
 *   numbers and codes (error codes, times, durations, three-digit numbers), steps ("when I click…", "1. … 2. …",
 *   "al abrir…"), and a named device or place together with an observed behaviour ("prints blank pages",
 *   "the screen goes black"). Each kind of question is answered by some signals only: steps answer "what do you
 *   see?" but not "what did the message say?".
 *
 * Matching runs on a normalised copy (lower case, no accents, no apostrophes) with fixed, linear regular
 * expressions written here — nothing from fetched data becomes a regular expression.
 */

export type CoachingKind = 'slow' | 'down' | 'printer' | 'internet' | 'error' | 'crash' | 'login';

export type CoachingSignal = 'quote' | 'message' | 'code' | 'steps' | 'behaviour' | 'since';

export interface CoachingPrompt {
  kind: CoachingKind;
  /** The words as the person typed them, with their subject ("the self check is down"). */
  phrase: string;
  start: number;
  end: number;
}

export interface CoachingOptions {
  /** The "exact message on the screen" field is filled: the message is known. */
  errorMessageGiven?: boolean;
  /** At most this many prompts (distinct kinds). Default 2. */
  max?: number;
}

/** Longest text looked at; the fields it reads are shorter than this. */
const MAX_TEXT = 6000;

// ---------------------------------------------------------------- normalising

interface Normalised {
  text: string;
  /** For each character of `text`, its index in the original. */
  map: number[];
}

const APOSTROPHES = /['’`´]/;

/** Lower case, accents removed, apostrophes dropped ("isn't" → "isnt"), offsets kept. */
export function normalise(original: string): Normalised {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i];
    if (APOSTROPHES.test(ch)) continue;
    // "self-check", "wi-fi", "e-mail": a hyphen inside a word is a space; " - " stays a clause boundary.
    if (
      (ch === '-' || ch === '‐') &&
      /[\p{L}\p{N}]/u.test(original[i - 1] ?? '') &&
      /[\p{L}\p{N}]/u.test(original[i + 1] ?? '')
    ) {
      text += ' ';
      map.push(i);
      continue;
    }
    const plain = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const c of plain) {
      text += c;
      map.push(i);
    }
  }
  return { text, map };
}

// ---------------------------------------------------------------- quotations

const QUOTE_PAIRS = [
  /"[^"\n]+"/g,
  /“[^”\n]+”/g,
  /„[^“”\n]+[“”]/g,
  /«[^»\n]+»/g,
  /‹[^›\n]+›/g,
  /‘[^’\n]+’/g,
  /「[^」\n]+」/g
];
/** Plain ASCII single quotes: opened after a space or bracket, closed before a space or punctuation, so the
 * apostrophes in "can't" or "patron's" never open or close one. */
const ASCII_SINGLE = /(?<=^|[\s([{:;,—–-])'(?=[^\s'])[^'\n]*?(?:'[\p{L}][^'\n]*?)*(?<=\S)'(?=$|[\s.,;:!?)\]}—–-])/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** The quoted passages in `text` (any quote style), as [start, end) ranges. */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const pattern of [...QUOTE_PAIRS, ASCII_SINGLE]) {
    for (const m of text.matchAll(pattern)) {
      if (!HAS_WORD.test(m[0])) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (!ranges.some(([a, b]) => start < b && end > a)) ranges.push([start, end]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Replaces quoted passages with spaces, keeping every offset where it was. */
export function blankQuoted(text: string): string {
  let out = text;
  for (const [start, end] of quotedRanges(text)) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

// ---------------------------------------------------------------- word lists (normalised spelling)

const alt = (words: readonly string[]) => `(?:${words.join('|')})`;

/** Things staff name: devices, programs, services (singular; plural "s" is optional). */
const THINGS = [
  'system',
  'server',
  'network',
  'internet',
  'wifi',
  'wi fi',
  'website',
  'site',
  'web site',
  'intranet',
  'email',
  'e mail',
  'outlook',
  'phone',
  'catalog',
  'catalogue',
  'opac',
  'ils',
  'computer',
  'pc',
  'laptop',
  'printer',
  'copier',
  'scanner',
  'self ?check(?:out)?',
  'fax',
  'database',
  'booking system',
  'reservation system',
  'ipad',
  'chromebook',
  'monitor',
  'screen',
  'keyboard',
  'mouse',
  'everything',
  'connection',
  'sierra',
  'polaris',
  'leap',
  'koha',
  'evergreen',
  'symphony',
  'alma',
  'pharos',
  'papercut',
  'envisionware',
  'zoom',
  'teams'
];
const THING = `${alt(THINGS)}s?`;

const PRINTER_WORDS =
  /\b(?:printers?|printing|prints?|copiers?|photocopiers?|copy machines?|print release|print station|pharos|papercut|impresora?s?|imprime|imprimir|impresion|fotocopiadora?s?|copiadora?s?)\b/;
const INTERNET_WORDS = /\b(?:internet|wifi|wi fi|network|online|connection|conexion|la red|red wifi|ethernet)\b/;

const INTENS = alt([
  'really',
  'very',
  'so+',
  'super',
  'extremely',
  'incredibly',
  'painfully',
  'too',
  'kind of',
  'kinda',
  'a bit',
  'a little',
  'still',
  'again',
  'all',
  'just',
  'completely',
  'totally'
]);
const WORKING = '(?:working|workin|wroking|wokring|wrking|woking|workign)';
const NEG_AUX = alt([
  'doesnt',
  'does not',
  'dont',
  'do not',
  'didnt',
  'did not',
  'wont',
  'will not',
  'cant',
  'can not',
  'cannot',
  'wouldnt',
  'would not',
  'isnt going to'
]);

/** "down the hall", "down a floor": a direction, not an outage. */
const NOT_A_WAY = '(?!\\s+(?:the|a|an|stairs)\\b)';

interface Pattern {
  kind: CoachingKind;
  re: RegExp;
  /** The pattern names its object after it ("problems with the copier"): show a few words after it too. */
  object?: boolean;
}

const p = (kind: CoachingKind, source: string, object = false): Pattern => ({
  kind,
  re: new RegExp(source, 'g'),
  object
});

/** Vague patterns. `down` stands for "it does not work" in general; `printer` and `internet` are chosen later
 * from the words around the match. */
const PATTERNS: Pattern[] = [
  // down / not working / broken
  p(
    'down',
    `\\b(?:is|are|was|were|its|thats|be|been|went|goes|going|gone|seems|seem|looks)\\s+(?:${INTENS}\\s+)?down\\b${NOT_A_WAY}`
  ),
  p('down', `\\b${THING}\\s+(?:${INTENS}\\s+)?down\\b${NOT_A_WAY}`),
  p('down', `\\b(?:not|isnt|arent|wasnt|werent|aint|no longer|stopped|quit|quits)\\s+(?:${INTENS}\\s+)?${WORKING}\\b`),
  p('down', `\\b${NEG_AUX}\\s+(?:${INTENS}\\s+)?work\\b`),
  p('down', `\\b${NEG_AUX}\\s+(?:load|open|start|connect|launch|boot|run|come on|turn on|power on|switch on)\\b`),
  p(
    'down',
    '\\b(?:broken|broke|busted|dead|kaput|fried|messed up|screwed up|glitchy|glitching|buggy|wonky|on the fritz|acting (?:up|weird|strange|funny|odd|crazy))\\b'
  ),
  p('down', '\\bnothing\\s+(?:works|is working|working)\\b'),
  p('down', '\\b(?:it|just|has|have|suddenly)\\s+stopped(?=\\s*(?:$|[.!?,;]|again|today|now))'),
  p('down', '\\bsomething\\s+(?:is\\s+|s\\s+)?(?:wrong|off|up)\\s+with\\b', true),
  p('down', '\\b(?:problems?|issues?|trouble)\\s+(?:with|on)\\b', true),
  p('down', `\\b${THING}\\s+(?:problems?|issues?|trouble)\\b`),
  p(
    'down',
    '\\b(?:having|have|had|got|getting)\\s+(?:some\\s+|a few\\s+|more\\s+)?(?:problems?|issues?|trouble)\\b',
    true
  ),
  p(
    'down',
    '\\bno\\s+(?:funciona|funcionan|sirve|sirven|anda|andan|jala|jalan|va|prende|prenden|enciende|carga|abre)\\b',
    true
  ),
  p('down', '\\b(?:dejo|dejaron|deja)\\s+de\\s+(?:funcionar|servir|andar)\\b'),
  p(
    'down',
    '\\b(?:esta|estan|quedo|quedaron)\\s+(?:(?:muy|todo|toda|bien|otra vez|de nuevo)\\s+)?(?:rot[oa]s?|descompuest[oa]s?|danad[oa]s?|mal[oa]?s?|fallando|caid[oa]s?)\\b'
  ),
  p('down', '\\bse\\s+(?:cayo|cayeron|cae)\\b', true),
  p('down', '\\b(?:problemas?|fallas?)\\s+con\\b', true),
  p('down', '\\btengo\\s+(?:un\\s+)?problemas?\\b', true),
  p('down', '\\balgo\\s+(?:anda|esta|pasa)\\s+mal\\b'),
  // slow
  p(
    'slow',
    `\\b(?:is|are|was|were|its|seems?|running|runs|going|goes|been|getting|so+|really|very|super|extremely|too|incredibly|painfully)\\s+(?:${INTENS}\\s+)?slow(?:er)?\\b`
  ),
  p('slow', `\\bslow\\s+(?:${THING})\\b`),
  p('slow', '\\b(?:sluggish|laggy|lagging|takes forever|taking forever|slow as)\\b'),
  p(
    'slow',
    '\\b(?:esta|estan|va|van|anda|andan|muy|super|bien|tan|todo)\\s+(?:(?:muy|super|bien|tan|demasiado|re)\\s+)?(?:lent[oa]s?|lentisim[oa]s?)\\b'
  ),
  p('slow', '\\blentitud\\b'),
  // internet
  p(
    'internet',
    '\\b(?:cant|cannot|can not|couldnt|unable to|not able to|wont)\\s+(?:get|go|connect|access|reach)\\s+(?:(?:on|onto|to|into)\\s+)?(?:the\\s+)?(?:internet|online|web|wifi|wi fi|network)\\b'
  ),
  p('internet', '\\bno\\s+(?:internet|wifi|wi fi|connection|network)\\b'),
  p(
    'internet',
    '\\b(?:internet|wifi|wi fi|network|connection|power)\\s+(?:is\\s+|s\\s+|went\\s+|keeps\\s+going\\s+)?out\\b'
  ),
  p(
    'internet',
    '\\b(?:internet|wifi|wi fi|network|connection)\\s+(?:keeps|is|keep)\\s+(?:dropping|cutting out|going out|disconnecting|dropping out)\\b'
  ),
  p('internet', '\\b(?:no hay|no tengo|no tenemos|sin|no hay senal de)\\s+(?:internet|wifi|wi fi|conexion|red)\\b'),
  p(
    'internet',
    '\\bno\\s+(?:puedo|podemos|pueden|puede)\\s+(?:conectar(?:me|nos|se)?|entrar|navegar|acceder)\\s+(?:a\\s+|al\\s+|en\\s+)?(?:la\\s+)?(?:internet|wifi|red)\\b'
  ),
  // error without the message
  p(
    'error',
    '\\b(?:got|get|gets|getting|had|have|has|having|shows?|showing|gives?|giving|threw|throws|keep getting|keeps giving)\\s+(?:an?\\s+|some\\s+|this\\s+|the\\s+|that\\s+)?(?:weird\\s+|strange\\s+|odd\\s+|kind of\\s+|random\\s+)?errors?(?:\\s+messages?|\\s+codes?)?\\b'
  ),
  p('error', '\\berrors?\\s+(?:on|with|in|at)\\b', true),
  p('error', '\\b(?:an|some)\\s+(?:kind of\\s+)?errors?\\b'),
  p('error', '\\b(?:me\\s+)?(?:sale|salio|aparece|aparecio|da|dio|marca|tira)\\s+(?:un\\s+|el\\s+)?error\\b'),
  p('error', '\\btengo\\s+un\\s+error\\b'),
  // crash / freeze
  p(
    'crash',
    '\\b(?:crash(?:ed|es|ing)?|froze|frozen|freez(?:es|ing|e)|hangs|hung|locked up|locks up|keeps? (?:crashing|freezing))\\b'
  ),
  p('crash', '\\bse\\s+(?:trabo|traba|trabó|congela|congelo|colgo|cuelga|pego|pega|tildo|tilda)\\b'),
  // login
  p(
    'login',
    '\\b(?:cant|cannot|can not|couldnt|unable to|not able to|wont let me|doesnt let me)\\s+(?:log\\s*(?:in|on)|login|logon|sign\\s*(?:in|on)|signin|get in)\\b'
  ),
  p(
    'login',
    '\\bno\\s+(?:puedo|podemos|pueden|puede|me deja|nos deja|le deja)\\s+(?:entrar|ingresar|iniciar sesion|acceder)\\b',
    true
  )
];

// ---------------------------------------------------------------- specificity signals

const MESSAGE_VERB =
  /\b(?:says|said|saying|reads|shows|showed|showing|displays|displayed|pops up|popped up|comes up|came up|dice|decia|dijo|muestra|mostro|aparece|aparecio|sale|salio)\s*:?\s+((?:[\p{L}\p{N}]+\s+){1,3}[\p{L}\p{N}]+)/gu;
const GENERIC = new Set(
  'a an the this that some error errors message messages something nothing weird strange odd on in at up with for un una el la lo los las mensaje error errores algo nada raro en de que'.split(
    ' '
  )
);

const CODE_PATTERNS = [
  /\b0x[0-9a-f]{2,}\b/i,
  /\b[A-Za-z]{1,6}[-_]?\d{2,}\b/,
  /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/,
  /\b\d{3,}\b/,
  /\$\s?\d/,
  /\b\d+(?:\.\d+){2,}\b/,
  /\b\d{1,2}:\d{2}\b/,
  /\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/iu,
  /\b\d+(?:\s?-\s?\d+)?\s*(?:secs?|seconds?|s|mins?|minutes?|hours?|hrs?|h|days?|times|copies|pages|segundos?|minutos?|horas?|dias|veces|copias|paginas|hojas)\b/i,
  /\b(?:a|one|an|about a|half an?|un|una|medio)\s+(?:second|minute|hour|segundo|minuto|hora)\b/i,
  /\d\s?%/
];

const STEP_PATTERNS = [
  /\b(?:when|whenever|after|once|every time|each time|as soon as|if)\s+(?:i|we|you|they|he|she|patrons?|staff|people|someone|the patron|a patron)\s+[a-z]+/,
  /\b(?:when|while|after|before)\s+[a-z]+ing\b/,
  /\bthen\b/,
  /\bstep\s+\d/,
  /(?:^|\s)1[.)]\s+\S[\s\S]*\s2[.)]\s+\S/,
  /\b(?:cuando|cada vez que|siempre que|despues de|luego)\s+[a-z]+/,
  /\bal\s+[a-z]+(?:ar|er|ir)\b/
];

const DEVICE_OR_PLACE = new RegExp(
  `\\b(?:${THING}|screen|window|page|tray|light|kiosk|touchscreen|projector|headphones?|card reader|barcode|receipt|` +
    'desk|circ|circulation|reference|ref|lab|room|area|floor|upstairs|downstairs|workroom|branch|' +
    'pantalla|monitor|teclado|raton|impresora|computadora|compu|mostrador|sala|area|piso|maquina|ventana)\\b'
);

const BEHAVIOUR = new RegExp(
  '\\b(?:' +
    [
      'prints? (?:blank|only|the same|black|garbled|half|lines|streaks|faded|nothing|pages of)',
      'blank (?:pages?|screen|white|labels?)',
      '(?:black|blue|white|grey|gray) (?:screen|square|lines|box)',
      'goes (?:black|white|blank|dark|back to)',
      'turns? (?:off|black|white)',
      'shuts? (?:off|down)',
      'keeps? (?:restarting|rebooting|printing|asking|beeping|logging)',
      'restarts?',
      'reboots?',
      'beeps?',
      'beeping',
      'flickers?',
      'flickering',
      'flash(?:es|ing)',
      'blinks?',
      'blinking',
      '(?:red|orange|amber|green) light',
      'light (?:is|stays|blinks|flashes)',
      'jams?',
      'jammed',
      'paper jam',
      'grinding',
      'noise',
      'spins?',
      'spinning',
      'stuck (?:on|at)',
      'never (?:loads|comes|arrives|appears|gets)',
      'closes',
      'logs? (?:me|them|patrons|us|people) out',
      'cut off',
      'garbled',
      'no (?:sound|dial tone|signal|picture|paper|results)',
      'cursor',
      'types',
      'twice',
      'double',
      'nothing comes out',
      'comes? out',
      'disappears?',
      'disappeared',
      'only (?:up|down|text|the first|in the)',
      'instead of',
      'doesnt show up',
      'does not show up',
      'registers',
      'asks for',
      'bounces? back',
      'hojas en blanco',
      'en blanco',
      'pantalla (?:negra|azul|blanca|en blanco)',
      'se pone (?:negra|azul|blanca)',
      'se apaga',
      'se reinicia',
      'se cierra',
      'parpadea',
      'pita',
      'se atasca',
      'atasco',
      'no sale nada',
      'escribe',
      'imprime (?:hojas|rayas|solo|en blanco)',
      'luz (?:roja|naranja)'
    ].join('|') +
    ')\\b'
);

const SINCE = /\b(?:since|desde)\s+(?!(?:when|cuando)\b)[a-z0-9]+/;

/** Which signals of a specific report the text has (quoted passages count before being blanked). */
export function specificitySignals(text: string): Set<CoachingSignal> {
  const signals = new Set<CoachingSignal>();
  const input = text.slice(0, MAX_TEXT);
  if (quotedRanges(input).length) signals.add('quote');
  const blanked = blankQuoted(input);
  const { text: norm } = normalise(blanked);
  for (const m of norm.matchAll(MESSAGE_VERB)) {
    const words = m[1].split(/\s+/).filter(w => !GENERIC.has(w));
    if (words.length >= 2) signals.add('message');
  }
  if (CODE_PATTERNS.some(re => re.test(blanked))) signals.add('code');
  if (STEP_PATTERNS.some(re => re.test(norm))) signals.add('steps');
  if (BEHAVIOUR.test(norm) && DEVICE_OR_PLACE.test(norm)) signals.add('behaviour');
  if (SINCE.test(norm)) signals.add('since');
  return signals;
}

/** The signals that answer each kind's question. quote, message and code answer every kind. */
const ANSWERED_BY: Record<CoachingKind, readonly CoachingSignal[]> = {
  slow: ['quote', 'message', 'code', 'steps', 'since'],
  down: ['quote', 'message', 'code', 'steps', 'behaviour'],
  printer: ['quote', 'message', 'code', 'steps', 'behaviour'],
  internet: ['quote', 'message', 'code', 'steps', 'behaviour'],
  crash: ['quote', 'message', 'code', 'steps', 'behaviour'],
  login: ['quote', 'message', 'code', 'behaviour'],
  error: ['quote', 'message', 'code']
};

// ---------------------------------------------------------------- the phrase as typed

const CLAUSE_STOP = new Set(
  'and but so because then when if also hi hello hey thanks ok okay please y pero porque que cuando hola say says said think thinks guess reports reported dice dicen creo'.split(
    ' '
  )
);
const BOUNDARY = /[.,;:!?()\n\r—–]|\s-\s/;
const WORD = /[\p{L}\p{N}]+/gu;

function phraseBounds(norm: string, start: number, end: number, object: boolean): [number, number] {
  // Back over the subject: at most 5 words, stopping at punctuation or a word that starts a new clause.
  const before = norm.slice(0, start);
  const words = [...before.matchAll(WORD)];
  let from = start;
  for (let i = words.length - 1, taken = 0; i >= 0 && taken < 5; i--, taken++) {
    const w = words[i];
    const gap = norm.slice(w.index + w[0].length, from);
    if (BOUNDARY.test(gap) || CLAUSE_STOP.has(w[0])) break;
    from = w.index;
  }
  let to = end;
  if (object) {
    const after = norm.slice(end);
    let taken = 0;
    for (const w of after.matchAll(WORD)) {
      const gap = norm.slice(to, end + w.index);
      if (taken >= 5 || BOUNDARY.test(gap) || CLAUSE_STOP.has(w[0])) break;
      to = end + w.index + w[0].length;
      taken++;
    }
  }
  return [from, to];
}

function kindFor(kind: CoachingKind, words: string): CoachingKind {
  if (kind !== 'down') return kind;
  if (PRINTER_WORDS.test(words)) return 'printer';
  if (INTERNET_WORDS.test(words)) return 'internet';
  return kind;
}

/** Every vague pattern in `text`, before the specificity signals are applied, in text order. */
export function findVague(text: string): CoachingPrompt[] {
  const original = text.slice(0, MAX_TEXT);
  const { text: norm, map } = normalise(blankQuoted(original));
  const hits: CoachingPrompt[] = [];
  const nothingPrinting =
    /\b(?:nothing|wont|doesnt|isnt|not|cant|cannot)\s+(?:is\s+)?print(?:ing)?\b|\bno\s+imprime\b/g;
  for (const pattern of [...PATTERNS, p('printer', nothingPrinting.source)]) {
    for (const m of norm.matchAll(pattern.re)) {
      const [from, to] = phraseBounds(norm, m.index, m.index + m[0].length, !!pattern.object);
      const start = map[from];
      const end = map[to - 1] + 1;
      const kind = kindFor(pattern.kind, norm.slice(from, to));
      hits.push({ kind, phrase: original.slice(start, end).replace(/\s+/g, ' ').trim(), start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The coaching prompts for what someone typed: at most `max` (default 2), one per kind, in text order; an empty
 * list when the report is specific enough or has nothing vague.
 */
export function coach(text: string, options: CoachingOptions = {}): CoachingPrompt[] {
  const hits = findVague(text);
  if (hits.length === 0) return [];
  const signals = specificitySignals(text);
  if (options.errorMessageGiven) signals.add('message');
  const prompts: CoachingPrompt[] = [];
  for (const hit of hits) {
    if (ANSWERED_BY[hit.kind].some(signal => signals.has(signal))) continue;
    // One prompt per stretch of text: a wider match of another kind already covers it.
    if (prompts.some(other => other.kind === hit.kind || (hit.start < other.end && hit.end > other.start))) continue;
    prompts.push(hit);
  }
  return prompts.slice(0, options.max ?? 2);
}
