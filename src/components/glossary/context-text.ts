import { sentenceAround } from './model.js';

const BLOCKS = 'p, li, dd, dt, td, th, blockquote, figcaption, caption, section, article, aside, main, div, form, body';

/**
 * The text around a term in the page, where cue words for its sense are looked for, nearest first: its own
 * sentence, its block (paragraph, list item, cell), then the blocks beside it.
 */
export function contextAround(term: HTMLElement): string[] {
  const block = term.parentElement?.closest(BLOCKS);
  const whole = block?.textContent ?? term.parentNode?.textContent ?? '';
  const near = whole.slice(0, 5000);
  // The term's own sentence decides first ("a client" who is helped; "the email client").
  let sentence = '';
  const container = block ?? term.parentNode;
  if (container) {
    const range = document.createRange();
    range.selectNodeContents(container);
    range.setEndBefore(term);
    const at = range.toString().length;
    sentence = sentenceAround(whole, at, at + (term.textContent?.length ?? 0));
  }
  const wider = block
    ? `${block.previousElementSibling?.textContent ?? ''} ${block.nextElementSibling?.textContent ?? ''}`.slice(0, 5000)
    : '';
  return sentence.trim() ? [sentence, near, wider] : [near, wider];
}
