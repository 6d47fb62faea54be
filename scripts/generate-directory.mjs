#!/usr/bin/env node
// Makes a realistic, made-up consortium partner directory in the simple CSV format of <tb-partner-finder>
// (docs/partner-finder.md), for the demo and the benchmark. Same seed, same file: the output is deterministic.
//
//   node scripts/generate-directory.mjs                       demo/data/consortium-directory.csv, 3,000 organizations
//   node scripts/generate-directory.mjs --count 10000 --out /tmp/dir.csv --seed 7
//   node scripts/generate-directory.mjs --categories          rewrites src/components/partner-finder/categories-data.ts
//                                                             from src/content/partner-categories.json, and
//                                                             categories-data-es.ts from partner-categories.es.json
//
// Every name, address, phone number and person is invented: places are fictional, websites and emails use
// .example domains, phone numbers use the 555-01xx range that is never assigned.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** mulberry32: small, fast, deterministic. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = [
  'Alder Falls',
  'Brookhaven',
  'Cedar Hollow',
  'Dunmore',
  'East Harbor',
  'Fairview',
  'Glenwood',
  'Harper Mills',
  'Iron Creek',
  'Juniper Bay',
  'Kingsford',
  'Lakeview',
  'Maple Ridge',
  'Northgate',
  'Oak Point',
  'Pine Valley',
  'Quarry Hill',
  'Riverside',
  'Stonebridge',
  'Twin Lakes',
  'Union Springs',
  'Valley Forge',
  'Westbrook',
  'Willow Bend',
  'Yarrow',
  'Zephyr Cove',
  'Ashton',
  'Bellmont',
  'Clearwater',
  'Driftwood'
];
const STREETS = [
  'Main St',
  'Oak Ave',
  'Elm St',
  'Library Way',
  'Market St',
  'Park Rd',
  'River Rd',
  'Church St',
  'School St',
  'Mill Ln',
  'Center Ave',
  'Washington Blvd',
  'Lincoln Ave',
  'Maple Dr',
  'Harbor Rd'
];
const FIRST = [
  'Ana',
  'Ben',
  'Carla',
  'Dev',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Imani',
  'Jonas',
  'Keiko',
  'Luis',
  'Maya',
  'Nadia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tariq',
  'Uma',
  'Victor',
  'Wen',
  'Yusuf',
  'Zoe'
];
const LAST = [
  'Abbott',
  'Baptiste',
  'Chen',
  'Delgado',
  'Eriksen',
  'Fofana',
  'Garcia',
  'Haddad',
  'Ibarra',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Mensah',
  'Nguyen',
  'Okafor',
  'Patel',
  'Quintero',
  'Rossi',
  'Singh',
  'Tanaka',
  'Usman',
  'Volkov',
  'Walsh',
  'Xu',
  'Yilmaz'
];
const TITLES = [
  'Program manager',
  'Executive director',
  'Volunteer coordinator',
  'Outreach lead',
  'Community liaison',
  'Branch manager',
  'Education director'
];
const LANGUAGES = [
  'English',
  'Spanish',
  'Vietnamese',
  'Chinese',
  'Arabic',
  'Somali',
  'Russian',
  'Tagalog',
  'Korean',
  'French',
  'Haitian Creole',
  'Hmong'
];

