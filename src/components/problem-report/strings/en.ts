import type { Catalog } from '../../../core/i18n.js';

/**
 * Every word <tb-problem-report> shows, in English: the source of the keys. `strings/es.ts` has the same keys in
 * Spanish. A webmaster can replace any of them with the `strings` property or a JSON `strings` attribute (flat,
 * or per language: `{"es": {…}}`). `{name}` marks a value filled in when shown; `{ one, other }` are plural forms
 * chosen by `Intl.PluralRules`.
 */
const en = {
  heading: 'Report a computer problem',
  intro:
    'Tell us what you see, not what you think is wrong. Two short answers are enough to send it; add more detail if you have a minute.',
  noEndpointNote: 'This form is not connected to the IT inbox. At the end you can copy, email or print your report.',
  outboxWaiting: {
    one: '1 report is saved on this computer and waiting to send. It will send automatically.',
    other: '{count} reports are saved on this computer and waiting to send. They will send automatically.'
  },

  // A saved report that the IT inbox later refused
  refusedHeading: 'A report from {date} was not accepted by the IT inbox',
  refusedBody:
    'It was saved on this computer, but the IT inbox turned it down when it was sent. The IT team does not have it yet. Copy it, email it or call, or try sending it again.',
  refusedTryAgain: 'Try sending it again',
  refusedRemove: 'Delete it from this computer',
  refusedRemoveHint: 'Delete it only once the IT team has it another way.',
  refusedSent: 'The report from {date} was sent.{reference}',
  refusedSentReference: ' Your reference number is {reference}.',
  refusedQueued: 'The report from {date} is saved and will send by itself when the connection is back.',
  refusedAgain: 'The report from {date} was turned down again.',
  refusedRemoved: 'The report from {date} was deleted from this computer.',
  refusedNoteHeading: 'A note from {date} about a known problem was not accepted by the IT inbox',
  refusedJustNowHeading: 'The report you just sent was not accepted by the IT inbox',

  // Known problems
  incidentsHeading: 'Known problems right now',
  incidentsIntro: 'If your problem is one of these, the IT team already knows. You do not need to send a full report.',
  incidentSince: 'Since {time}',
  incidentWorkaround: 'What you can do for now:',
  incidentAffectsMe: 'This is affecting me too',
  incidentNoteLabel: 'Anything to add? (optional)',
  incidentNoteHint: 'For example, which computer or desk.',
  incidentSend: 'Send note',
  incidentCancel: 'Cancel',
  incidentSent: 'Thank you. Your note was sent{reference}.',
  incidentQueued: 'Your note is saved on this computer and will send automatically when the connection is back.',
  incidentFailed: 'Your note was not sent: {message}',
  incidentNotConnected: 'This form is not connected to the IT inbox, so the note was not sent.',
  statusLoadError: 'We could not load the list of known problems. You can still send a report.',

  // Step 1
  summaryLabel: 'In a few words, what is the problem?',
  summaryHint: 'For example: receipt printer at the front desk prints blank pages.',
  whatHappenedLabel: 'What happened?',
  whatHappenedHint:
    'Say what you saw on the screen or the device, step by step. What you noticed helps more than a guess.',
  errorLabel: 'The exact message on the screen',
  errorHint: 'Copy it word for word, or paste it here. Codes and numbers help most.',
  errorNone: 'There was no message on the screen',

  whereLegend: 'Where is the problem?',
  branchLabel: 'Branch',
  locationLabel: 'Desk or room',
  locationHint: 'For example: children’s area, front desk, upstairs study room.',
  assetLabel: 'Computer name or asset tag',
  assetHint: 'Usually on a sticker on the computer, like LIB-PC-042. Leave it empty if you cannot find it.',
  otherComputerLabel: 'I am reporting from a different computer',
  otherComputerHint: 'Tick this if the problem is on another computer or device, not this one.',

  scopeLegend: 'Who is affected?',
  impactLegend: 'What can’t be done?',

  moreDetail: 'Add more detail (helps us fix it faster)',
  tryingToLabel: 'What were you trying to do?',
  tryingToHint: 'For example: print a patron’s boarding pass from the public PC.',
  expectedLabel: 'What did you expect to happen?',
  programLabel: 'Which program?',
  programChoose: 'Choose a program',
  programOtherLabel: 'Name of the program',
  webPageLabel: 'Which web page? (the address)',
  webPageHint: 'Copy it from the bar at the top of the browser. Leave it empty if there was no web page.',
  startedLabel: 'When did it start?',
  startedChoose: 'Choose when',
  frequencyLegend: 'How often does it happen?',
  triedLegend: 'What have you already tried?',
  triedHint: 'Tick everything you tried. It is fine if you tried nothing.',
  triedOtherLabel: 'Anything else you tried',

  screenshotLegend: 'A picture of the screen (optional)',
  screenshotHint:
    'Press Print Screen, then paste here with Ctrl+V. Or choose a picture file. Up to {limit}. Check that it shows no patron details.',
  screenshotPasteZone: 'Paste a picture here',
  screenshotChoose: 'Choose a picture file',
  screenshotRemove: 'Remove picture',
  screenshotAlt: 'The picture you added: {name}',
  screenshotAdded: 'Picture added: {name} ({size}).',
  screenshotTooBig:
    'The picture is {size}. It must be {limit} or smaller. Try a picture of just the part of the screen with the problem.',
  screenshotWrongType: 'The file must be a picture (PNG, JPEG, GIF or WebP).',
  screenshotUnreadable: 'We could not read that picture. Try another file.',
  screenshotPasteNothing: 'There was no picture to paste. Press Print Screen first, then paste.',

  aboutYouLegend: 'About you',
  nameLabel: 'Your name',
  contactLabel: 'How can we reach you?',
  contactHint: 'A work phone extension or work email.',
  rememberLabel: 'Remember my name and branch on this computer',
  rememberHint: 'Do not tick this on a public computer.',
  contactAskHeading: 'How can IT reach you?',
  contactAskIntro: 'The IT team may need to ask you something. Leave a name and a work phone extension or email.',
  contactAskSave: 'Save and go on',
  contactRequired: 'Say how the IT team can reach you',
  contactFromPage: 'From this page: {contact}',

  honeypotLabel: 'Leave this empty',
  optional: '(optional)',
  required: '(required)',

  continue: 'Continue to check your report',
  discard: 'Discard this report',
  discardConfirm: 'Delete what you typed? This cannot be undone.',
  discardYes: 'Yes, delete it',
  discardNo: 'No, keep it',
  discarded: 'Your report was deleted.',
  draftRestored: 'We brought back what you typed earlier.',
  draftSaved: 'Saved on this computer as you type.',

  // Coaching
  coachingHeading: 'A quick question',
  coachingYouWrote: 'You wrote “{phrase}”.',
  coachingNote: 'You can send it as it is. Answering helps the IT team fix it faster.',
  coachSlow: 'Since when has it been slow? Is it slow for everyone, or just on this computer?',
  coachDown: 'What do you see on the screen when you try to use it?',
  coachPrinter: 'What comes out: nothing, blank pages, or something else? Does the printer show a message?',
  coachInternet: 'What does the screen say when you try to open a web page? Does it happen on other computers too?',
  coachError: 'What does the message say, word for word? You can copy it into “The exact message on the screen”.',
  coachCrash: 'What were you doing just before it happened, and what did you see on the screen?',
  coachLogin: 'What happens when you try to sign in? Copy any message you see.',

  // Errors
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  summaryRequired: 'Say in a few words what the problem is',
  whatHappenedRequired: 'Say what happened',
  tooLong: '“{label}” must be {max} characters or fewer',

  // Review
  reviewHeading: 'Check your report',
  reviewIntro: 'This is how the IT team will read it.',
  change: 'Change',
  returnToCheck: 'Back to check your report',
  changedTag: 'Changed',
  gapsHeading: 'You could add',
  gapError: 'No exact error message. Add one if there was a message on the screen.',
  gapProgram: 'No program named. Which program were you using?',
  gapAsset: 'No computer name or asset tag. It helps us find the right machine.',
  gapWhen: 'No start time. When did it start?',
  gapTried: 'Nothing listed as tried. Did you restart the program or the computer?',
  gapScope: 'Not said who is affected.',
  gapBranch: 'No branch.',
  whatWillBeSent: 'This is what will be sent',
  contextNote: 'Your report, with details about this computer added at the end for the IT team:',
  contextOtherComputer: 'These details are about the computer you are using now, not the one with the problem.',
  maskedNote: {
    one: 'To protect privacy, we hid 1 thing that looks like a library card number, an email address or a phone number.',
    other:
      'To protect privacy, we hid {count} things that look like a library card number, an email address or a phone number.'
  },
  back: 'Go back and change',
  send: 'Send report',
  finish: 'Finish',
  sending: 'Sending…',

  // Review rows
  rowSummary: 'Problem',
  rowWhatHappened: 'What happened',
  rowError: 'Message on the screen',
  rowErrorNone: 'There was no message',
  rowTryingTo: 'Trying to',
  rowExpected: 'Expected',
  rowProgram: 'Program',
  rowWebPage: 'Web page',
  rowStarted: 'Started',
  rowFrequency: 'How often',
  rowWhere: 'Where',
  rowOtherComputer: 'Reported from a different computer',
  rowScope: 'Who is affected',
  rowImpact: 'What can’t be done',
  rowPriority: 'Priority',
  rowTried: 'Already tried',
  rowScreenshot: 'Picture',
  rowReporter: 'Reported by',
  notGiven: 'Not given',
  yes: 'Yes',

  // Choices (ids are fixed; the words can change)
  scopeMe: 'Just me',
  scopeThisComputer: 'Everyone using this computer or device',
  scopeSeveral: 'Several computers or people',
  scopeBranch: 'Everyone at this branch',
  scopeAllBranches: 'All branches',
  scopeNotSure: 'I am not sure',
  impactPatronsWaiting: 'Patrons are waiting or cannot be served',
  impactStaffBlocked: 'Staff cannot do their work',
  impactWorkaround: 'There is a way around it for now',
  impactAnnoyance: 'It is a nuisance, but work goes on',
  startedJustNow: 'Just now (in the last hour)',
  startedToday: 'Earlier today',
  startedThisWeek: 'In the last few days',
  startedLonger: 'More than a week ago',
  startedNotSure: 'I am not sure',
  frequencyOnce: 'It happened once',
  frequencySometimes: 'Sometimes',
  frequencyEveryTime: 'Every time',
  frequencyNotSure: 'I am not sure',
  programOther: 'Something else',
  triedOther: 'Something else',

  // Outcomes
  sentHeading: 'Report sent',
  sentReference: 'Your reference number is',
  sentNoReference: 'The IT inbox received it.',
  sentTicket: 'Help desk ticket number: {number}',
  sentNextContact:
    'The IT team will read it and get back to you ({contact}). Quote the reference number if you call or email about it. If a patron is waiting and it is urgent, call as well.',
  sentNextNoContact:
    'The IT team will read it. You did not leave a way to reach you, so quote the reference number if you call or email about it. If a patron is waiting and it is urgent, call as well.',
  sentNext:
    'The IT team will read it and get back to you. Quote the reference number if you call or email about it. If a patron is waiting and it is urgent, call as well.',
  queuedHeading: 'Saved on this computer — not sent yet',
  queuedBody:
    'We could not reach the IT inbox just now. Your report is saved on this computer and will send by itself when the connection is back. You do not need to send it again.',
  queuedMemoryHeading: 'Not sent yet — keep this page open',
  queuedMemoryBody:
    'We could not reach the IT inbox just now, and this browser could not save the report on this computer. We will keep trying while this page is open.',
  queuedNotPersistent:
    'This browser cannot keep it after the page closes. Keep this page open until it says “Report sent”, or copy the report.',
  queuedId: 'Its number on this computer:',
  queuedUrgent: 'If a patron is waiting and it is urgent, call as well:',
  quickHeading: 'Send this report now?',
  quickBody: 'That was quick. Check that it says what you mean, then send it.',
  quickSend: 'Yes, send it',
  failedHeading: 'Your report was not sent',
  failedBody: 'The IT inbox did not accept it.',
  sendBroke: 'Something in this browser stopped it from being sent.',
  failedNext: 'What you typed is still here. You can:',
  failedDetails: 'Details for the IT team',
  localHeading: 'Nothing has been sent',
  localBody:
    'This form is not connected to the IT inbox. Copy the report, email it or print it, so the IT team gets it.',
  mailtoHeading: 'Finish in your email program',
  mailtoBody:
    'Your email program should have opened a new message with the report. Press send there. If nothing opened, copy the report and email it yourself.',
  copyReport: 'Copy the report',
  copied: 'Copied. Paste it into an email or a chat message.',
  copyFailed: 'Copying did not work. Select the text below and copy it.',
  emailReport: 'Email it to {email}',
  emailNoPicture: 'The picture is not included in the email: attach it yourself if you can.',
  callPhone: 'Call {phone}',
  printReport: 'Print the report',
  backToReport: 'Go back to my report',
  newReport: 'Report another problem',
  reportText: 'The report as text',

  configProblem: 'This form is not set up quite right:',
  configBadEmail: 'this is not an email address, so it is not offered.',
  configBadBarcodePattern: 'the pattern for card numbers cannot be used, so the standard 14-digit pattern is used.',
  configBadPriorityMap: 'the priority table cannot be used, so the standard priorities are used.',
  configBadMinFillSeconds: 'use a number of seconds, 0 or more.',
  configBadScreenshotMaxKb: 'use a number from 1 to {max}. For now, pictures up to {size} are accepted.',
  configUnknownLibrarySystems: 'we do not know {names}, so it is left out.',
  configBadPrograms: 'part of the program list cannot be used, so the standard lists are used.',
  configLoadFailed: 'the file could not be loaded.',

  // Mask labels (these end up in the report the IT team reads)
  maskCard: '[card number hidden]',
  maskEmail: '[email hidden]',
  maskPhone: '[phone hidden]',

  // Plain-text report headings
  textTitle: 'Problem report',
  textDetails: 'Details about the computer used to report',
  textScreen: 'Screen {screen}, window {window}, zoom {zoom}',
  textLanguage: 'Language {language}, {online}',
  textOnline: 'online',
  textOffline: 'offline',
  textTime: 'Time {time}',
  textPage: 'Page {url}'
} satisfies Catalog;

export default en;
export type ProblemReportCatalog = typeof en;
