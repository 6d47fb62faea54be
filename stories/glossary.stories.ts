import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/glossary/define.js';

const LOCAL = {
  name: 'Riverside Library IT',
  terms: [
    {
      term: 'Print release',
      also: ['print station'],
      definition: 'At Riverside, the **pay-to-print** machine next to the front desk.'
    }
  ]
};

const meta: Meta = {
  title: 'Elements/Glossary',
  parameters: { layout: 'padded' }
};
export default meta;

type Story = StoryObj;

/** `<tb-glossary annotate>` marks the first time each term appears in a staff-news paragraph. */
export const AnnotatedArticle: Story = {
  render: () =>
    html`<tb-glossary annotate ask-url="/report-a-problem" .glossary=${LOCAL}>
      <article>
        <h2>Weekend work on the public computers</h2>
        <p>
          On Saturday IT will reimage every public PC and patch the firewall. The PC reservation system and print
          release will be off from 9 to 11. The OPAC stays up, but the web server behind it will restart once.
        </p>
        <p>If the Wi-Fi is slow on Monday, tell us which access point is nearest. ILL requests are not affected.</p>
        <p data-tb-skip>Nothing in this paragraph is marked: firewall, OPAC, Wi-Fi.</p>
      </article>
    </tb-glossary>`
};

/** One term alone, with the built-in glossary. */
export const JargonAlone: Story = {
  render: () => html`<p>Search the <tb-jargon>OPAC</tb-jargon> before you ask at the desk.</p>`
};

/** A term with several meanings: the words around it pick one; the others are shown beneath. */
export const SeveralMeanings: Story = {
  render: () =>
    html`<tb-glossary>
      <p>The <tb-jargon>server</tb-jargon> in the locked room has a loud fan.</p>
      <p>The web <tb-jargon>server</tb-jargon> software needs a restart.</p>
    </tb-glossary>`
};

/** Opens on hover after a short pause as well as on click. */
export const HoverPreview: Story = {
  render: () =>
    html`<tb-glossary hover-preview>
      <p>Ask the <tb-jargon>ISP</tb-jargon> about the <tb-jargon>bandwidth</tb-jargon>.</p>
    </tb-glossary>`
};

/** A term the glossary does not know stays plain text (and a warning goes to the console). */
export const UnknownTerm: Story = {
  render: () =>
    html`<tb-glossary
      ><p>The <tb-jargon>frobnicator</tb-jargon> is not defined.</p></tb-glossary
    >`
};

/** A glossary file with mistakes: the notice names the file and line; the rest still works. */
export const BrokenFile: Story = {
  render: () =>
    html`<tb-glossary src="/test/fixtures/glossary/broken.md" annotate>
      <p>The router and the modem are in the back office.</p>
    </tb-glossary>`
};

/** The A–Z index, with search and letter links. */
export const Index: Story = {
  render: () => html`<tb-glossary><tb-glossary-index></tb-glossary-index></tb-glossary>`
};