/** Per chart category: name patterns ({city}, {last}), audiences, what they bring, description phrases. */
const KINDS = {
  business: {
    names: [
      '{city} Chamber of Commerce',
      '{city} Economic Development Council',
      '{last} Family Restaurant',
      '{city} Visitors Center',
      '{last} & Sons Hardware',
      '{city} Small Business Alliance'
    ],
    audiences: ['Small businesses', 'Job seekers'],
    brings: ['Sponsorship', 'Mentors', 'Job leads'],
    what: 'supports local employers and new business owners with networking, workshops and referrals'
  },
  'community-services': {
    names: [
      '{city} Rotary Club',
      '{city} Lions Club',
      'Kiwanis Club of {city}',
      '{city} United Way',
      '{city} Neighborhood Association',
      '{city} Food Pantry',
      '{city} Literacy Council'
    ],
    audiences: ['Everyone', 'Families'],
    brings: ['Volunteers', 'Small grants'],
    what: 'runs volunteer projects, food drives and small grants for neighbors in need'
  },
  cultural: {
    names: [
      '{city} Community Theater',
      '{city} Art League',
      '{city} Historical Society',
      '{city} Arts Commission',
      '{city} Dance Collective'
    ],
    audiences: ['Everyone', 'Teens'],
    brings: ['Performers', 'Exhibitions'],
    what: 'presents plays, exhibits and local history programs'
  },
  educational: {
    names: [
      '{city} Elementary School',
      '{city} High School PTA',
      '{city} Community College',
      '{city} Home School Network',
      '{city} Tutoring Center',
      '{city} Adult Education Program'
    ],
    audiences: ['Children', 'Teens', 'Adults learning English'],
    brings: ['Tutors', 'Student volunteers'],
    what: 'offers classes, tutoring and homework help'
  },
  ethnic: {
    names: [
      '{city} Hispanic Chamber',
      '{city} Refugee Resource Center',
      '{city} Asian American Association',
      '{city} Urban League',
      '{city} Immigrant Welcome Center'
    ],
    audiences: ['New immigrants', 'Families'],
    brings: ['Interpreters', 'Community links'],
    what: 'helps immigrant and refugee families settle in, with interpreters and citizenship help'
  },
  'family-services': {
    names: ['{city} Family Services', '{city} County Social Services', '{city} Parenting Center'],
    audiences: ['Families', 'Children'],
    brings: ['Case workers', 'Referrals'],
    what: 'supports families with case work, parenting classes and referrals'
  },
  financial: {
    names: [
      '{city} Community Credit Union',
      '{city} Savings Bank',
      '{last} Financial Planning',
      '{city} Tax Help Clinic'
    ],
    audiences: ['Adults', 'Small businesses'],
    brings: ['Money workshops', 'Sponsorship'],
    what: 'teaches budgeting and saving and offers free tax preparation'
  },
  government: {
    names: [
      '{city} City Council',
      '{city} Planning Office',
      '{city} Police Department Community Unit',
      '{city} Workforce Development Board',
      '{city} Parks and Recreation'
    ],
    audiences: ['Everyone', 'Job seekers'],
    brings: ['Funding', 'Public data'],
    what: 'provides public services and job training programs'
  },
  health: {
    names: [
      '{city} Public Health Clinic',
      '{city} General Hospital',
      '{city} Community Health Center',
      '{last} Family Dental',
      '{city} Mental Health Alliance'
    ],
    audiences: ['Everyone', 'Older adults', 'Families'],
    brings: ['Health experts', 'Screenings'],
    what: 'offers health screenings, clinics and wellness classes'
  },
  legal: {
    names: ['{city} Legal Aid', '{city} County Bar Association', '{city} Tenant Rights Project'],
    audiences: ['Adults', 'New immigrants'],
    brings: ['Legal clinics', 'Volunteer lawyers'],
    what: 'gives free legal advice and clinics'
  },
  libraries: {
    names: ['{city} High School Library', '{city} College Library', '{city} Law Library', '{city} Medical Library'],
    audiences: ['Students', 'Everyone'],
    brings: ['Shared collections', 'Training'],
    what: 'shares collections, training and technology with other libraries'
  },
  media: {
    names: ['{city} Gazette', '{city} Community Radio', '{city} Public Access TV', '{city} Neighborhood Newsletter'],
    audiences: ['Everyone'],
    brings: ['Publicity', 'Stories'],
    what: 'covers local news and community events'
  },
  disabilities: {
    names: [
      '{city} Center for Independent Living',
      '{city} Council of the Blind',
      '{city} Deaf Community Center',
      '{city} Goodwill Job Center'
    ],
    audiences: ['People with disabilities', 'Job seekers'],
    brings: ['Accessibility advice', 'Assistive technology'],
    what: 'supports people with disabilities with independent living skills and assistive technology'
  },
  professional: {
    names: [
      '{city} Board of Realtors',
      '{city} Medical Association',
      '{city} Business and Professional Women',
      '{city} Engineers Guild'
    ],
    audiences: ['Adults', 'Job seekers'],
    brings: ['Expert speakers', 'Mentoring'],
    what: 'is a professional group that offers mentoring and expert talks'
  },
  religious: {
    names: [
      'First Church of {city}',
      '{city} Jewish Community Center',
      '{city} Ministerial Alliance',
      '{city} Catholic Charities',
      '{city} Islamic Center'
    ],
    audiences: ['Families', 'Teens', 'Older adults'],
    brings: ['Volunteers', 'Space'],
    what: 'is a faith community that runs youth groups and community meals'
  },
  seniors: {
    names: ['{city} Senior Center', '{city} Area Agency on Aging', '{city} RSVP Volunteers'],
    audiences: ['Older adults'],
    brings: ['Older volunteers', 'Transport'],
    what: 'serves older adults with meals, classes and rides'
  },
  technology: {
    names: [
      '{city} Computer Club',
      '{last} IT Consulting',
      '{city} Community College IT Program',
      '{city} Broadband Co-op',
      '{city} Coding Club'
    ],
    audiences: ['Adults', 'Teens', 'Older adults'],
    brings: ['Tech support', 'Donated computers', 'Trainers'],
    what: 'helps people and groups with computers, internet access and digital skills'
  },
  youth: {
    names: [
      '{city} Boys and Girls Club',
      '{city} Scouts Troop',
      'Big Brothers Big Sisters of {city}',
      '{city} Head Start',
      '{city} Junior Achievement',
      '{city} After School Program'
    ],
    audiences: ['Children', 'Teens', 'Families'],
    brings: ['Youth leaders', 'Young volunteers'],
    what: 'runs after-school, mentoring and summer programs for young people'
  },
  womens: {
    names: ['{city} YWCA', "{city} Women's Shelter", '{city} Junior League', 'Soroptimist Club of {city}'],
    audiences: ['Women', 'Families'],
    brings: ['Volunteers', 'Programs for women'],
    what: 'supports women and girls with shelter, job help and mentoring'
  }
};
const CATEGORY_IDS = Object.keys(KINDS);

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const some = (rand, list, max) => {
  const n = 1 + Math.floor(rand() * max);
  const out = new Set();
  for (let i = 0; i < n; i++) out.add(pick(rand, list));
  return [...out];
};
const slug = text =>
  text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const pad = n => String(n).padStart(2, '0');

