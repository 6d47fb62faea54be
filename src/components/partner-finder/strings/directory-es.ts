import type { CatalogOf } from '../../../core/i18n.js';
import type directoryEn from './directory-en.js';

/** Las notas y los problemas de los archivos del directorio, en español (de usted). Ver directory-en.ts. */
const directoryEs: CatalogOf<typeof directoryEn> = {
  'csv-cell-count':
    'Fila {row}: no tiene el mismo número de celdas que la fila de títulos ({expected}). Un valor que lleva una coma necesita comillas dobles alrededor. Esta fila no se usó.',
  'csv-missing-quotes':
    'Fila {row}: un valor empieza con comillas dobles (") que no se cierran. Esta fila y las siguientes pueden estar mezcladas; revise las comillas.',
  'csv-invalid-quotes':
    'Fila {row}: hay unas comillas dobles (") fuera de lugar. Dentro de un valor, escriba las comillas dos veces (""). Esta fila no se usó.',
  'csv-row-unreadable': 'La fila {row} no se pudo leer, así que no se usó.',
  'csv-unreadable':
    'Una parte de este archivo no se pudo leer como hoja de cálculo (CSV). Compruebe que se guardó en formato CSV.',
  'row-no-name': 'La fila {row} no tiene nombre, así que no se usó.',
  'bad-website':
    'Fila {row} ({name}): el sitio web «{website}» no es una dirección que empiece por https:// o http://, así que se muestra como texto y no como enlace.',
  'bad-email':
    'Fila {row} ({name}): «{email}» no es una dirección de correo electrónico, así que se muestra como texto.',
  'bad-date':
    'Fila {row} ({name}): no se pudo leer la fecha «{date}»; escríbala como AAAA-MM-DD, por ejemplo 2025-03-14.',
  'future-date':
    'Fila {row} ({name}): la fecha de revisión, {date}, todavía no ha llegado, así que la fila se muestra sin fecha de revisión.',
  'broken-link': 'Fila {row}: {column} «{value}» no está en {where}. Ese enlace no se usó; el resto de la fila, sí.',

  'item-not-record': 'El elemento {item} no es el registro de una organización, así que no se usó.',
  'item-no-name': 'El elemento {item} no tiene nombre, así que no se usó.',
  'item-taxonomy':
    'El elemento {item} es un término de categoría (una etiqueta de una lista de tipos), no una organización, así que no se usó.',
  'item-location': 'El elemento {item} es solo un lugar, no una organización, así que no se usó.',
  'item-other': 'El elemento {item} no es una organización, así que no se usó.',
  'orphan-service': 'El servicio «{service}» no dice qué organización lo ofrece, así que no se usó.',
  'orphan-service-item':
    'El servicio «{service}» (elemento {item}) no dice qué organización lo ofrece, así que no se usó.',
  'org-closed': '{name} está marcada como cerrada («{status}»), así que no aparece en la lista.',
  'org-ended': '{name} cerró el {date}, así que no aparece en la lista.',
  'service-closed':
    '{org}: el servicio «{service}» está marcado como «{status}», así que no se muestra ni cuenta para los tipos del socio.',
  'service-ended':
    '{org}: el servicio «{service}» terminó el {date}, así que no se muestra ni cuenta para los tipos del socio.',
  'unknown-fields':
    'Algunos registros tienen campos que el buscador de socios no conoce, así que no se usaron: {fields}. La guía del formato del directorio enumera los nombres de campo que conoce.',
  'unknown-fields-more':
    'Algunos registros tienen campos que el buscador de socios no conoce, así que no se usaron: {fields} y otros. La guía del formato del directorio enumera los nombres de campo que conoce.',
  'no-organizations': '{file} no contiene ninguna organización.',
  'table-not-loaded': 'No se pudo cargar {file}, así que falta lo que contiene.',

  'unknown-categories': {
    one: '{terms} no es un tipo de socio que el buscador conozca, así que se muestra y se busca como etiqueta. Use un tipo de la tabla o añada la palabra a las palabras clave de un tipo en partner-categories.json.',
    other:
      '{terms} no son tipos de socio que el buscador conozca, así que se muestran y se buscan como etiquetas. Use un tipo de la tabla o añada las palabras a las palabras clave de un tipo en partner-categories.json.'
  },
  'unknown-categories-more':
    '{terms} y {more} más no son tipos de socio que el buscador conozca, así que se muestran y se buscan como etiquetas. Use un tipo de la tabla o añada las palabras a las palabras clave de un tipo en partner-categories.json.',
  'merged-rows': { one: '{count} fila unida: fila {rows}.', other: '{count} filas unidas: filas {rows}.' },
  'merged-records': { one: '{count} registro unido: {origins}.', other: '{count} registros unidos: {origins}.' },

  'datapackage-no-loader': '{file} enumera archivos CSV, pero no se pueden cargar desde aquí.',
  'json-typo':
    '{file} parece JSON, pero tiene un error de escritura, así que no se pudo leer. Un validador de JSON le indicará la línea.',
  'csv-no-name-column':
    '{file} no tiene una columna «name», así que no sabemos de qué organización habla cada fila. La primera fila debe tener nombres de columna como name, categories, description, website.',
  'no-organizations-table':
    '{file} no tiene tabla de organizaciones (organizations.csv), así que no hay nada que mostrar.',
  'service-description-only':
    '{file} solo describe el propio servicio del directorio (su versión y su dirección), así que no enumera organizaciones.',
  'prepared-broken':
    '{file} es un archivo de directorio preparado, pero está dañado. Vuelva a crearlo con «npx techbridge-index» y no lo edite a mano.',
  'prepared-details-only':
    '{file} es un archivo de directorio preparado, pero solo tiene los detalles de un directorio; indique al buscador el archivo principal.',
  'prepared-version':
    '{file} se creó con otra versión de «techbridge-index» (versión del archivo: {found}; esta página lee la versión {expected}). Vuelva a crearlo con la versión que usa la página.',
  'file-unreadable': 'No se pudo leer {file}.',
  'details-not-loaded': 'No se pudieron cargar los detalles de {file}. Compruebe la conexión y vuelva a intentarlo.',
  'csv-reader-failed':
    'No se pudo cargar la parte del buscador de socios que lee y escribe hojas de cálculo (CSV). Compruebe la conexión y vuelva a cargar la página.',
  'fetch-http': 'No pudimos cargar {file}: el servidor respondió con el error {status}. Compruebe la dirección.',
  'fetch-missing': 'No pudimos cargar {file}: no hay ningún archivo en esa dirección. Compruebe la dirección.',
  'fetch-network':
    'No pudimos cargar {file}: no se pudo llegar al servidor. Puede que el equipo no tenga conexión, que la dirección esté mal o que ese servidor no permita que este sitio web lo lea.',
  'fetch-timeout': 'No pudimos cargar {file}: el servidor no respondió a tiempo. Vuelva a intentarlo más tarde.',
  'fetch-parse':
    'No pudimos leer {file}: no es un JSON válido. Puede ser una página de error, o el archivo puede tener un error de escritura.',

  'origin-row': '{file}, fila {row}',
  'unnamed-service': 'sin nombre',
  quoted: '«{text}»'
};

export default directoryEs;
