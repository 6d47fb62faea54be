import type { Catalog } from '../../../core/i18n.js';

/**
 * The words of `<tb-glossary>`, `<tb-jargon>` and `<tb-glossary-index>` (English is the source of the keys).
 * The built-in glossary's terms and definitions are content, not interface: they stay in English
 * (src/content/glossary.md).
 */
const en = {
  // <tb-glossary>: the notice about files or lines that could not be read
  problemsTitle: {
    one: 'One part of the glossary could not be used',
    other: '{count} parts of the glossary could not be used'
  },
  problemsIntro: 'Definitions that could be read still work. Please pass this on to whoever looks after the glossary:',
  // One problem: the readers give a code and its values; problem-words.ts picks these words (file and term names
  // are the glossary's own, shown as written).
  'problem-at': '{file}, line {line}: {text}',
  'problem-in': '{file}: {text}',
  'problem-term': '"{term}"',
  'problem-meaning': 'the meaning "{meaning}" of "{term}"',
  'problem-fetch-address': 'We could not load the glossary: "{address}" is not a valid web address.',
  'problem-fetch-unreachable':
    'We could not load the glossary from {address}: the server could not be reached. The computer may be offline, the address may be wrong, or that server may not let this website read it.',
  'problem-fetch-broke-off': 'We could not load the glossary from {address}: the connection broke off.',
  'problem-fetch-not-found':
    'We could not load the glossary from {address}: the server said it was not found ({status}).',
  'problem-fetch-refused': 'We could not load the glossary from {address}: the server refused access to it ({status}).',
  'problem-fetch-busy': 'We could not load the glossary from {address}: the server is too busy right now ({status}).',
  'problem-fetch-server': 'We could not load the glossary from {address}: the server had a problem ({status}).',
  'problem-fetch-http': 'We could not load the glossary from {address}: the server answered with an error ({status}).',
  'problem-fetch-timeout':
    'We could not load the glossary from {address}: the server did not answer in time. Please try again later.',
  'problem-file-unreadable': 'This file could not be read. Check that it is the glossary file.',
  'problem-default-missing': 'The built-in glossary could not be loaded.',
  'problem-too-deep': 'This file is nested too deeply to be a glossary. Check that it is the glossary file.',
  'problem-too-deep-object':
    'This object is nested too deeply, or contains itself, so it cannot be a glossary. Check what is given as the glossary.',
  'problem-json-syntax': 'This is not valid JSON: {what} near "{near}". Nothing from this file could be used.',
  'problem-json-syntax-end':
    'This is not valid JSON: {what} at the end of the file. Nothing from this file could be used.',
  'problem-json-quote-open': 'A piece of text in quotes is not closed',
  'problem-json-bad-escape': 'A backslash starts an escape that JSON does not know',
  'problem-json-control-character': 'A control character is inside quotes',
  'problem-json-comma-before-brace': 'There is a comma before "}" that should not be there',
  'problem-json-name-expected': 'A field name in double quotes was expected',
  'problem-json-colon-expected': 'A colon was expected after "{key}"',
  'problem-json-comma-or-brace': 'A comma or "}" was expected',
  'problem-json-comma-before-bracket': 'There is a comma before "]" that should not be there',
  'problem-json-comma-or-bracket': 'A comma or "]" was expected',
  'problem-json-ends-early': 'The file ends too early',
  'problem-json-not-json': 'Something that is not JSON was found',
  'problem-json-text-after': 'There is more text after the end of the JSON',
  'problem-json-no-terms':
    'The file needs a "terms" list: { "name": "…", "terms": [ { "term": "…", "definition": "…" } ] }.',
  'problem-json-term-not-object': 'Term {number} is not an object like { "term": "…", "definition": "…" }.',
  'problem-json-term-no-name': 'Term {number} has no "term".',
  'problem-json-not-list': '"{key}" under "{term}" must be a list of words in quotes.',
  'problem-json-not-text': '"{key}" under "{term}" must be text in quotes.',
  'problem-json-senses-not-list': '"senses" under "{term}" must be a list of meanings.',
  'problem-json-meaning-not-object': 'Meaning {number} of "{term}" is not an object.',
  'problem-json-meaning-no-definition': 'Meaning {number} of "{term}" has no "definition".',
  'problem-json-no-definition': '"{term}" has no "definition".',
  'problem-json-annotate': '"annotate" under "{term}" must be true or false.',
  'problem-json-same-id':
    '"{term}" gets the same link name "{id}" as "{other}" on line {earlier}. Add "id": "…" to tell them apart.',
  'problem-web-page':
    'This is a web page, not a glossary file, so no terms were found in it. Check the address: it may lead to a sign-in page or an error page.',
  'problem-no-terms':
    'No terms found. Each term needs a heading that starts with "## ", for example "## Wi-Fi". If this is a web page rather than the glossary file, check the address.',
  'problem-one-hash-only':
    'No terms found. The headings here start with one "#", but each term needs a heading that starts with "## " (two), for example "## Wi-Fi".',
  'problem-front-matter-open': 'The block that starts with "---" on line 1 is never closed with another "---" line.',
  'problem-front-matter-line': '"{text}" is not understood here. At the top of the file, write "name: …".',
  'problem-one-hash-heading': '"# {title}" uses one "#"; terms use two ("## {title}") and meanings three ("### …").',
  'problem-heading-no-term': 'This heading has no term after "##".',
  'problem-meaning-before-term': 'The meaning "{meaning}" comes before any term. Put a "## Term" heading above it.',
  'problem-unknown-field':
    '"{field}:" is not a field we know. Fields are: {fields}. If this is the definition, leave a blank line above it.',
  'problem-field-on-meaning': '"{field}:" belongs to the whole term: put it under "## {term}", above the meanings.',
  'problem-field-empty': '"{field}:" has nothing after it.',
  'problem-code-block-open': 'A code block opened with ``` is never closed.',
  'problem-md-same-id':
    '"{term}" gets the same link name "{id}" as the term on line {earlier}. Add "id: …" to tell them apart.',
  'problem-alias-taken':
    '"{alias}" (under "{term}") already names "{other}" on line {earlier}. A word can name one term only; for a word with several meanings, use "###" meanings under one term.',
  'problem-md-no-definition': '"{term}" has no definition. Write one short paragraph under the heading.',
  'problem-text-outside-meanings':
    'This text under "{term}" is outside any meaning, so it was left out. Move it under one of the "###" headings.',
  'problem-md-meaning-no-definition': 'The meaning "{meaning}" of "{term}" has no definition.',
  'problem-md-annotate': '"annotate:" under "{term}" should be "yes" or "no".',
  'problem-duplicate-term': '"{term}" is already defined on line {earlier}. This second definition was left out.',
  'problem-too-many-terms': {
    one: 'This file has {count} term. Only the first {max} are used, so "{term}" and the terms after it were left out. Split the glossary into smaller files.',
    other:
      'This file has {count} terms. Only the first {max} are used, so "{term}" and the terms after it were left out. Split the glossary into smaller files.'
  },
  'problem-definition-too-long':
    'The definition of {name} is {length} characters long; the limit is {max}. It was left out. Keep the first paragraph short and put the rest after a blank line.',
  'problem-definition-too-nested':
    'The definition of {name} has lists or quotes inside each other more than {max} levels deep. It was left out.',
  'problem-more-too-long':
    'The longer explanation of {name} is {length} characters long; the limit is {max}. It was left out; the short definition is kept.',
  'problem-more-too-nested':
    'The longer explanation of {name} has lists or quotes inside each other more than {max} levels deep. It was left out; the short definition is kept.',
  'problem-block-too-long':
    'The longer explanation of {name} has a paragraph or list item of more than {max} characters. It is shown as plain text, without formatting. Break it into shorter paragraphs.',
  'problem-annotate-choice':
    '"{value}" is not a choice: use annotate (first time only) or annotate="all". Using the first time only.',
  'problem-endpoint-unusable': 'The address for questions (endpoint) is not usable: {why}',
  'problem-endpoint-bad-mailto': '"{value}" is not an email address we can write to.',
  'problem-endpoint-not-an-address': '"{value}" is not a web address.',
  'problem-endpoint-wrong-scheme': '"{value}" must start with https://, http://, / or mailto:.',

  // <tb-jargon>: the term button and its definition box
  explain: 'explain',
  meaningHidden: ', meaning: {label}',
  probablyMeans: 'Here it probably means: {label}',
  shortFor: '(short for {expansion})',
  alsoMeans: 'It can also mean:',
  notSameAs: 'Not the same as: {list}.',
  related: 'Related: {list}.',
  source: 'From: {source}',
  seeInGlossary: 'See “{term}” in the glossary',
  close: 'Close',
  closeTerm: 'Close: {term}',
  askLink: 'Still confused? Ask IT',
  askButton: 'Still confused? Ask IT to explain it better',
  askButtonAfterLink: 'Or ask IT to explain “{term}” better',
  askSending: 'Sending…',
  askSent: 'Thank you. IT has your question.',
  askSentReference: 'Thank you. IT has your question (reference {reference}).',
  askSaved: 'Your question is saved on this computer and will be sent to IT by itself when the connection is back.',
  askWaiting: 'Your question could not be sent yet. Keep this page open and it will try again.',
  askMailto: 'Your email program should open with the question filled in. Send it from there.',
  askFailed: 'Your question was not sent. {reason}',
  askSummary: 'What does "{term}" mean?',
  askMailSubject: 'Please explain "{term}"',
  askMailBody: 'The explanation of "{term}" did not help me.\n\nPage: {page}\nWhere I saw it: {sentence}',

  // <tb-glossary-index>
  loading: 'Loading the glossary…',
  searchLabel: 'Search the glossary',
  searchHint: 'A word or an abbreviation, for example Wi-Fi or ILL',
  termCount: { one: '{count} term', other: '{count} terms' },
  matchCount: { one: '{count} term matches “{query}”.', other: '{count} terms match “{query}”.' },
  noMatch: 'No terms match “{query}”.',
  noMatchHelp: 'No terms match “{query}”. Try a shorter word or another spelling.',
  byLetter: 'Glossary by letter',
  otherLetter: 'Other',
  noTermsUnder: 'No terms under',
  selfLink: 'Link',
  selfLinkTo: 'to {term}',
  entryShortFor: 'Short for {expansion}.',
  alsoCalled: 'Also called: {list}.'
} satisfies Catalog;

export default en;
export type GlossaryCatalog = typeof en;
