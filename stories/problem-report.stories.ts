import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/problem-report/define.js';
import type { TbProblemReport } from '../src/components/problem-report/problem-report.js';

/*
 * Stories reach every state through the element's real code paths. There is no intake server in Storybook, so
 * a small stand-in answers on /__story/… : `ok` with a reference, `down` with 503 (saved, will send), `refuse`
 * with 422 (not sent).
 */
const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const path = new URL(url, location.href).pathname;
  if (!path.startsWith('/__story/')) return realFetch(input, init);
  const json = (status: number, body: unknown) =>
    Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
  if (path === '/__story/ok') return json(201, { reference: 'PR-000123' });
  if (path === '/__story/down') return json(503, { message: 'down' });
  if (path === '/__story/status.json')
    return json(200, {
      incidents: [
        {
          id: 'print-main',
          title: 'Printing at Main is not working',
          details: 'Print jobs do not reach the release station.',
          since: '2025-01-31T08:30:00Z',
          workaround: 'Use the upstairs printer for now.'
        }
      ]
    });
  return json(422, {
    message: 'The report was not in the expected form.',
    fieldErrors: { '/data/summary': 'is required' }
  });
};

const report = (el: Element) => el.querySelector('tb-problem-report') as TbProblemReport;
const shadow = (el: Element) => report(el).shadowRoot!;

async function fill(canvas: HTMLElement, summary: string, what: string) {
  const el = report(canvas);
  await el.updateComplete;
  for (const [id, value] of [
    ['f-summary', summary],
    ['f-whatHappened', what]
  ]) {
    const input = shadow(canvas).getElementById(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}

async function toReview(canvas: HTMLElement) {
  await fill(
    canvas,
    'Receipt printer prints blank slips',
    'I press print at the front desk and a blank slip comes out.'
  );
  (shadow(canvas).getElementById('continue') as HTMLButtonElement).click();
  await report(canvas).updateComplete;
}

async function send(canvas: HTMLElement) {
  await toReview(canvas);
  (shadow(canvas).getElementById('send') as HTMLButtonElement).click();
}

interface Args {
  endpoint: string;
  fallbackEmail: string;
  fallbackPhone: string;
  branch: string;
  asset: string;
  statusSrc: string;
  remember: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Problem report',
  component: 'tb-problem-report',
  args: {
    endpoint: '/__story/ok',
    fallbackEmail: 'it@library.example',
    fallbackPhone: '555-0100 ext 12',
    branch: 'Main',
    asset: '',
    statusSrc: '',
    remember: false
  },
  render: args =>
    html`<tb-problem-report
      id="story-${Math.random().toString(36).slice(2)}"
      endpoint=${args.endpoint}
      fallback-email=${args.fallbackEmail}
      fallback-phone=${args.fallbackPhone}
      branch=${args.branch}
      asset=${args.asset}
      status-src=${args.statusSrc}
      min-fill-seconds="0"
      ?remember=${args.remember}
    ></tb-problem-report>`
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};

export const Prefilled: Story = { args: { asset: 'LIB-PC-042', remember: true } };

export const NoEndpoint: Story = { args: { endpoint: '' } };

export const KnownProblems: Story = { args: { statusSrc: '/__story/status.json' } };

export const Errors: Story = {
  play: async ({ canvasElement }) => {
    await report(canvasElement).updateComplete;
    (shadow(canvasElement).getElementById('continue') as HTMLButtonElement).click();
  }
};

export const Coaching: Story = {
  play: async ({ canvasElement }) =>
    fill(canvasElement, 'The system is down', 'It doesn’t work and the internet is broken.')
};

export const Review: Story = { play: async ({ canvasElement }) => toReview(canvasElement) };

/** The whole form in Spanish: the nearest `lang` decides. */
export const Spanish: Story = {
  render: args => html`<div lang="es">${meta.render!(args, {} as never)}</div>`
};

/** On a dark intranet page: the element paints its own surface (theme="auto"). */
export const DarkPage: Story = {
  render: args =>
    html`<div style="background: #1b1b1b; color: #eee; padding: 1rem">${meta.render!(args, {} as never)}</div>`
};

/** Library systems switched on: Sierra, Polaris, Koha… at the top of the program list. */
export const LibrarySystems: Story = {
  render: args =>
    html`<tb-problem-report
      id="story-systems"
      endpoint=${args.endpoint}
      library-systems
      min-fill-seconds="0"
    ></tb-problem-report>`
};

/** The page knows who is reporting, and a way to reach them is required. */
export const KnownReporter: Story = {
  render: args =>
    html`<tb-problem-report
      id="story-reporter"
      endpoint=${args.endpoint}
      reporter-name="Ana Ruiz"
      reporter-contact="ext 214"
      require-contact
      min-fill-seconds="0"
    ></tb-problem-report>`
};

/** "Change" on the check step: the question is marked, with "Back to check your report" right after it. */
export const ChangingAnAnswer: Story = {
  play: async ({ canvasElement }) => {
    await toReview(canvasElement);
    await report(canvasElement).updateComplete;
    (shadow(canvasElement).querySelector('.review a[data-field="summary"]') as HTMLAnchorElement).click();
  }
};

export const Sent: Story = { play: async ({ canvasElement }) => send(canvasElement) };

export const Queued: Story = {
  args: { endpoint: '/__story/down' },
  play: async ({ canvasElement }) => send(canvasElement)
};

export const Failed: Story = {
  args: { endpoint: '/__story/refuse' },
  play: async ({ canvasElement }) => send(canvasElement)
};

/** With a mailto: endpoint, "Send report" opens a new email with the report (press it yourself: it opens your mail program). */
export const EmailEndpoint: Story = {
  args: { endpoint: 'mailto:it@library.example' },
  play: async ({ canvasElement }) => toReview(canvasElement)
};

export const NothingSent: Story = { args: { endpoint: '' }, play: async ({ canvasElement }) => send(canvasElement) };

export const Narrow320: Story = {
  render: args => html`<div style="width: 320px; border: 1px dashed #b1b4b6">${meta.render!(args, {} as never)}</div>`
};

export const ConfigurationProblem: Story = {
  render: () =>
    html`<tb-problem-report endpoint="ftp://nope" barcode-pattern="(" priority-map="{oops"></tb-problem-report>`
};
