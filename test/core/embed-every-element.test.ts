import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { ELEMENT_TAGS } from '../../src/elements.js';
import { upgradePlaceholders } from '../../src/embed.js';

// src/elements.ts is generated from src/components/*/define.ts (a node test keeps it in step), so every element,
// including ones added later, gets its placeholder form checked here.
describe('embed: a placeholder for every element', () => {
  for (const tag of Object.values(ELEMENT_TAGS).flat()) {
    const name = tag.slice('tb-'.length);

    it(`<div data-tb="${name}"> becomes a working <${tag}>`, async () => {
      const host = document.createElement('div');
      const div = document.createElement('div');
      div.setAttribute('data-tb', name);
      div.setAttribute('data-lang', 'en');
      div.id = `placeholder-${name}`;
      host.append(div);
      document.body.append(host);
      try {
        const [element] = upgradePlaceholders(host);
        expect(element, `no element made for data-tb="${name}"`).to.exist;
        expect(element.localName).to.equal(tag);
        expect(element.id).to.equal(`placeholder-${name}`);
        expect(element.getAttribute('lang')).to.equal('en');
        const defined = customElements.get(tag);
        expect(defined, `${tag} is not defined by src/index.ts`).to.exist;
        expect(element).to.be.instanceOf(defined!);
        await waitUntil(() => element.shadowRoot !== null, `${tag} rendered`, { timeout: 10000 });
        expect(host.querySelector('[data-tb]')).to.equal(null);
      } finally {
        host.remove();
      }
    });
  }
});
