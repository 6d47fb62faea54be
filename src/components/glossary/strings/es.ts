import type { CatalogOf } from '../../../core/i18n.js';
import type en from './en.js';

/** Las palabras del glosario en español (de usted). El contenido del glosario integrado sigue en inglés. */
const es: CatalogOf<typeof en> = {
  problemsTitle: {
    one: 'Una parte del glosario no se pudo usar',
    other: '{count} partes del glosario no se pudieron usar'
  },
  problemsIntro:
    'Las definiciones que se pudieron leer siguen funcionando. Por favor, avise a la persona que se encarga del glosario:',

  explain: 'explicar',
  meaningHidden: ', significado: {label}',
  probablyMeans: 'Aquí seguramente significa: {label}',
  shortFor: '(abreviatura de {expansion})',
  alsoMeans: 'También puede significar:',
  notSameAs: 'No es lo mismo que: {list}.',
  related: 'Relacionado: {list}.',
  source: 'Fuente: {source}',
  seeInGlossary: 'Ver «{term}» en el glosario',
  close: 'Cerrar',
  closeTerm: 'Cerrar: {term}',
  askLink: '¿Sigue con dudas? Pregunte a Informática',
  askButton: '¿Sigue con dudas? Pida a Informática una explicación más clara',
  askButtonAfterLink: 'O pida a Informática que explique mejor «{term}»',
  askSending: 'Enviando…',
  askSent: 'Gracias. Informática ya tiene su pregunta.',
  askSentReference: 'Gracias. Informática ya tiene su pregunta (referencia {reference}).',
  askSaved: 'Su pregunta está guardada en esta computadora y se enviará a Informática sola cuando vuelva la conexión.',
  askWaiting: 'Todavía no se pudo enviar su pregunta. Deje esta página abierta y se volverá a intentar.',
  askMailto: 'Se abrirá su programa de correo con la pregunta ya escrita. Envíela desde allí.',
  askFailed: 'Su pregunta no se envió. {reason}',
  askSummary: '¿Qué significa «{term}»?',
  askMailSubject: 'Por favor, expliquen «{term}»',
  askMailBody: 'La explicación de «{term}» no me ayudó.\n\nPágina: {page}\nDónde lo vi: {sentence}',

  loading: 'Cargando el glosario…',
  searchLabel: 'Buscar en el glosario',
  searchHint: 'Una palabra o una sigla en inglés, por ejemplo Wi-Fi o ILL',
  termCount: { one: '{count} término', other: '{count} términos' },
  matchCount: { one: '{count} término coincide con «{query}».', other: '{count} términos coinciden con «{query}».' },
  noMatch: 'Ningún término coincide con «{query}».',
  noMatchHelp:
    'Ningún término coincide con «{query}». Pruebe con una palabra más corta o con otra forma de escribirla.',
  byLetter: 'Glosario por letra',
  otherLetter: 'Otros',
  noTermsUnder: 'No hay términos con la letra',
  selfLink: 'Enlace',
  selfLinkTo: 'a {term}',
  entryShortFor: 'Abreviatura de {expansion}.',
  alsoCalled: 'También se dice: {list}.'
};

export default es;
