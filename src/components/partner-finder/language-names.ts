/**
 * Language names in the page's language. The importers write a language given as a code ("es", "yue") by its
 * English name, so that it merges with names written in English data ("Spanish"); on a page in another language
 * both are said through `Intl.DisplayNames` ("español", "cantonés"). Names `Intl` does not know stay as written.
 */

// ISO 639-1 codes, and the 639-3 codes a US or Canadian directory meets (Cantonese, Mandarin, Hmong, Filipino,
// American Sign Language, Cherokee, Navajo, Hawaiian, Haitian Creole spelled out, Ojibwe, Cree).
const CODES = (
  'af am ar as ay az be bg bn bo bs ca cs cy da de dv el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu ha he ' +
  'hi hr ht hu hy id ig is it iu ja jv ka kk km kn ko ku ky la lb lg ln lo lt lv mg mh mi mk ml mn mr ms mt my ne ' +
  'nl no ny om or pa pl ps pt qu rm rn ro ru rw sa sd si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl ' +
  'tn to tr ts tt ug uk ur uz vi wo xh yi yo zh zu yue cmn hmn fil ase chr nv haw oj cr'
).split(' ');

let byEnglishName: Map<string, string> | undefined;
const displayNames = new Map<string, Intl.DisplayNames>();

function codeOf(name: string): string | undefined {
  if (!byEnglishName) {
    byEnglishName = new Map();
    const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    for (const code of CODES) {
      const known = english.of(code);
      if (known && !byEnglishName.has(known.toLowerCase())) byEnglishName.set(known.toLowerCase(), code);
    }
  }
  return byEnglishName.get(name.trim().toLowerCase());
}

/** "Spanish" → "español" on a Spanish page; English pages and unknown names get the name as written. */
export function localLanguage(name: string, lang: string): string {
  if (lang === 'en' || lang.startsWith('en-')) return name;
  const code = codeOf(name);
  if (!code) return name;
  try {
    let names = displayNames.get(lang);
    if (!names) displayNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' })));
    return names.of(code) ?? name;
  } catch {
    return name;
  }
}
