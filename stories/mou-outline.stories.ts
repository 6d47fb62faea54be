import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/mou-outline/define.js';
import type { MouDoc } from '../src/components/mou-outline/model.js';

/*
 * Each story hands over its answers through the `doc` property and names a draft that does not exist, so the
 * drafts kept by other stories in this browser do not open instead.
 */
const half: MouDoc = {
  answers: {
    parties: { library: 'Riverside Public Library', partner: 'Riverside Job Center', project: 'Job Help Nights' },
    'assets-needs': { 'brings@a': 'Computer lab\nEvening hours', 'brings@b': 'Job coaches' },
    roles: { 'does@a': 'Books the lab and promotes the sessions' },
    timeline: { start: '2026-09-01', end: '2027-06-30' }
  },
  na: {},
  dismissals: []
};

const warnings: MouDoc = {
  answers: {
    ...half.answers,
    purpose: {
      purpose: 'This partnership agreement sets up a joint venture. Each side is liable for its own room.',
      goals: [{ goal: 'More people apply for jobs online', measure: '' }]
    },
    timeline: {
      start: '2026-09-01',
      end: '2027-06-30',
      milestones: [{ date: '2027-08-01', what: 'Celebration', who: 'Both' }]
    },
    budget: { 'covers@a': 'Pays the center $500 a month' }
  },
  na: {},
  dismissals: []
};

const finished: MouDoc = {
  answers: {
    parties: { library: 'Riverside Public Library', partner: 'Riverside Job Center', project: 'Job Help Nights' },
    'assets-needs': {
      'brings@a': 'Computer lab',
      'brings@b': 'Job coaches',
      'needs@a': 'Coaches',
      'needs@b': 'A room'
    },
    audiences: { audiences: 'Adults looking for work' },
    purpose: {
      purpose: 'Help people apply for jobs online.',
      goals: [{ goal: 'More applications', measure: '150 by June' }]
    },
    roles: { 'does@a': 'Books the lab', 'does@b': 'Sends a coach' },
    timeline: { start: '2026-09-01', end: '2027-06-30', renewal: '2027-05-15' },
    contacts: {
      people: [
        { name: 'Ana Ruiz', organization: 'Riverside Job Center', role: 'Coach', email: 'ana@example.org', phone: '' }
      ],
      decisions: 'Together at the monthly meeting.'
    },
    ending: { 'notice-days': '30', how: 'Either side may end it with 30 days written notice.' },
    statement: { agreed: 'yes' },
    signatures: { 'name@a': 'Lee Park', 'title@a': 'Director', 'name@b': 'Sam Oduya', 'title@b': 'Director' }
  },
  na: { marketing: 'The job center does no publicity.' },
  dismissals: []
};

const meta: Meta = {
  title: 'Elements/MOU outline',
  component: 'tb-mou-outline',
  parameters: { layout: 'padded' },
  argTypes: { endpoint: { control: 'text' }, lang: { control: 'inline-radio', options: ['en', 'es'] } },
  args: { endpoint: '', lang: 'en' }
};
export default meta;

type Story = StoryObj<{ endpoint: string; lang: string }>;

const render = (doc: MouDoc, draft: string) => (args: { endpoint: string; lang: string }) =>
  html`<div lang=${args.lang}>
    <tb-mou-outline draft=${draft} endpoint=${args.endpoint} .doc=${structuredClone(doc)}></tb-mou-outline>
  </div>`;

export const Empty: Story = {
  name: 'Empty',
  render: ({ endpoint, lang }) =>
    html`<div lang=${lang}><tb-mou-outline draft="story-empty" endpoint=${endpoint}></tb-mou-outline></div>`
};

export const HalfDone: Story = { name: 'Half done', render: render(half, 'story-half') };

export const Warnings: Story = { name: 'Wording and date warnings', render: render(warnings, 'story-warnings') };

export const Finished: Story = {
  name: 'Finished (ready to send)',
  args: { endpoint: 'mailto:partnerships@library.example' },
  render: render(finished, 'story-finished')
};

export const Spanish: Story = { name: 'Spanish', args: { lang: 'es' }, render: render(warnings, 'story-es') };

export const ConfigError: Story = {
  name: 'Configuration error',
  render: () =>
    html`<tb-mou-outline
      draft="story-config"
      endpoint="ftp://x"
      heading-level="9"
      sections-src="data:,nope"
    ></tb-mou-outline>`
};
