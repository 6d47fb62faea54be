import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { ELEMENT_TAGS } from '../../src/elements.js';
import { EMBEDDABLE, upgradePlaceholders } from '../../src/embed.js';

function placeholder(attributes: Record<string, string>): HTMLDivElement {
  const div = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) div.setAttribute(name, value);
  return div;
}

describe('embed: CMS placeholders', () => {
  afterEach(() => sinon.restore());

  it('lists every element as one a placeholder may ask for', () => {
    const tags = Object.values(ELEMENT_TAGS).flat();
    expect([...EMBEDDABLE].sort()).to.deep.equal(tags.map(tag => tag.slice(3)).sort());
    expect(EMBEDDABLE).to.include.members(['glossary', 'glossary-index', 'jargon', 'partner-finder', 'problem-report']);
  });

  it('turns a placeholder into its element, data- attributes into attributes, children kept', () => {
    const host = document.createElement('section');
    const div = placeholder({
      'data-tb': 'problem-report',
      'data-endpoint': '/api/submissions',
      'data-fallback-email': 'it@library.example',
      id: 'report',
      class: 'wide'
    });
    div.append('kept text');
    host.append(div);
    const [element] = upgradePlaceholders(host);
    expect(element.localName).to.equal('tb-problem-report');
    expect(element.getAttribute('endpoint')).to.equal('/api/submissions');
    expect(element.getAttribute('fallback-email')).to.equal('it@library.example');
    expect(element.id).to.equal('report');
    expect(element.className).to.equal('wide');
    expect(element.textContent).to.equal('kept text');
    expect(host.querySelector('[data-tb]')).to.equal(null);
  });

  it('refuses unknown elements and attributes that would become event handlers', () => {
    const error = sinon.stub(console, 'error');
    const host = document.createElement('div');
    host.append(
      placeholder({ 'data-tb': 'script' }),
      placeholder({ 'data-tb': 'jargon', 'data-onclick': 'window.__tbEmbedXss = 1', 'data-term': 'OPAC' })
    );
    const created = upgradePlaceholders(host);
    expect(created.map(e => e.localName)).to.deep.equal(['tb-jargon']);
    expect(created[0].hasAttribute('onclick')).to.equal(false);
    expect(created[0].getAttribute('term')).to.equal('OPAC');
    expect(host.querySelector('script')).to.equal(null);
    expect(error.callCount).to.equal(2);
    expect(String(error.firstCall.args[0])).to.contain('data-tb="script"');
    expect(String(error.secondCall.args[0])).to.contain('data-onclick');
  });

  it('upgrades placeholders added to the page later', async () => {
    const div = placeholder({ 'data-tb': 'glossary-index' });
    document.body.append(div);
    await waitUntil(() => document.querySelector('tb-glossary-index') !== null, 'placeholder upgraded');
    expect(div.isConnected).to.equal(false);
    document.querySelector('tb-glossary-index')!.remove();
  });
});
