import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/donation-checker/define.js';
import { PRESETS } from '../src/components/donation-checker/presets-data.js';

/*
 * The checker with its built-in policies. `today` is fixed so the stories look the same every day. Results appear
 * after "Check against our policy"; the Result stories fill the form through the element's own fields.
 */
const meta: Meta = {
  title: 'Elements/Donation checker',
  component: 'tb-donation-checker',
  parameters: { layout: 'padded' },
  argTypes: {
    preset: { control: 'inline-radio', options: ['baseline', 'windows11', 'public-access'] },
    view: { control: 'inline-radio', options: ['check', 'lot', 'policy'] },
    endpoint: { control: 'text' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] }
  },
  args: { preset: 'baseline', view: 'check', endpoint: '', theme: 'auto' }
};
export default meta;

type Args = { preset: string; view: string; endpoint: string; theme: string };
type Story = StoryObj<Args>;

const checker = ({ preset, view, endpoint, theme }: Args) =>
  html`<tb-donation-checker
    today="2026-12-06"
    preset=${preset}
    view=${view}
    endpoint=${endpoint}
    theme=${theme}
  ></tb-donation-checker>`;

/** Fills the form of the first checker in the story and checks it. */
async function fillAndCheck(canvas: HTMLElement, values: Record<string, string>) {
  const el = canvas.querySelector('tb-donation-checker')!;
  await el.updateComplete;
  const root = el.shadowRoot!;
  for (const [id, value] of Object.entries(values)) {
    const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`);
    if (!control) continue;
    control.value = value;
    control.dispatchEvent(
      new Event(control.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true, composed: true })
    );
    await el.updateComplete;
  }
  root.querySelector('form')!.requestSubmit();
}

export const Form: Story = { name: 'Guided form', render: checker };

export const Accepted: Story = {
  name: 'Result: accept',
  render: checker,
  play: ({ canvasElement }) =>
    fillAndCheck(canvasElement, {
      type: 'desktop',
      model: 'Dell OptiPlex 7090',
      year: '2022',
      cpu: 'Intel Core i5-10505',
      cores: '6',
      ram: '16',
      storage: '256',
      storageType: 'ssd',
      os: 'windows',
      data: 'please-wipe'
    })
};

export const Review: Story = {
  name: 'Result: closer look (unknowns, a fix)',
  render: checker,
  play: ({ canvasElement }) =>
    fillAndCheck(canvasElement, { type: 'laptop', year: '2021', ram: '4', os: 'chromeos', supportEnds: '2027-06-01' })
};

export const Declined: Story = {
  name: 'Result: decline, with the letter',
  render: checker,
  play: ({ canvasElement }) =>
    fillAndCheck(canvasElement, { type: 'monitor-crt', model: 'Sony Trinitron', year: '2003' })
};

export const Lot: Story = { name: 'A list of computers', args: { view: 'lot' }, render: checker };

export const PolicyPage: Story = { name: 'What we accept (policy page)', args: { view: 'policy' }, render: checker };

export const Spanish: Story = {
  name: 'In Spanish',
  render: args => html`<div lang="es">${checker(args)}</div>`
};

export const BrokenPolicy: Story = {
  name: 'Broken policy (configuration message)',
  render: () =>
    html`<tb-donation-checker
      today="2026-12-06"
      .policy=${{ ...PRESETS.baseline, rules: [{ ...PRESETS.baseline.rules[0], kind: 'colour' }] }}
    ></tb-donation-checker>`
};
