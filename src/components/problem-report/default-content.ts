// Generated from src/content/vague-phrases.json and src/content/problem-programs.json by
// `node src/components/problem-report/generate-defaults.mjs`. Do not edit by hand.
import type { VaguePhrase } from './vague.js';
import type { PickerConfig } from './payload.js';

export const DEFAULT_PHRASES: VaguePhrase[] = [
  {
    id: 'system-down',
    match: [
      'system is down',
      'systems down',
      'system down',
      'system went down',
      'system is not working',
      "system isn't working",
      "system doesn't work",
      'system is broken',
      'server is down',
      'network is down',
      'everything is down'
    ],
    question:
      'Which program or screen stopped working, and what do you see when you try to use it? Are the lights on the computer and the screen still on?'
  },
  {
    id: 'internet-broken',
    match: [
      'internet is broken',
      "internet's broken",
      'internet is down',
      "internet's down",
      'internet went down',
      "internet isn't working",
      'internet is not working',
      "internet doesn't work",
      'internet stopped working',
      'no internet',
      'internet is out',
      'wifi is down',
      "wifi isn't working",
      'wifi is not working',
      "wifi doesn't work",
      'wi fi is down',
      "wi fi isn't working",
      'wi fi is not working'
    ],
    unless: ['says', 'said', 'message'],
    skipIf: ['errorMessage'],
    question:
      'Which web page were you trying to open, in which program, and what did the screen say? Does it happen on other computers too?'
  },
  {
    id: 'doesnt-work',
    match: [
      "it doesn't work",
      'it does not work',
      "it isn't working",
      'it is not working',
      "it's not working",
      "it won't work",
      'it will not work',
      'nothing works',
      'nothing is working',
      'everything is broken',
      "it's broken",
      'it is broken',
      "it's broke",
      "doesn't work anymore",
      'does not work anymore'
    ],
    unless: ['says', 'said', 'shows', 'showed', 'message', 'when i', 'after i', 'instead of'],
    question: 'What happens when you try? For example: nothing at all, a message, a blank screen, or the wrong result.'
  },
  {
    id: 'computer-slow',
    match: [
      'computer is slow',
      'computers are slow',
      'computer is running slow',
      'computer is so slow',
      'computer is really slow',
      'pc is slow',
      'pcs are slow',
      'everything is slow',
      "it's slow",
      'it is slow',
      "it's so slow",
      "it's really slow",
      'it is very slow',
      'running slow',
      'super slow',
      'slow as'
    ],
    unless: ['seconds', 'minutes', 'takes', 'took'],
    question:
      'What is slow, and how slow? For example: “logging in takes 5 minutes” or “each catalogue search takes 30 seconds”. Since when?'
  },
  {
    id: 'crashed',
    match: [
      'it crashed',
      'crashed',
      'keeps crashing',
      'crashes',
      'crashing',
      'froze',
      'frozen',
      'freezes',
      'keeps freezing',
      'locked up',
      'it hung'
    ],
    unless: [
      'when i',
      'after i',
      'while i',
      'as soon as',
      'every time i',
      'each time i',
      'when a',
      'after a',
      'while a'
    ],
    question:
      'What were you doing just before it stopped? Did the window close by itself, or stop responding? Was there a message?'
  },
  {
    id: 'wont-turn-on',
    match: [
      "won't turn on",
      'will not turn on',
      "doesn't turn on",
      'does not turn on',
      "won't start",
      "won't start up",
      "won't boot",
      'is dead',
      "it's dead",
      'died'
    ],
    unless: ['light', 'lights', 'plugged', 'beeps', 'beeping'],
    question:
      'Are any lights on, on the computer or the screen? Is it plugged in and switched on at the wall? Does it make any sound?'
  },
  {
    id: 'cant-print',
    match: [
      "can't print",
      'cannot print',
      "printer doesn't work",
      "printer isn't working",
      'printer is not working',
      'printer is down',
      'printer is broken',
      'printing is broken',
      "printing isn't working",
      'printing is not working',
      "printing doesn't work"
    ],
    unless: ['jam', 'jammed', 'toner', 'blank', 'says', 'shows', 'queue', 'release station'],
    question:
      'Which printer, and what happens when you print? Does the job appear at the print release station? What does the printer’s own screen say?'
  },
  {
    id: 'acting-weird',
    match: [
      'acting weird',
      'acting strange',
      'acting funny',
      'acting up',
      'doing something weird',
      'doing weird things',
      'something is wrong',
      "something's wrong",
      'something is off',
      'messed up',
      'is weird',
      'being weird'
    ],
    question:
      'What exactly did you see that was different from usual? Describe it as if the IT person cannot see your screen.'
  },
  {
    id: 'email-broken',
    match: [
      'email is down',
      "email's down",
      "email doesn't work",
      "email isn't working",
      'email is not working',
      'email is broken',
      "email's broken",
      'no email'
    ],
    unless: ['says', 'message', 'bounced'],
    question:
      'Can you not send, not receive, or not open email at all? Which email program or website? What does the screen say?'
  },
  {
    id: 'cant-log-in',
    match: [
      "can't log in",
      'cannot log in',
      "can't login",
      'cannot login',
      "can't sign in",
      'cannot sign in',
      "login doesn't work",
      "login isn't working",
      "password doesn't work",
      "won't let me log in",
      "won't let me in",
      'locked out'
    ],
    unless: ['says', 'said', 'message'],
    skipIf: ['errorMessage'],
    question: 'Which program or website, and what does it say when you try? Please never write a password here.'
  },
  {
    id: 'some-error',
    match: [
      'got an error',
      'got some error',
      'an error came up',
      'error came up',
      'error popped up',
      'some error',
      'some kind of error',
      'some sort of error',
      'gave me an error',
      'gave an error',
      'says error',
      'an error message'
    ],
    skipIf: ['errorMessage'],
    question:
      'What did the message say, word for word? Copy or type it into “The exact message on the screen”, even if it does not make sense.'
  },
  {
    id: 'same-again',
    match: [
      'the usual problem',
      'the same problem',
      'same problem again',
      'same thing again',
      'the same issue',
      'same issue again',
      'that problem again',
      "it's happening again",
      'it is happening again',
      'doing it again'
    ],
    question: 'The IT team may not know which problem you mean. Describe what you see now, as if for the first time.'
  },
  {
    id: 'virus',
    match: ['has a virus', 'got a virus', 'have a virus', 'virus on', 'been hacked', 'got hacked', 'is hacked'],
    question: 'What made you think so? Describe the messages or pop-ups you saw, but do not click anything in them.'
  },
  {
    id: 'disappeared',
    match: ['disappeared', "it's gone", 'it is gone', 'vanished', 'went missing'],
    unless: ['icon', 'button', 'menu', 'file', 'folder', 'shortcut', 'toolbar'],
    question: 'What was there before (an icon, a button, a file)? Where did you last see it?'
  }
];

