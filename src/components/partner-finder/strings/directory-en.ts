/**
 * Words for the notes and problems found in directory files, in English: one message per code. The importers give
 * a code and its values (`ImportWarning`, `DirectoryError`); directory-words.ts puts them into words. The element's
 * catalog includes these, and the index command prints them for the webmaster.
 */
const directoryEn = {
  // Rows of a spreadsheet (CSV)
  'csv-cell-count':
    'Row {row}: it does not have the same number of cells as the header row ({expected}). A value with a comma in it needs double quotes around it. This row was left out.',
  'csv-missing-quotes':
    'Row {row}: a value starts with a double quote (") that is never closed. This row and the rows after it may be mixed up; check the quotes.',
  'csv-invalid-quotes':
    'Row {row}: a double quote (") is in the wrong place. Write a quote inside a value as two quotes (""). This row was left out.',
  'csv-row-unreadable': 'Row {row} could not be read, so it was left out.',
  'csv-unreadable': 'Part of this file could not be read as a spreadsheet (CSV). Check that it was saved as CSV.',
  'row-no-name': 'Row {row} has no name, so it was left out.',
  'bad-website':
    'Row {row} ({name}): the website "{website}" is not a web address starting with https:// or http://, so it is shown as text, not as a link.',
  'bad-email': 'Row {row} ({name}): "{email}" is not an email address, so it is shown as text.',
  'bad-date':
    'Row {row} ({name}): the date "{date}" could not be read; write it as YYYY-MM-DD, for example 2025-03-14.',
  'future-date':
    'Row {row} ({name}): the date it was checked, {date}, has not come yet, so the row is shown without a check date.',
  'broken-link':
    'Row {row}: {column} "{value}" is not in {where}. That link was ignored; the rest of the row was used.',

  // Items of a JSON list
  'item-not-record': 'Item {item} is not an organization record, so it was left out.',
  'item-no-name': 'Item {item} has no name, so it was left out.',
  'item-taxonomy':
    'Item {item} is a category term (a label from a list of types), not an organization, so it was left out.',
  'item-location': 'Item {item} is a location on its own, not an organization, so it was left out.',
  'item-other': 'Item {item} is something else, not an organization, so it was left out.',
  'orphan-service': 'The service "{service}" does not say which organization runs it, so it was left out.',
  'orphan-service-item':
    'The service "{service}" (item {item}) does not say which organization runs it, so it was left out.',
  'org-closed': '{name} is marked as closed ("{status}"), so it is not listed.',
  'org-ended': '{name} closed on {date}, so it is not listed.',
  'service-closed':
    '{org}: the service "{service}" is marked "{status}", so it is not shown and does not count towards the partner\'s types.',
  'service-ended':
    '{org}: the service "{service}" ended on {date}, so it is not shown and does not count towards the partner\'s types.',
  'unknown-fields':
    'Some records have fields the partner finder does not know, so they were not used: {fields}. The field names it knows are listed in the directory format guide.',
  'unknown-fields-more':
    'Some records have fields the partner finder does not know, so they were not used: {fields} and more. The field names it knows are listed in the directory format guide.',
  'no-organizations': '{file} holds no organizations.',
  'table-not-loaded': '{file} could not be loaded, so what it holds is missing.',

  // Notes
  'unknown-categories': {
    one: "{terms} is not a partner type the finder knows, so it is shown and searched as a tag. Use a type from the chart, or add the word to a type's keywords in partner-categories.json.",
    other:
      "{terms} are not partner types the finder knows, so they are shown and searched as tags. Use a type from the chart, or add the words to a type's keywords in partner-categories.json."
  },
  'unknown-categories-more':
    "{terms} and {more} more are not partner types the finder knows, so they are shown and searched as tags. Use a type from the chart, or add the words to a type's keywords in partner-categories.json.",
  'merged-rows': { one: '{count} row merged: row {rows}.', other: '{count} rows merged: rows {rows}.' },
  'merged-records': { one: '{count} record merged: {origins}.', other: '{count} records merged: {origins}.' },

  // Whole files that cannot be used
  'datapackage-no-loader': '{file} lists CSV files, but they cannot be loaded from here.',
  'json-typo':
    '{file} looks like JSON but has a typing mistake, so it could not be read. A JSON checker will point to the line.',
  'csv-no-name-column':
    '{file} has no "name" column, so we cannot tell which organization each row is about. The first row must hold column names such as name, categories, description, website.',
  'no-organizations-table': '{file} has no organizations table (organizations.csv), so there is nothing to show.',
  'service-description-only':
    '{file} only describes the directory service itself (its version and address), so it lists no organizations.',
  'prepared-broken':
    '{file} is a prepared directory file, but {detail}. Make it again with "npx techbridge-index", and do not edit it by hand.',
  'prepared-details-only':
    '{file} is a prepared directory file, but it holds only the details of a directory; point the finder at the main file.',
  'prepared-version':
    '{file} was made by a different version of "techbridge-index" (file version {found}, this page reads version {expected}). Make it again with the version the page uses.',
  'file-unreadable': '{file} could not be read.',
  'details-not-loaded': 'The details in {file} could not be loaded. Check the connection and try again.',
  'csv-reader-failed':
    'The part of the partner finder that reads and writes spreadsheets (CSV) could not be loaded. Check the connection and reload the page.',
  'fetch-http': 'We could not load {file}: the server answered with error {status}. Check the address.',
  'fetch-missing': 'We could not load {file}: there is no file at that address. Check the address.',
  'fetch-network':
    'We could not load {file}: the server could not be reached. The computer may be offline, the address may be wrong, or that server may not let this website read it.',
  'fetch-timeout': 'We could not load {file}: the server did not answer in time. Please try again later.',
  'fetch-parse':
    'We could not read {file}: it is not valid JSON. It may be an error page, or the file may have a typing mistake.',

  // Pieces
  'origin-row': '{file} row {row}',
  'unnamed-service': 'without a name',
  quoted: '"{text}"'
};

export default directoryEn;
export type DirectoryWordsCatalog = typeof directoryEn;
