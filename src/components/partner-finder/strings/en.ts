import type { Catalog } from '../../../core/i18n.js';
import directoryEn from './directory-en.js';

/** Every word the partner finder says, in English (the source of the keys). Category and goal names come from data. */
const en = {
  heading: 'Find community partners',
  inbox: 'whoever keeps this directory',

  // Views
  viewsLabel: 'Views',
  viewFind: 'Find partners',
  viewTypes: 'Partner types',
  viewGoals: 'By library goal',
  viewGaps: 'Gaps',
  viewSuggest: 'Suggest a partner',

  // Configuration
  configTitle: 'This partner finder is not set up quite right.',
  configIntro: 'Please tell the person who looks after this page:',
  configMode: 'The mode "{mode}" is not known; use "staff" or "public". People\'s names are hidden until it is fixed.',
  configEndpoint: 'Sending is switched off: {problem}',
  configPageSize: '“{value}” is not a whole number above 0, so 25 are shown at a time.',

  // Loading and data notices (for staff)
  loading: 'Loading the partner directory…',
  loadFailed: 'Some of the directory could not be loaded.',
  loadPartial: 'The partners that did load are shown below.',
  loadOneFailed: 'We could not load the partner directory from {href}.',
  loadPropertyFailed: 'The partners property could not be read.',
  moreItems: '…and {count} more.',
  problemsSummary: {
    one: '{count} problem in the directory files. The rest loaded normally.',
    other: '{count} problems in the directory files. The rest loaded normally.'
  },
  notesSummary: {
    one: '{count} note on the directory files (merged entries, unknown types)',
    other: '{count} notes on the directory files (merged entries, unknown types)'
  },

  // Guide
  guideTitle: 'Types of partners to look for',
  guideIntro:
    'Every community is different. These are the kinds of groups libraries often work with. Open one to see examples, what they bring, and what they may need from you.',
  libraryGoalsLabel: 'Library goals:',
  examplesLabel: 'Examples:',
  bringsLabel: 'They often bring:',
  needsLabel: 'They may need:',

  // Finder
  searchLabel: 'Search partners',
  searchHint: 'Names, what they do, types',
  resultsTitle: 'Results',
  showing: {
    one: 'Showing {shown} of {count} partner',
    other: 'Showing {shown} of {count} partners'
  },
  noMatch: 'No partners match. Try fewer words or remove a filter.',
  sortBy: 'Sort by',
  sortRelevance: 'Best match',
  sortName: 'Name A to Z',
  sortVerified: 'Most recently checked',
  showMore: 'Show {count} more',
  saveGroup: 'Save or print these results',
  downloadCsv: 'Download spreadsheet (CSV)',
  downloadVCard: 'Download contacts (vCard)',
  printList: 'Print list',
  csvFailed: 'The spreadsheet could not be made.',
  filters: 'Filters',
  filtersOn: 'Filters ({count} on)',
  showFewer: 'Show fewer',
  showAll: 'Show all {count}',
  activeFilters: 'Active filters',
  removeFilter: 'Remove filter',
  removeSearch: 'Remove search',
  searchChip: 'Search: “{q}”',
  clearAll: 'Clear search and filters',
  found: { one: '{count} partner found.', other: '{count} partners found.' },
  foundNone: 'No partners found. Try fewer words or filters.',

  // Facets
  facetCategory: 'Partner type',
  facetGoal: 'Library goal',
  facetCity: 'City or area',
  facetAudience: 'Who they serve',
  facetAge: 'Ages served',
  facetLanguage: 'Languages',
  ageChildren: 'Children (up to 12)',
  ageTeens: 'Teens (13 to 17)',
  ageAdults: 'Adults (18 to 64)',
  ageOlderAdults: 'Older adults (65 and over)',

  // Freshness
  freshNoDate: 'No check date',
  freshNoDateAdvice:
    'The directory does not say when this entry was last checked. Check the details before you get in touch.',
  freshFuture: 'Check date not right',
  freshFutureAdvice:
    'The directory says this entry was checked in {when}, which has not come yet. Check the details before you get in touch.',
  freshChecked: 'Checked {when}',
  freshCheckedAdvice: 'Checked in {when}.',
  freshAgeingAdvice: 'Last checked in {when}, over a year ago. Some details may have changed.',
  freshStale: 'Not checked since {when}',
  freshStaleAdvice: {
    one: 'Last checked in {when}, {count} year ago. Check the details before you rely on them.',
    other: 'Last checked in {when}, {count} years ago. Check the details before you rely on them.'
  },

  // Details
  backGoal: 'Back to partners for this goal',
  backResults: 'Back to results',
  alsoKnownAs: 'Also known as: {names}',
  loadingDetails: 'Loading the details…',
  detailsFailed: 'The details of this partner could not be loaded.',
  dtType: 'Partner type',
  dtGoals: 'Library goals',
  dtBrings: 'They bring',
  dtNeeds: 'They need',
  dtTags: 'Also listed as',
  dtAddress: 'Address',
  addressFor: 'For: {name}',
  dtWebsite: 'Website',
  newTab: '(opens in a new tab)',
  dtEmail: 'Email',
  dtPhone: 'Phone',
  extension: 'ext. {number}',
  dtAudiences: 'Who they serve',
  dtLanguages: 'Languages',
  dtContacts: 'People to contact',
  dtSources: 'Listed in',
  dtServices: 'Services',
  dtLocations: 'Locations',
  dtIdentifiers: 'Identifiers',
  dtMerged: 'Merged entry',
  dtOlder: 'Earlier details',
  factStatus: 'Status',
  factNotice: 'Notice',
  factProgram: 'Program',
  factEligibility: 'Who can use it',
  factAges: 'Ages',
  factHours: 'Hours',
  factInterpretation: 'Interpretation',
  factAccessibility: 'Accessibility',
  agesRange: 'Ages {min} to {max}',
  agesFrom: 'Ages {min} and over',
  agesUpTo: 'Up to age {max}',
  startAgreement: 'Start an agreement with this partner',
  openCorrection: 'Report a correction',
  openOutreach: 'Log outreach',
  noCorrections:
    'To report a mistake in this entry, contact whoever keeps this directory. This page is not set up to send corrections.',
  partnersProperty: 'partners property',

  // Goals
  goalsTitle: 'Partners for a library goal',
  goalQuestion: 'What do you want to achieve?',
  chooseGoal: 'Choose a goal',
  goalTypes: 'Types of partner that serve this goal',
  inDirectory: { one: '({count} partner in this directory)', other: '({count} partners in this directory)' },
  goalOrgs: 'Organizations that serve this goal',
  goalNoOrgs: 'No organizations in this directory serve this goal yet. The types above are where to look.',
  reasonServes: 'Serves: {serves}',
  reasonServesAs: 'Serves: {serves} (as {type})',
  reasonBrings: 'brings: {brings}',

  // Gaps
  gapsTitle: 'Where the gaps are',
  gapsMissing: {
    one: 'No partners yet in {count} type. The examples show who to look for.',
    other: 'No partners yet in {count} types. The examples show who to look for.'
  },
  gapsNone: 'Every type of partner has at least one organization in this directory.',
  gapsCaption: 'Partners in this directory, by type',
  gapsColType: 'Type of partner',
  gapsColPartners: 'Partners, and examples to look for',
  gapsShow: ': show these partners',
  gapsNoneYet: 'None yet',
  gapsExamples: 'Examples: {examples}',
  gapsLookFor: 'No {name} yet. Examples to look for: {examples}',

  // Print
  printCount: { one: '{count} partner', other: '{count} partners' },
  printSearch: 'Search: “{q}”',
  printFirst: 'The first {limit} of {count} partners.',
  printContact: 'Contact: {name}',

  // Forms
  sending: 'Sending…',
  cancel: 'Cancel',
  suggestFormTitle: 'Tell us about an organization',
  suggestIntro: 'Know a group the library could work with? Tell whoever keeps this directory.',
  suggestSend: 'Send suggestion',
  correctionTitle: 'Report a correction for {name}',
  correctionIntro: 'Tell whoever keeps this directory what is wrong or out of date.',
  correctionSend: 'Send correction',
  outreachTitle: 'Log outreach to {name}',
  outreachIntro: 'Keep a note of your contact, so colleagues know who has talked to them.',
  outreachSend: 'Save note',
  notSure: 'Not sure',
  chooseOne: 'Choose one',
  hintWebsite: 'For example, www.example.org',
  hintWhy: 'What they do, who they serve, what you could do together',
  hintSuggestedBy: 'So someone can ask you more',
  hintProblem: 'For example, the new phone number or address',

  suggestName: 'Name of the organization',
  suggestCategory: 'Type of partner (optional)',
  suggestWebsite: 'Website (optional)',
  suggestCity: 'City or area (optional)',
  suggestWhy: 'Why would they be a good partner?',
  suggestSuggestedBy: 'Your name or email (optional)',
  correctionField: 'What is wrong?',
  correctionProblem: 'What should it say?',
  correctionReporter: 'Your name or email (optional)',
  outreachDate: 'Date of contact',
  outreachMethod: 'How did you make contact?',
  outreachSummary: 'What did you talk about?',
  outreachNextStep: 'Next step (optional)',
  outreachStaff: 'Your name (optional)',

  fieldContact: 'Contact details (phone, email, person)',
  fieldWebsite: 'Website',
  fieldAddress: 'Address',
  fieldName: 'Name',
  fieldDescription: 'What they do',
  fieldClosed: 'It has closed or moved',
  fieldOther: 'Something else',
  methodEmail: 'Email',
  methodPhone: 'Phone call',
  methodMeeting: 'Meeting',
  methodEvent: 'At an event',
  methodOther: 'Other',

  /** A field the endpoint refused, in the endpoint's own words (they may be in another language). */
  errServer: 'Not accepted: this {message}',
  errName: 'Enter the name of the organization',
  errNameLong: 'Name must be 200 characters or fewer',
  errWebsiteLong: 'Website must be 500 characters or fewer',
  errCityLong: 'City or area must be 120 characters or fewer',
  errWhy: 'Say why they would be a good partner',
  errLong2000: 'Keep this to 2,000 characters or fewer',
  errYourNameLong: 'Your name must be 200 characters or fewer',
  errProblem: 'Say what is wrong and what it should say',
  errDate: 'Enter the date of the contact',
  errDateReal: 'Date of contact must be a real date',
  errDateFuture: 'Date of contact must be today or in the past',
  errMethod: 'Select how you made contact',
  errSummary: 'Enter what you talked about',
  errNextStepLong: 'Keep the next step to 1,000 characters or fewer',

  // The written-out text (email, "Copy the text") for whoever keeps the directory
  mailSuggestSubject: 'Partner suggestion: {name}',
  mailCorrectionSubject: 'Directory correction: {name}',
  mailOutreachSubject: 'Outreach: {name}',
  mailOrganization: 'Organization',
  mailType: 'Type',
  mailWebsite: 'Website',
  mailCity: 'City or area',
  mailWhy: 'Why',
  mailSuggestedBy: 'Suggested by',
  mailListedIn: 'Listed in',
  mailWhatWrong: 'What is wrong',
  mailDetails: 'Details',
  mailReportedBy: 'Reported by',
  mailDate: 'Date',
  mailHow: 'How',
  mailSummary: 'Summary',
  mailNextStep: 'Next step',
  mailStaff: 'Staff',

  whatSuggestion: 'suggestion',
  whatCorrection: 'correction',
  whatOutreach: 'outreach note',
  sentTitle: 'Thank you. Your {what} was sent.',
  sentReference: 'Reference:',
  queuedTitle: 'Your {what} is saved on this computer and will be sent automatically',
  queuedPersistent: 'when the connection comes back. You can close this page.',
  queuedMemory: 'when the connection comes back. Please keep this page open until it is sent.',
  mailtoText: 'Your email program should open with the {what} written out. Nothing is sent until you press send there.',
  failedTitle: 'Your {what} was not sent.',
  failedKept: 'What you typed is still here.',

  // Notes and problems in the directory files, by code (directory-words.ts)
  ...directoryEn
} satisfies Catalog;

export default en;
export type FinderCatalog = typeof en;
export type FinderKey = keyof FinderCatalog;