/** Makes `count` organizations as plain row objects in the simple CSV's columns. */
export function generateDirectory(count = 3000, seed = 20251128) {
  const rand = random(seed);
  const rows = [];
  const usedNames = new Map();
  for (let i = 0; i < count; i++) {
    const category = pick(rand, CATEGORY_IDS);
    const kind = KINDS[category];
    const city = pick(rand, CITIES);
    const last = pick(rand, LAST);
    let name = pick(rand, kind.names).replace('{city}', city).replace('{last}', last);
    const seen = usedNames.get(name) ?? 0;
    usedNames.set(name, seen + 1);
    if (seen)
      name = `${name} (${['North', 'South', 'East', 'West', 'Downtown', 'Uptown'][seen % 6]}${seen >= 6 ? ` ${Math.floor(seen / 6) + 1}` : ''})`;
    const second =
      rand() < 0.25
        ? pick(
            rand,
            CATEGORY_IDS.filter(c => c !== category)
          )
        : undefined;
    const site = `${slug(name)}.example.org`;
    const year = 2021 + Math.floor(rand() * 5);
    const hasPerson = rand() < 0.7;
    const person = `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
    rows.push({
      id: `CONS-${String(i + 1).padStart(6, '0')}`,
      name,
      categories: [category, second].filter(Boolean).join('; '),
      description: `${name} ${kind.what} in ${city}.${rand() < 0.3 ? ' Open to working with the library on joint programs.' : ''}`,
      website: rand() < 0.9 ? `https://${site}` : '',
      email: rand() < 0.8 ? `info@${site}` : '',
      phone: `(${200 + Math.floor(rand() * 700)}) 555-01${pad(Math.floor(rand() * 100))}`,
      address: `${1 + Math.floor(rand() * 2400)} ${pick(rand, STREETS)}`,
      city,
      audience: some(rand, kind.audiences, 2).join('; '),
      languages: ['English', ...(rand() < 0.5 ? some(rand, LANGUAGES.slice(1), 2) : [])].join('; '),
      brings: some(rand, kind.brings, 2).join('; '),
      last_verified:
        rand() < 0.92 ? `${year}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}` : '',
      contact_name: hasPerson ? person : '',
      contact_title: hasPerson ? pick(rand, TITLES) : '',
      contact_email: hasPerson ? `${slug(person)}@${site}` : '',
      contact_phone: hasPerson ? `(${200 + Math.floor(rand() * 700)}) 555-01${pad(Math.floor(rand() * 100))}` : ''
    });
  }
  return rows;
}