export const DEFAULT_PICKERS: PickerConfig = {
  programs: [
    {
      id: 'ils-staff',
      label: 'Library system, staff side (checkouts, holds, patron records)'
    },
    {
      id: 'catalogue',
      label: 'Catalogue that patrons search (OPAC)'
    },
    {
      id: 'self-checkout',
      label: 'Self-checkout machine'
    },
    {
      id: 'public-pc',
      label: 'Public computer sign-in or time limits'
    },
    {
      id: 'pc-reservation',
      label: 'Computer booking (reservation) system'
    },
    {
      id: 'print-release',
      label: 'Printing or print release station'
    },
    {
      id: 'copier-scanner',
      label: 'Copier or scanner'
    },
    {
      id: 'receipt-printer',
      label: 'Receipt printer or barcode scanner at the desk'
    },
    {
      id: 'browser',
      label: 'Web browser (Edge, Chrome, Firefox)'
    },
    {
      id: 'email',
      label: 'Email or calendar'
    },
    {
      id: 'office',
      label: 'Word, Excel or other office programs'
    },
    {
      id: 'ebooks',
      label: 'E-books, databases or other online resources'
    },
    {
      id: 'wifi',
      label: 'Wi-Fi for patrons or staff'
    },
    {
      id: 'phone',
      label: 'Phones or voicemail'
    },
    {
      id: 'website',
      label: 'Library website or intranet'
    },
    {
      id: 'windows',
      label: 'Windows itself (sign-in, start menu, updates)'
    }
  ],
  tried: [
    {
      id: 'restart-program',
      label: 'Closed the program and opened it again'
    },
    {
      id: 'restart-computer',
      label: 'Restarted the computer'
    },
    {
      id: 'cables-power',
      label: 'Checked cables and power (lights on, plugged in)'
    },
    {
      id: 'other-computer',
      label: 'Tried another computer'
    },
    {
      id: 'other-browser',
      label: 'Tried another browser'
    },
    {
      id: 'signed-out-in',
      label: 'Signed out and in again'
    },
    {
      id: 'asked-colleague',
      label: 'Asked a colleague to try'
    }
  ]
};
