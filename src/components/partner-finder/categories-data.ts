// Generated from src/content/partner-categories.json by `node scripts/generate-directory.mjs --categories`.
// Edit the JSON file, then run that command. A test checks that the two are equal. This is a module because the
// browser test runner cannot import JSON files.
import type { CategoryContent } from './model.js';

export const DEFAULT_CATEGORIES: CategoryContent = {
  version: 1,
  goals: [
    {
      id: 'literacy',
      label: 'Literacy',
      keywords: ['literacy', 'reading', 'esl', 'english language', 'tutoring']
    },
    {
      id: 'digital-inclusion',
      label: 'Digital inclusion',
      keywords: ['digital inclusion', 'digital skills', 'internet access', 'broadband', 'computer class']
    },
    {
      id: 'job-seekers',
      label: 'Job seekers',
      keywords: ['employment', 'job', 'jobs', 'career', 'workforce', 'job seekers']
    },
    {
      id: 'new-immigrants',
      label: 'New immigrants',
      keywords: ['immigrant', 'immigrants', 'refugee', 'refugees', 'newcomer', 'citizenship']
    },
    {
      id: 'health-information',
      label: 'Health information',
      keywords: ['health', 'mental health', 'wellness', 'medical', 'counselling', 'counseling']
    },
    {
      id: 'youth',
      label: 'Children and young people',
      keywords: ['youth', 'children', 'teens', 'young people', 'child care', 'summer camp']
    },
    {
      id: 'older-adults',
      label: 'Older adults',
      keywords: ['older adults', 'seniors', 'elderly', 'aging', 'ageing', 'older people']
    },
    {
      id: 'small-business',
      label: 'Small business',
      keywords: ['small business', 'entrepreneur', 'entrepreneurs', 'business']
    },
    {
      id: 'civic-engagement',
      label: 'Civic engagement',
      keywords: ['civic', 'voting', 'volunteer', 'volunteering', 'community engagement']
    },
    {
      id: 'arts-culture',
      label: 'Arts and culture',
      keywords: ['arts', 'art', 'culture', 'theater', 'theatre', 'music', 'history']
    },
    {
      id: 'tech-support',
      label: 'Tech support',
      keywords: ['tech support', 'it support', 'computer repair', 'technology']
    }
  ],
  categories: [
    {
      id: 'business',
      name: 'Businesses, chambers of commerce and economic development groups',
      examples: [
        'Local employers',
        'Small business owners',
        "Visitors' centers",
        'Chambers of commerce',
        'Economic development councils',
        'Industry councils',
        'Real estate agents',
        'Restaurants'
      ],
      brings: ['sponsorship and prizes', 'mentors and guest speakers', 'job leads', 'venues and catering'],
      needs: ['visibility in the community', 'a trained local workforce', 'research help for their business'],
      goals: ['small-business', 'job-seekers', 'digital-inclusion'],
      keywords: [
        'business',
        'businesses',
        'chamber of commerce',
        'chambers of commerce',
        'economic development',
        'employer',
        'employers',
        'industry',
        'restaurant',
        'real estate',
        'visitors center',
        'tourism'
      ]
    },
    {
      id: 'community-services',
      name: 'Community service groups, associations and clubs',
      examples: [
        'Literacy organizations',
        'YMCA',
        'AARP',
        'AAUW',
        'American Red Cross',
        'Kiwanis',
        'Lions',
        'Rotary',
        'United Way',
        'Neighborhood associations',
        'Organizations serving the homeless',
        'Salvation Army'
      ],
      brings: ['volunteers', 'small grants', 'links to people the library rarely reaches'],
      needs: ['meeting space', 'a way to reach more residents', 'help with research and publicity'],
      goals: ['literacy', 'civic-engagement', 'older-adults', 'job-seekers'],
      keywords: [
        'community services',
        'service club',
        'rotary',
        'lions',
        'kiwanis',
        'united way',
        'red cross',
        'ymca',
        'neighborhood association',
        'homeless',
        'homelessness',
        'housing',
        'food',
        'food bank',
        'soup kitchen',
        'meals',
        'salvation army',
        'charity',
        'literacy council'
      ]
    },
    {
      id: 'cultural',
      name: 'Cultural groups',
      examples: [
        'Theater groups',
        'Art leagues',
        'Dance supporters',
        'Arts commissions',
        'Historic preservation groups',
        'State humanities councils'
      ],
      brings: ['performers and artists', 'exhibitions and programs', 'humanities grants'],
      needs: ['audiences', 'space to show or perform', 'promotion'],
      goals: ['arts-culture', 'civic-engagement', 'youth'],
      keywords: [
        'cultural',
        'culture',
        'arts',
        'art',
        'theater',
        'theatre',
        'dance',
        'music',
        'museum',
        'historic',
        'history',
        'heritage',
        'humanities',
        'gallery',
        'art therapy'
      ]
    },
    {
      id: 'educational',
      name: 'Educational organizations',
      examples: [
        'Public schools',
        'Private schools',
        'Colleges and universities',
        'PTA or PTO groups',
        'School boards',
        'Home school groups',
        'Multilingual programs',
        'Tutoring organizations'
      ],
      brings: ['teachers and tutors', 'students who can volunteer', 'curriculum links', 'shared technology know-how'],
      needs: ['homework help after school hours', 'research resources', 'a place for families to learn together'],
      goals: ['literacy', 'youth', 'digital-inclusion', 'tech-support'],
      keywords: [
        'education',
        'educational',
        'school',
        'schools',
        'college',
        'university',
        'pta',
        'pto',
        'tutoring',
        'tutor',
        'home school',
        'homeschool',
        'students',
        'teachers',
        'adult education'
      ]
    },
    {
      id: 'ethnic',
      name: 'Ethnic and immigrant community organizations',
      examples: [
        'Ethnic chambers of commerce',
        'NAACP',
        'Tribal councils',
        'Latino and Hispanic groups',
        'Asian groups',
        'Urban League',
        'Refugee rights associations',
        'Refugee and immigrant centers'
      ],
      brings: ['trusted links to their communities', 'interpreters and translated materials', 'cultural programs'],
      needs: ['English classes', 'citizenship and job information', 'welcoming public space'],
      goals: ['new-immigrants', 'literacy', 'arts-culture', 'civic-engagement'],
      keywords: [
        'ethnic',
        'immigrant',
        'immigrants',
        'immigration',
        'refugee',
        'refugees',
        'naacp',
        'urban league',
        'tribal',
        'latino',
        'hispanic',
        'asian',
        'newcomer',
        'citizenship',
        'interpretation'
      ]
    },
    {
      id: 'family-services',
      name: 'Family service organizations',
      examples: ['Family service agencies', 'Social services departments'],
      brings: ['case workers who know local needs', 'referrals', 'parenting programs'],
      needs: ['a friendly place to meet families', 'information and internet access for clients'],
      goals: ['youth', 'health-information', 'job-seekers'],
      keywords: [
        'family',
        'families',
        'family services',
        'social services',
        'parenting',
        'family therapy',
        'child welfare'
      ]
    },
    {
      id: 'financial',
      name: 'Financial representatives',
      examples: ['Bankers', 'Credit unions', 'Financial planners', 'Stockbrokers'],
      brings: ['money-skills workshops', 'sponsorship', 'volunteer experts'],
      needs: ['a trusted, neutral place to teach', 'audiences for financial education'],
      goals: ['small-business', 'job-seekers', 'older-adults'],
      keywords: [
        'financial',
        'finance',
        'bank',
        'banks',
        'credit union',
        'financial planning',
        'money',
        'tax preparation',
        'budgeting'
      ]
    },
    {
      id: 'government',
      name: 'Government and elected representatives',
      examples: [
        'Mayor',
        'City or county manager',
        'City council',
        'County supervisors',
        'City or county finance office',
        'City or county planning office',
        'Law enforcement officers',
        'Job training programs'
      ],
      brings: ['funding and policy support', 'public data', 'job training programs'],
      needs: ['a way to reach residents', 'places to hold public meetings', 'help explaining services online'],
      goals: ['civic-engagement', 'job-seekers', 'digital-inclusion'],
      keywords: [
        'government',
        'city council',
        'county government',
        'mayor',
        'town hall',
        'city hall',
        'planning office',
        'police',
        'law enforcement',
        'job training',
        'workforce development',
        'public agency',
        'parks'
      ]
    },
    {
      id: 'health',
      name: 'Health organizations',
      examples: [
        'American Cancer Society',
        'American Heart Association',
        'Hospitals',
        'Public health nurses',
        'Public health clinics',
        'National Network of Libraries of Medicine'
      ],
      brings: ['health experts and screenings', 'reliable health information', 'wellness programs'],
      needs: ['places to reach people who avoid clinics', 'help finding health information online'],
      goals: ['health-information', 'older-adults', 'new-immigrants'],
      keywords: [
        'health',
        'hospital',
        'clinic',
        'clinics',
        'public health',
        'medical',
        'medicine',
        'nurse',
        'nurses',
        'mental health',
        'wellness',
        'counselling',
        'counseling',
        'therapy',
        'cancer',
        'heart'
      ]
    },
    {
      id: 'legal',
      name: 'Legal organizations',
      examples: ['Legal aid', 'ACLU', 'Bar associations'],
      brings: ['free legal clinics', 'plain-language legal information', 'volunteer lawyers'],
      needs: ['a neutral, private place to meet people', 'help with legal research'],
      goals: ['civic-engagement', 'new-immigrants', 'job-seekers'],
      keywords: ['legal', 'legal aid', 'law', 'lawyer', 'lawyers', 'aclu', 'bar association', 'legal advice', 'courts']
    },
    {
      id: 'libraries',
      name: 'Other libraries',
      examples: ['School media center staff', 'College or university librarians', 'Special librarians'],
      brings: ['shared collections and skills', 'shared technology costs', 'joint training'],
      needs: ['the same: partners to share costs and know-how'],
      goals: ['literacy', 'digital-inclusion', 'tech-support'],
      keywords: [
        'library',
        'libraries',
        'librarian',
        'librarians',
        'media center',
        'school library',
        'academic library',
        'special library'
      ]
    },
    {
      id: 'media',
      name: 'Media',
      examples: ['Newspapers', 'Radio', 'TV', 'Ethnic media', 'Local magazines', 'Community newsletters'],
      brings: ['publicity', "stories about the library's work", 'reach into communities'],
      needs: ['local stories and experts', 'archives and research help'],
      goals: ['civic-engagement', 'arts-culture', 'new-immigrants'],
      keywords: [
        'media',
        'newspaper',
        'radio',
        'tv',
        'television',
        'magazine',
        'newsletter',
        'press',
        'broadcasting',
        'journalism'
      ]
    },
    {
      id: 'disabilities',
      name: 'Organizations of and for people with disabilities',
      examples: [
        'Center on Deafness',
        'Council of the Blind',
        'Health and human services',
        'Easter Seal',
        'Goodwill',
        'Independent living centers',
        'United Cerebral Palsy'
      ],
      brings: ['accessibility know-how', 'assistive technology advice', 'links to people with disabilities'],
      needs: ['accessible programs and collections', 'computer access with assistive technology'],
      goals: ['digital-inclusion', 'job-seekers', 'health-information'],
      keywords: [
        'disability',
        'disabilities',
        'disabled',
        'accessibility',
        'accessible',
        'deaf',
        'deafness',
        'blind',
        'blindness',
        'independent living',
        'cerebral palsy',
        'easter seal',
        'goodwill',
        'assistive technology',
        'wheelchair'
      ]
    },
    {
      id: 'professional',
      name: 'Professional groups',
      examples: [
        'Medical associations',
        'Board of realtors',
        'Bar association',
        "Business and professional women's groups"
      ],
      brings: ['expert speakers', 'mentoring', 'sponsorship'],
      needs: ['public programs to show their work', 'meeting space'],
      goals: ['job-seekers', 'small-business', 'health-information'],
      keywords: [
        'professional group',
        'professional association',
        'professional associations',
        'medical association',
        'realtors',
        'professional women',
        'trade association'
      ]
    },
    {
      id: 'religious',
      name: 'Religious groups and organizations',
      examples: [
        'Churches',
        'Ministerial alliances',
        'Youth groups',
        'Jewish community centers',
        'Young Life',
        'Catholic services'
      ],
      brings: ['volunteers', 'trusted links to families', 'space for programs'],
      needs: ['information for the people they help', 'programs for their members'],
      goals: ['youth', 'older-adults', 'new-immigrants'],
      keywords: [
        'religious',
        'church',
        'churches',
        'faith',
        'mosque',
        'synagogue',
        'temple',
        'ministry',
        'ministerial',
        'jewish community center',
        'catholic',
        'young life',
        'congregation'
      ]
    },
    {
      id: 'seniors',
      name: 'Senior centers and services',
      examples: ['Area Agency on Aging', 'Senior centers', 'RSVP (volunteer program)'],
      brings: ['older volunteers', 'programs and transport for seniors'],
      needs: ['computer and phone help for seniors', 'large-print and audio materials', 'outreach visits'],
      goals: ['older-adults', 'digital-inclusion', 'health-information'],
      keywords: [
        'senior',
        'seniors',
        'elderly',
        'older people',
        'older adults',
        'aging',
        'ageing',
        'retired',
        'retirement',
        'area agency on aging'
      ]
    },
    {
      id: 'technology',
      name: 'Technology experts',
      examples: ['Computer clubs', 'Consultants', 'Community colleges', 'Internet providers', 'Universities'],
      brings: ['tech support and advice', 'donated or low-cost equipment', 'trainers and students'],
      needs: ['places to train people', 'real-world projects for students', 'goodwill in the community'],
      goals: ['tech-support', 'digital-inclusion', 'job-seekers'],
      keywords: [
        'technology',
        'computer club',
        'computer clubs',
        'computer repair',
        'it support',
        'internet provider',
        'broadband',
        'software',
        'digital skills',
        'coding',
        'consultant'
      ]
    },
    {
      id: 'youth',
      name: 'Youth service organizations',
      examples: [
        'Big Brothers Big Sisters',
        'Scouts',
        'FFA',
        'FHA',
        'Child abuse prevention agencies',
        'City or county recreation programs',
        'Junior Achievement',
        'Head Start',
        'Even Start',
        'Child care associations',
        'Association for the Education of Young Children',
        'School-age care and enrichment programs'
      ],
      brings: ['youth leaders', 'young volunteers', 'family programs'],
      needs: ['safe after-school space', 'reading and homework help', 'summer programs'],
      goals: ['youth', 'literacy', 'digital-inclusion'],
      keywords: [
        'youth',
        'young people',
        'children',
        'child',
        'kids',
        'teens',
        'teenagers',
        'scouts',
        'big brothers',
        'big sisters',
        'head start',
        'child care',
        'childcare',
        'summer camp',
        'recreation',
        'after school',
        'junior achievement'
      ]
    },
    {
      id: 'womens',
      name: "Women's centers and services",
      examples: [
        "Women's shelters",
        'YWCA',
        'National Organization for Women',
        'Junior League',
        'Soroptimist',
        'Sororities'
      ],
      brings: ['volunteers', 'programs for women and girls', 'links to women in need'],
      needs: ['safe, private access to information', 'job and legal information', 'meeting space'],
      goals: ['job-seekers', 'health-information', 'civic-engagement'],
      keywords: [
        'women',
        'womens',
        "women's",
        'girls',
        'ywca',
        'junior league',
        'soroptimist',
        'sorority',
        'sororities',
        "women's shelter",
        'domestic violence'
      ]
    }
  ]
};