export function directoryCsv(count, seed) {
  return Papa.unparse(generateDirectory(count, seed), { newline: '\n' }) + '\n';
}

/**
 * The same organizations as Open Referral HSDS 3.0 JSON (a list of organizations with their phones, contacts,
 * locations, taxonomy terms and services), for the benchmark of the HSDS reader. Ids become UUIDs, as HSDS asks.
 */
export function toHsds(rows) {
  const list = cell => (cell ? cell.split(';').map(s => s.trim()) : []);
  return rows.map(r => {
    const n = r.id.replace(/\D/g, '').padStart(12, '0');
    const uuid = kind => `00000000-0000-4000-8${kind}00-${n}`;
    return {
      id: uuid('0'),
      name: r.name,
      description: r.description,
      website: r.website || null,
      email: r.email || null,
      phones: r.phone ? [{ id: uuid('1'), number: r.phone, type: 'voice' }] : [],
      contacts: r.contact_name
        ? [
            {
              id: uuid('2'),
              name: r.contact_name,
              title: r.contact_title,
              email: r.contact_email,
              phones: r.contact_phone ? [{ id: uuid('3'), number: r.contact_phone }] : []
            }
          ]
        : [],
      locations: [
        {
          id: uuid('4'),
          location_type: 'physical',
          addresses: [
            { address_1: r.address, city: r.city, state_province: 'ST', country: 'US', address_type: 'physical' }
          ],
          languages: list(r.languages).map(name => ({ name }))
        }
      ],
      attributes: list(r.categories).map(name => ({ taxonomy_term: { name } })),
      services: [{ id: uuid('5'), name: 'Partnership programs', description: r.brings, eligibility: r.audience }],
      metadata: r.last_verified ? [{ last_action_date: r.last_verified }] : []
    };
  });
}

function writeCategoriesModule() {
  const data = JSON.parse(readFileSync(join(ROOT, 'src/content/partner-categories.json'), 'utf8'));
  delete data.$comment;
  const out = `// Generated from src/content/partner-categories.json by \`node scripts/generate-directory.mjs --categories\`.
// Edit the JSON file, then run that command. A test checks that the two are equal. This is a module because the
// browser test runner cannot import JSON files.
import type { CategoryContent } from './model.js';

export const DEFAULT_CATEGORIES: CategoryContent = ${JSON.stringify(data, null, 2)};
`;
  writeFileSync(join(ROOT, 'src/components/partner-finder/categories-data.ts'), out);
  console.log('Wrote src/components/partner-finder/categories-data.ts');
}

/** The Spanish words of the chart (same ids), a module of its own: the element loads it only for Spanish pages. */
function writeSpanishCategoriesModule() {
  const data = JSON.parse(readFileSync(join(ROOT, 'src/content/partner-categories.es.json'), 'utf8'));
  delete data.$comment;
  const out = `// Generated from src/content/partner-categories.es.json by \`node scripts/generate-directory.mjs --categories\`.
// Edit the JSON file, then run that command. Loaded only when the page is in Spanish (chart-words.ts).
import type { ChartWords } from './model.js';

const CATEGORIES_ES: ChartWords = ${JSON.stringify(data, null, 2)};

export default CATEGORIES_ES;
`;
  writeFileSync(join(ROOT, 'src/components/partner-finder/categories-data-es.ts'), out);
  console.log('Wrote src/components/partner-finder/categories-data-es.ts');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const opt = name => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (args.includes('--categories')) {
    writeCategoriesModule();
    writeSpanishCategoriesModule();
  } else {
    const count = Number(opt('--count') ?? 3000);
    const seed = Number(opt('--seed') ?? 20251128);
    const out = resolve(opt('--out') ?? join(ROOT, 'demo/data/consortium-directory.csv'));
    writeFileSync(out, directoryCsv(count, seed));
    console.log(`Wrote ${count} organizations to ${out}`);
  }
}
