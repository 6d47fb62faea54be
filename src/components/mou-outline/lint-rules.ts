/**
 * Default wording rules, one list per language. The guide this element follows warns that "partnership
 * agreement" and "joint venture" can mean a legal arrangement (equal liability, shared profits and losses): those
 * are errors. Words that make the memorandum read like a binding contract are warnings. Replace a list with the
 * element's `wordingRules` property.
 */
import type { WordingRule } from './lint.js';

const NEGATED_EN = "(?:\\bnot|\\bnon|\\bnever|\\bno|n't)(?:\\s+(?:a|an|be|been|intended\\s+to\\s+be))*[\\s-]*";
const NEGATED_ES = '(?:\\bno|\\bnunca)(?:\\s+(?:es|son|será|serán|sea|sean|un|una|constituye))*[\\s-]*';

export const RULES_EN: WordingRule[] = [
  {
    id: 'partnership-agreement',
    severity: 'error',
    phrases: ['partnership agreement', 'partnership contract', 'agreement of partnership'],
    why: 'A "partnership agreement" can create a legal partnership, where both sides share profits, losses and debts. Call this document a memorandum of understanding.',
    replacement: 'memorandum of understanding'
  },
  {
    id: 'joint-venture',
    severity: 'error',
    phrases: ['joint venture', 'joint-venture', 'joint ventures'],
    why: 'A joint venture is a legal business arrangement with shared ownership and shared risk. Call the work a collaboration.',
    replacement: 'collaboration',
    replacements: { 'joint ventures': 'collaborations' }
  },
  {
    id: 'partnership',
    severity: 'warning',
    phrases: ['partnership'],
    why: 'Calling the arrangement a "partnership" can suggest a legal partnership. "Collaboration" says the same without that risk. Talking about your partners in the community is fine.',
    replacement: 'collaboration'
  },
  {
    id: 'consideration',
    severity: 'warning',
    phrases: ['in consideration of', 'in consideration for', 'for good and valuable consideration'],
    why: '"Consideration" is contract language: it is what makes a promise enforceable in court. Say plainly why you are doing something.',
    replacement: 'in support of'
  },
  {
    id: 'legally-binding',
    severity: 'warning',
    phrases: ['legally binding', 'legally enforceable'],
    notAfter: NEGATED_EN,
    why: 'This memorandum records shared intentions; it is not meant to be enforced in court. Saying it is binding works against that.',
    replacement: 'agreed in good faith'
  },
  {
    id: 'binding-contract',
    severity: 'warning',
    phrases: ['binding contract', 'binding agreement', 'binding obligation', 'binding obligations'],
    notAfter: NEGATED_EN,
    why: 'A memorandum of understanding is not a binding contract. Describe what you both intend to do instead.',
    replacement: 'shared understanding',
    replacements: { 'binding obligation': 'shared commitment', 'binding obligations': 'shared commitments' }
  },
  {
    id: 'indemnify',
    severity: 'warning',
    phrases: ['indemnify', 'indemnifies', 'indemnification', 'indemnity', 'hold harmless'],
    why: 'Promising to "indemnify" means promising to pay for the other side\'s losses. That belongs in a contract reviewed by a lawyer, not in a memorandum.',
    replacement: 'support',
    replacements: { indemnifies: 'supports' }
  },
  {
    id: 'liable',
    severity: 'warning',
    phrases: ['liable', 'liability', 'liabilities'],
    why: '"Liable" and "liability" are about legal responsibility for losses. Say who is responsible for what, in everyday words.',
    replacement: 'responsible',
    replacements: { liability: 'responsibility', liabilities: 'responsibilities' }
  },
  {
    id: 'exclusive',
    severity: 'warning',
    phrases: ['exclusive', 'exclusivity'],
    why: 'An "exclusive" arrangement stops either side working with others, which is a contract term. If one side comes first, say "preferred".',
    replacement: 'preferred',
    replacements: { exclusivity: 'priority' }
  },
  {
    id: 'penalty',
    severity: 'warning',
    phrases: ['penalty', 'penalties', 'liquidated damages'],
    why: 'Penalties are for contracts. In a memorandum, say what you will do together if something goes wrong.',
    replacement: 'consequence',
    replacements: { penalties: 'consequences', 'liquidated damages': 'consequences' }
  },
  {
    id: 'covenant',
    severity: 'warning',
    phrases: ['covenant', 'covenants', 'hereby agrees', 'hereby agree'],
    why: 'This is formal contract wording. Plain words ("agrees", "will") make the intention clear without sounding binding.',
    replacement: 'agree',
    replacements: { covenants: 'agrees', 'hereby agrees': 'agrees' }
  }
];

