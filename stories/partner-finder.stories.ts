import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/partner-finder/define.js';

/*
 * The directory is handed over through the `partners` property (the same path as `src`, after loading), so the
 * stories need no server. The CSV is in the simple format documented in docs/partner-finder.md.
 */
const CSV = `name,categories,description,website,email,phone,address,city,audience,languages,goals,brings,last_verified,contact_name,contact_title,contact_email
Riverside Literacy Council,Community services; Educational,"Volunteer tutors help adults learn to read, write and speak English.",https://riverside-literacy.example.org,info@riverside-literacy.example.org,(555) 010-0101,12 Main St,Riverside,Adults; New immigrants,English; Spanish,Literacy,Volunteer tutors,2025-06-02,Ana Delgado,Program manager,ana@riverside-literacy.example.org
Brookhaven Public Health Clinic,Health,"Free screenings, vaccinations and health classes.",https://brookhaven-health.example.org,clinic@brookhaven-health.example.org,(555) 010-0201,40 Oak Ave,Brookhaven,Everyone; Older adults,English; Vietnamese,Health information,Nurses; Screenings,2023-01-15,Ben Okafor,Outreach nurse,ben@brookhaven-health.example.org
Riverside Computer Club,Technology,Members fix donated computers and run drop-in help for seniors.,https://computer-club.example.org,,,,Riverside,Older adults,English,Tech support,Tech support; Donated computers,2025-02-20,,,
Fairview Chamber of Commerce,Business,Local employers and small business owners.,https://fairview-chamber.example.org,hello@fairview-chamber.example.org,+1 555 010 0401,5 Market St,Fairview,Small businesses; Job seekers,English,Job seekers; Small business,Mentors; Job leads,2024-09-30,Carla Chen,Director,carla@fairview-chamber.example.org
Glenwood YWCA,Women's centers,Programs for women and girls.,https://glenwood-ywca.example.org,,,,Glenwood,Women; Families,English; Somali,,Volunteers,,,,
`;

const HOSTILE = `name,categories,description,website,email
"<script>alert('x')</script>Evil Org",Health,"<img src=x onerror=alert(1)>",javascript:alert(1),"""><svg onload=alert(1)>@x.org"
Broken Row,Health,"An unquoted, comma",https://two.example.org,x@example.org,extra
`;

const meta: Meta = {
  title: 'Elements/Partner finder',
  component: 'tb-partner-finder',
  parameters: { layout: 'padded' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['staff', 'public'] },
    endpoint: { control: 'text' }
  },
  args: { mode: 'staff', endpoint: '' }
};
export default meta;

type Story = StoryObj<{ mode: string; endpoint: string }>;

export const ChartGuide: Story = {
  name: 'Guide to the chart (no directory)',
  render: ({ mode, endpoint }) =>
    html`<tb-partner-finder url-state="off" mode=${mode} endpoint=${endpoint}></tb-partner-finder>`
};

export const Directory: Story = {
  name: 'Directory (staff)',
  render: ({ mode, endpoint }) =>
    html`<tb-partner-finder url-state="off" mode=${mode} endpoint=${endpoint} .partners=${CSV}></tb-partner-finder>`
};

export const PublicMode: Story = {
  name: 'Directory (public: no named people)',
  args: { mode: 'public' },
  render: ({ mode, endpoint }) =>
    html`<tb-partner-finder url-state="off" mode=${mode} endpoint=${endpoint} .partners=${CSV}></tb-partner-finder>`
};

export const WithSending: Story = {
  name: 'With suggestions and corrections (mailto)',
  args: { endpoint: 'mailto:partners@library.example' },
  render: ({ mode, endpoint }) =>
    html`<tb-partner-finder url-state="off" mode=${mode} endpoint=${endpoint} .partners=${CSV}></tb-partner-finder>`
};

export const ProblemsInData: Story = {
  name: 'Hostile and broken rows (shown as text, reported)',
  render: ({ mode, endpoint }) =>
    html`<tb-partner-finder url-state="off" mode=${mode} endpoint=${endpoint} .partners=${HOSTILE}></tb-partner-finder>`
};

export const NarrowColumn: Story = {
  name: '320 px column (filters start closed)',
  render: ({ mode, endpoint }) =>
    html`<div style="max-width: 320px">
      <tb-partner-finder url-state="off" mode=${mode} endpoint=${endpoint} .partners=${CSV}></tb-partner-finder>
    </div>`
};

export const ConfigError: Story = {
  name: 'Configuration error',
  render: () =>
    html`<tb-partner-finder url-state="off" mode="everyone" endpoint="ftp://x" .partners=${CSV}></tb-partner-finder>`
};
