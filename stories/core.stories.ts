import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, render } from 'lit';
import { createEnvelope } from '../src/core/envelope.js';
import { parseEndpoint, submitEnvelope, type SubmitResult } from '../src/core/submit.js';

interface ContractArgs {
  /** The element type, as in `envelope.type`. */
  type: string;
  /** A one-line summary, standing in for the element's form data. */
  summary: string;
  /** The `endpoint` attribute. Empty, `mailto:…` or a URL; the demo keeps it empty so nothing leaves the page. */
  endpoint: string;
  /** Whether a page listener calls `preventDefault()` on `tb-submit`. */
  cancel: boolean;
}

const meta: Meta<ContractArgs> = {
  title: 'Core/Submit contract',
  args: {
    type: 'problem-report',
    summary: 'The printer at the front desk prints blank pages',
    endpoint: '',
    cancel: false
  },
  argTypes: {
    type: { control: 'text' },
    summary: { control: 'text' },
    endpoint: { control: 'text' },
    cancel: { control: 'boolean' }
  },
  parameters: {
    docs: {
      description: {
        component: `Every element that sends something builds an **envelope** and hands it to \`src/core/submit.ts\`:
\`POST endpoint\` with \`Content-Type: application/json\` and \`Idempotency-Key: <id>\`, saved in the outbox (IndexedDB)
before the first attempt. 2xx → \`tb-submitted\` (with the endpoint's \`reference\`); network error, timeout, 408, 429,
5xx → \`tb-queued\` and retried automatically; other 4xx → \`tb-error\`, and the draft stays. \`tb-submit\` comes first
and is cancelable: a page listener may amend \`event.detail.envelope.data\` or stop the submission. All events bubble
and cross shadow roots. The full contract: \`docs/submit-contract.md\`.`
      }
    }
  }
};
export default meta;

type Story = StoryObj<ContractArgs>;

/** The shape every element submits, built by `createEnvelope()` in this browser. */
export const Envelope: Story = {
  render: ({ type, summary }) => {
    const envelope = createEnvelope(type, { summary });
    return html`
      <p>What <code>${type}</code> would send. The endpoint answers <code>{ "reference": "PR-000123" }</code>.</p>
      <pre aria-label="Envelope JSON"><code>${JSON.stringify(envelope, null, 2)}</code></pre>
    `;
  }
};

interface LoggedEvent {
  type: string;
  detail: unknown;
}

function eventLog(events: LoggedEvent[], result: SubmitResult | undefined) {
  if (!events.length) {
    return html`<p class="empty">Nothing has happened yet. Press “Submit” to watch the events a page receives.</p>`;
  }
  return html`
    <ol>
      ${events.map(e => html`<li><code>${e.type}</code> <code>${JSON.stringify(e.detail)}</code></li>`)}
    </ol>
    ${result ? html`<p>Result: <code>${JSON.stringify(result)}</code></p>` : nothing}
  `;
}

/**
 * The real `submitEnvelope()` with the events a page can listen to. With no endpoint it ends in `tb-error`
 * ("No address to send to…"), exactly what an element shows when the webmaster left `endpoint` out. Switch
 * `cancel` on to see a listener stop the submission at `tb-submit`.
 */
export const Events: Story = {
  render: ({ type, summary, endpoint, cancel }) => {
    const root = document.createElement('div');
    const events: LoggedEvent[] = [];
    let result: SubmitResult | undefined;

    const update = () =>
      render(
        html`
          <button type="button" @click=${submit}>Submit</button>
          <section aria-live="polite" aria-label="Events">${eventLog(events, result)}</section>
        `,
        root
      );

    const log = (event: Event) => {
      events.push({ type: event.type, detail: (event as CustomEvent).detail });
      if (event.type === 'tb-submit' && cancel) event.preventDefault();
      update();
    };
    for (const type of ['tb-submit', 'tb-queued', 'tb-submitted', 'tb-error']) root.addEventListener(type, log);

    async function submit(event: Event) {
      events.length = 0;
      result = undefined;
      const envelope = createEnvelope(type, { summary });
      result = await submitEnvelope(envelope, { endpoint: parseEndpoint(endpoint), host: event.currentTarget! });
      update();
    }

    update();
    return root;
  }
};
