import { DEFAULT_SECTIONS } from '../../../src/components/mou-outline/sections-data.js';
import { emptyDoc, type MouDoc } from '../../../src/components/mou-outline/model.js';

export const sections = DEFAULT_SECTIONS.sections;

/** A draft with every required section filled in. */
export function finishedDoc(): MouDoc {
  const doc = emptyDoc();
  doc.answers = {
    parties: { library: 'Riverside Public Library', partner: 'Riverside Job Center', project: 'Job Help Nights' },
    'assets-needs': { 'brings@a': 'Computer lab\nEvening hours', 'brings@b': 'Job coaches', 'needs@b': 'A room' },
    audiences: { audiences: 'Adults looking for work' },
    purpose: {
      purpose: 'Help people apply for jobs online.',
      goals: [{ goal: 'More people apply online', measure: '150 people helped by June' }]
    },
    roles: { 'does@a': 'Books the lab', 'does@b': 'Sends a coach' },
    timeline: {
      start: '2026-09-01',
      end: '2027-06-30',
      renewal: '2027-05-15',
      milestones: [
        { date: '2026-09-02', what: 'First session', who: 'Library' },
        { date: '2027-01-15', what: 'Halfway check-in', who: 'Both' }
      ]
    },
    contacts: {
      people: [
        { name: 'Ana Ruiz', organization: 'Riverside Job Center', role: 'Coach', email: 'ana@example.org', phone: '' }
      ],
      decisions: 'Together at the monthly meeting.'
    },
    ending: { 'notice-days': '30', how: 'Either side may end this with 30 days written notice.' },
    statement: { agreed: 'yes' },
    signatures: { 'name@a': 'Lee Park', 'title@a': 'Director', 'name@b': 'Sam Oduya', 'title@b': 'Director' }
  };
  return doc;
}