export const RULES_ES: WordingRule[] = [
  {
    id: 'partnership-agreement',
    severity: 'error',
    phrases: ['acuerdo de asociación', 'contrato de asociación', 'convenio de asociación'],
    why: 'Un «acuerdo de asociación» puede crear una sociedad legal, en la que las dos partes comparten ganancias, pérdidas y deudas. Llame a este documento memorando de entendimiento.',
    replacement: 'memorando de entendimiento'
  },
  {
    id: 'joint-venture',
    severity: 'error',
    phrases: ['empresa conjunta', 'empresas conjuntas', 'empresa común', 'empresa mixta', 'joint venture'],
    why: 'Una empresa conjunta es un acuerdo comercial legal con propiedad y riesgos compartidos. Llame al trabajo colaboración.',
    replacement: 'colaboración',
    replacements: { 'empresas conjuntas': 'colaboraciones' }
  },
  {
    id: 'partnership',
    severity: 'warning',
    // Lower case only: "la Asociación de Vecinos" is the name of an organization, not the arrangement.
    caseSensitive: true,
    phrases: ['asociación'],
    why: 'Llamar al acuerdo «asociación» puede sugerir una sociedad legal. «Colaboración» dice lo mismo sin ese riesgo. Hablar de sus socios en la comunidad no es un problema.',
    replacement: 'colaboración'
  },
  {
    id: 'consideration',
    severity: 'warning',
    phrases: ['en contraprestación', 'como contraprestación', 'contraprestación'],
    why: '«Contraprestación» es lenguaje de contratos: es lo que hace que una promesa se pueda exigir ante un tribunal. Diga con sencillez por qué hacen algo.',
    replacement: 'en apoyo de',
    replacements: { contraprestación: 'apoyo' }
  },
  {
    id: 'legally-binding',
    severity: 'warning',
    phrases: ['jurídicamente vinculante', 'legalmente vinculante', 'jurídicamente exigible', 'legalmente exigible'],
    notAfter: NEGATED_ES,
    why: 'Este memorando recoge intenciones compartidas; no está pensado para exigirse ante un tribunal. Decir que es vinculante va en contra de eso.',
    replacement: 'acordado de buena fe'
  },
  {
    id: 'binding-contract',
    severity: 'warning',
    phrases: ['contrato vinculante', 'acuerdo vinculante', 'obligación vinculante', 'obligaciones vinculantes'],
    notAfter: NEGATED_ES,
    why: 'Un memorando de entendimiento no es un contrato vinculante. Describa lo que las dos partes piensan hacer.',
    replacement: 'entendimiento compartido',
    replacements: {
      'obligación vinculante': 'compromiso compartido',
      'obligaciones vinculantes': 'compromisos compartidos'
    }
  },
  {
    id: 'indemnify',
    severity: 'warning',
    phrases: ['indemnizar', 'indemnizará', 'indemnizarán', 'indemnización', 'indemnice', 'eximir de responsabilidad'],
    why: 'Prometer «indemnizar» es prometer pagar las pérdidas de la otra parte. Eso corresponde a un contrato revisado por un abogado, no a un memorando.',
    replacement: 'apoyar',
    replacements: { indemnizará: 'apoyará', indemnizarán: 'apoyarán', indemnización: 'apoyo', indemnice: 'apoye' }
  },
  {
    id: 'liable',
    severity: 'warning',
    phrases: ['responsabilidad civil', 'responsabilidad legal', 'legalmente responsable', 'civilmente responsable'],
    why: 'Estas palabras hablan de la responsabilidad legal por pérdidas. Diga quién se encarga de qué, con palabras de todos los días.',
    replacement: 'responsabilidad',
    replacements: { 'legalmente responsable': 'responsable', 'civilmente responsable': 'responsable' }
  },
  {
    id: 'exclusive',
    severity: 'warning',
    phrases: ['exclusivo', 'exclusiva', 'exclusivos', 'exclusivas', 'exclusividad'],
    why: 'Un acuerdo «exclusivo» impide que las partes trabajen con otros, y eso es una condición de contrato. Si una parte va primero, diga «preferente».',
    replacement: 'preferente',
    replacements: { exclusivos: 'preferentes', exclusivas: 'preferentes', exclusividad: 'prioridad' }
  },
  {
    id: 'penalty',
    severity: 'warning',
    phrases: ['penalización', 'penalizaciones', 'penalidad', 'penalidades', 'cláusula penal', 'daños y perjuicios'],
    why: 'Las penalizaciones son propias de los contratos. En un memorando, diga qué harán juntos si algo sale mal.',
    replacement: 'consecuencia',
    replacements: {
      penalizaciones: 'consecuencias',
      penalidades: 'consecuencias',
      'daños y perjuicios': 'consecuencias'
    }
  }
];

export const DEFAULT_RULES = { en: RULES_EN, es: RULES_ES } as const;
