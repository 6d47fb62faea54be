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
