import { createContext } from '@lit/context';

/**
 * Context keys shared between Techbridge elements. String keys (not symbols) so that two copies of the library
 * on one page still find each other.
 */

/** A place in a text where a glossary term was found. */
export interface TermMatch {
  /** Start offset (inclusive) in the searched text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** The glossary key of the term, to pass to `<tb-jargon term="…">`. */
  term: string;
}

/**
 * What any element may ask of a glossary provided by `<tb-glossary>`. The glossary element provides a richer
 * object; other elements (the problem report's hints, for one) rely only on this.
 */
export interface GlossaryLookup {
  /** True when the glossary defines this word, abbreviation or synonym. */
  has(term: string): boolean;
  /** Known terms in plain text, longest match first, not overlapping, in text order. */
  findTerms(text: string): TermMatch[];
}

export const glossaryContext = createContext<GlossaryLookup | undefined>('tb-glossary');
