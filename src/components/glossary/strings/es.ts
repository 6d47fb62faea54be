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
  'problem-at': '{file}, línea {line}: {text}',
  'problem-in': '{file}: {text}',
  'problem-term': '«{term}»',
  'problem-meaning': '«{term}» (en el sentido «{meaning}»)',
  'problem-fetch-address': 'No pudimos cargar el glosario: «{address}» no es una dirección web válida.',
  'problem-fetch-unreachable':
    'No pudimos cargar el glosario desde {address}: no se pudo llegar al servidor. Puede que la computadora no tenga conexión, que la dirección esté mal o que ese servidor no deje leerlo desde este sitio web.',
  'problem-fetch-broke-off': 'No pudimos cargar el glosario desde {address}: la conexión se cortó.',
  'problem-fetch-not-found':
    'No pudimos cargar el glosario desde {address}: el servidor dice que no lo encuentra ({status}).',
  'problem-fetch-refused':
    'No pudimos cargar el glosario desde {address}: el servidor no dio permiso para verlo ({status}).',
  'problem-fetch-busy': 'No pudimos cargar el glosario desde {address}: el servidor está muy ocupado ahora ({status}).',
  'problem-fetch-server': 'No pudimos cargar el glosario desde {address}: el servidor tuvo un problema ({status}).',
  'problem-fetch-http': 'No pudimos cargar el glosario desde {address}: el servidor respondió con un error ({status}).',
  'problem-fetch-timeout':
    'No pudimos cargar el glosario desde {address}: el servidor no respondió a tiempo. Vuelva a intentarlo más tarde.',
  'problem-file-unreadable': 'No se pudo leer este archivo. Compruebe que sea el archivo del glosario.',
  'problem-default-missing': 'No se pudo cargar el glosario integrado.',
  'problem-too-deep':
    'Este archivo tiene demasiados niveles, uno dentro de otro, para ser un glosario. Compruebe que sea el archivo del glosario.',
  'problem-too-deep-object':
    'Este objeto tiene demasiados niveles, o se contiene a sí mismo, así que no puede ser un glosario. Compruebe qué se da como glosario.',
  'problem-json-syntax': 'Esto no es JSON válido: {what} cerca de «{near}». No se pudo usar nada de este archivo.',
  'problem-json-syntax-end':
    'Esto no es JSON válido: {what} al final del archivo. No se pudo usar nada de este archivo.',
  'problem-json-quote-open': 'falta cerrar unas comillas',
  'problem-json-bad-escape': 'hay una barra invertida (\\) que JSON no entiende',
  'problem-json-control-character': 'hay un carácter de control entre comillas',
  'problem-json-comma-before-brace': 'sobra una coma antes de «}»',
  'problem-json-name-expected': 'falta un nombre de campo entre comillas dobles',
  'problem-json-colon-expected': 'faltan los dos puntos después de «{key}»',
  'problem-json-comma-or-brace': 'falta una coma o «}»',
  'problem-json-comma-before-bracket': 'sobra una coma antes de «]»',
  'problem-json-comma-or-bracket': 'falta una coma o «]»',
  'problem-json-ends-early': 'el archivo termina antes de tiempo',
  'problem-json-not-json': 'hay algo que no es JSON',
  'problem-json-text-after': 'hay más texto después del final del JSON',
  'problem-json-no-terms':
    'El archivo necesita una lista «terms»: { "name": "…", "terms": [ { "term": "…", "definition": "…" } ] }.',
  'problem-json-term-not-object': 'El término {number} no tiene la forma { "term": "…", "definition": "…" }.',
  'problem-json-term-no-name': 'El término {number} no tiene «term».',
  'problem-json-not-list': '«{key}» en «{term}» debe ser una lista de palabras entre comillas.',
  'problem-json-not-text': '«{key}» en «{term}» debe ser un texto entre comillas.',
  'problem-json-senses-not-list': '«senses» en «{term}» debe ser una lista de significados.',
  'problem-json-meaning-not-object': 'El significado {number} de «{term}» no es un objeto.',
  'problem-json-meaning-no-definition': 'El significado {number} de «{term}» no tiene «definition».',
  'problem-json-no-definition': '«{term}» no tiene «definition».',
  'problem-json-annotate': '«annotate» en «{term}» debe ser true o false.',
  'problem-json-same-id':
    '«{term}» tiene el mismo nombre de enlace, «{id}», que «{other}» en la línea {earlier}. Añada "id": "…" para distinguirlos.',
  'problem-web-page':
    'Esto es una página web, no un archivo de glosario, así que no tiene términos. Compruebe la dirección: puede llevar a una página de inicio de sesión o de error.',
  'problem-no-terms':
    'No se encontraron términos. Cada término necesita un título que empiece por «## », por ejemplo «## Wi-Fi». Si esto es una página web y no el archivo del glosario, compruebe la dirección.',
  'problem-one-hash-only':
    'No se encontraron términos. Aquí los títulos empiezan por un «#», pero cada término necesita un título que empiece por «## » (dos), por ejemplo «## Wi-Fi».',
  'problem-front-matter-open': 'El bloque que empieza con «---» en la línea 1 nunca se cierra con otra línea «---».',
  'problem-front-matter-line': 'No se entiende «{text}» aquí. Al principio del archivo, escriba «name: …».',
  'problem-one-hash-heading':
    '«# {title}» usa un solo «#»; los términos llevan dos («## {title}») y los significados, tres («### …»).',
  'problem-heading-no-term': 'Este título no tiene ningún término después de «##».',
  'problem-meaning-before-term':
    'El significado «{meaning}» aparece antes de cualquier término. Ponga encima un título «## Término».',
  'problem-unknown-field':
    '«{field}:» no es un campo conocido. Los campos son: {fields}. Si esto es la definición, deje una línea en blanco encima.',
  'problem-field-on-meaning':
    '«{field}:» es de todo el término: póngalo debajo de «## {term}», antes de los significados.',
  'problem-field-empty': '«{field}:» no tiene nada después.',
  'problem-code-block-open': 'Un bloque de código abierto con ``` nunca se cierra.',
  'problem-md-same-id':
    '«{term}» tiene el mismo nombre de enlace, «{id}», que el término de la línea {earlier}. Añada «id: …» para distinguirlos.',
  'problem-alias-taken':
    '«{alias}» (en «{term}») ya es un nombre de «{other}», en la línea {earlier}. Una palabra solo puede nombrar un término; para una palabra con varios significados, use significados «###» debajo de un solo término.',
  'problem-md-no-definition': '«{term}» no tiene definición. Escriba un párrafo corto debajo del título.',
  'problem-text-outside-meanings':
    'Este texto de «{term}» está fuera de los significados, así que no se usó. Muévalo debajo de uno de los títulos «###».',
  'problem-md-meaning-no-definition': 'El significado «{meaning}» de «{term}» no tiene definición.',
  'problem-md-annotate': '«annotate:» en «{term}» debe ser «yes» o «no».',
  'problem-duplicate-term': '«{term}» ya está definido en la línea {earlier}. Esta segunda definición no se usó.',
  'problem-too-many-terms': {
    one: 'Este archivo tiene {count} término. Solo se usan los primeros {max}, así que «{term}» y los siguientes no se usaron. Divida el glosario en archivos más pequeños.',
    other:
      'Este archivo tiene {count} términos. Solo se usan los primeros {max}, así que «{term}» y los siguientes no se usaron. Divida el glosario en archivos más pequeños.'
  },
  'problem-definition-too-long':
    'La definición de {name} tiene {length} caracteres; el máximo es {max}. No se usó. Deje el primer párrafo corto y ponga el resto después de una línea en blanco.',
  'problem-definition-too-nested':
    'La definición de {name} tiene listas o citas, una dentro de otra, con más de {max} niveles. No se usó.',
  'problem-more-too-long':
    'La explicación larga de {name} tiene {length} caracteres; el máximo es {max}. No se usó; la definición corta sí se muestra.',
  'problem-more-too-nested':
    'La explicación larga de {name} tiene listas o citas, una dentro de otra, con más de {max} niveles. No se usó; la definición corta sí se muestra.',
  'problem-block-too-long':
    'La explicación larga de {name} tiene un párrafo o un punto de lista de más de {max} caracteres. Se muestra como texto sencillo, sin formato. Divídalo en párrafos más cortos.',
  'problem-annotate-choice':
    '«{value}» no es una opción: use annotate (solo la primera vez) o annotate="all". Se marcará solo la primera vez.',
  'problem-endpoint-unusable': 'La dirección para las preguntas (endpoint) no se puede usar: {why}',
  'problem-endpoint-bad-mailto': '«{value}» no es una dirección de correo a la que podamos escribir.',
  'problem-endpoint-not-an-address': '«{value}» no es una dirección web.',
  'problem-endpoint-wrong-scheme': '«{value}» debe empezar por https://, http://, / o mailto:.',

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
