import type { Catalog } from '../i18n.js';

/** Core's own words: field helpers, delivery outcomes and notices, in English (the source of the keys). */
const en = {
  errorPrefix: 'Error:',
  errorSummaryTitle: 'There is a problem',
  optional: '(optional)',
  required: '(required)',
  inbox: 'the inbox',

  // Why something waits on this computer ({inbox} is the element's name for where it goes)
  waitOffline: 'This computer is not connected to the internet right now.',
  waitUnreachable: 'We could not reach {inbox} right now.',
  waitNotAllowed:
    'This page is not allowed to send to {inbox}, so it may not go through until someone changes a setting.',
  waitTimeout: '{inbox} took too long to answer.',
  waitBusy: '{inbox} is busy right now.',
  waitServerError: '{inbox} had a problem on its side.',
  waitElsewhere: 'Another open page is sending it right now.',
  waitSaved: 'It is saved on this computer and will be sent by itself when it can.',
  waitMemoryOnly: 'It could not be saved on this computer. Keep this page open and it will keep trying.',
  waitNotAllowedAdvice: 'Please also use one of the other ways below, and tell your IT team about this message.',

  // Why something was not sent
  failRefused: '{inbox} did not accept it.',
  failNotAccepted: 'The address it went to did not confirm it kept it, so we cannot say it arrived.',
  failRedirected: 'The address it went to asked for a sign-in instead of taking it, so it was not kept there.',
  failNoSuchAddress: 'Nothing takes these at the address this page uses, so it was not sent.',
  failNotKept: 'It could not be kept on this computer or sent.',
  failNoEndpoint: 'This page is not set up to send it anywhere.',
  failBadEndpoint: 'The address this page sends to is not right, so it was not sent.',
  failAdvice: 'Nothing is lost: please use one of the other ways below.',
  detailsForIt: 'Details for the IT team',

  // Other ways to get it there
  copyText: 'Copy the text',
  copied: 'Copied. You can paste it into an email or a chat.',
  copyFailed: 'Copying did not work here. Select the text and copy it.',
  emailInstead: 'Email it instead',
  callNumber: 'Call {phone}',
  tryAgain: 'Try again',
  discard: 'Delete it',

  // News on a later visit (any Techbridge element shows it)
  noticeSent: '{what} {when} was sent.',
  noticeSentReference: '{what} {when} was sent. Its reference number is {reference}.',
  noticeRefused: '{what} {when} was not accepted.',
  whenToday: 'from {time}',
  whenDay: 'from {date}',
  noticeDismiss: 'Close this message',
  noticeDismissLabel: 'Close the message about {what}',
  noticeTicket: 'Help desk ticket: {number}',
  whatProblemReport: 'Your problem report',
  whatIncidentNote: 'Your note about a known problem',
  whatGlossarySuggestion: 'Your question about a word',
  whatPartnerSuggestion: 'Your partner suggestion',
  whatPartnerCorrection: 'Your correction to the directory',
  whatOutreachLog: 'Your outreach note',
  whatDonationDecision: 'The donation decision',
  whatMou: 'The memorandum of understanding',
  whatOther: 'What you sent',

  // Configuration problems, for the page (the console gets the details)
  configHeading: 'This part of the page is not set up right',
  configIntro: 'Please tell whoever looks after this website. What is wrong:',
  configAttribute: 'The setting “{attribute}”: {problem}',
  configBadStrings: 'the custom wording is not valid JSON, so the standard wording is used.',
  configBadEndpoint: 'the address to send to is not a web or email address.',
  configBadTheme: 'use light, dark or auto.',
  configBadHeadingLevel: 'use a number from 1 to 6, or none.'
} satisfies Catalog;

export default en;
export type CoreCatalog = typeof en;
