// @ts-check
// Checks submissions against the same JSON Schemas the elements are written to (src/content/schemas), and turns
// Ajv's errors into short plain-language messages keyed by JSON pointer, which the elements show beside fields.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';

const SCHEMA_SUFFIX = '.schema.json';
const ENVELOPE_SCHEMA = `envelope${SCHEMA_SUFFIX}`;

/** At most this many field messages go back: the first ones say enough, and 100,000 would be megabytes. */
export const MAX_FIELD_ERRORS = 20;

/** Deeper `data` than this is refused before anything walks it recursively (hashing, the inbox). */
export const MAX_DATA_DEPTH = 32;

// ajv-formats is CommonJS with no named export; depending on the loader the plugin is the module or its `default`.
const addFormats = /** @type {import('ajv-formats').FormatsPlugin} */ (
  /** @type {any} */ (addFormatsPlugin).default ?? addFormatsPlugin
);

/** @type {Record<string, string>} */
const TYPE_WORDS = {
  string: 'must be text',
  number: 'must be a number',
  integer: 'must be a whole number',
  boolean: 'must be true or false',
  array: 'must be a list',
  object: 'must be a group of fields',
  null: 'must be empty'
};

/** @type {Record<string, string>} */
const FORMAT_WORDS = {
  uuid: 'must be an ID like 123e4567-e89b-42d3-a456-426614174000',
  'date-time': 'must be a date and time like 2025-01-31T14:05:00Z',
  date: 'must be a date like 2025-01-31',
  email: 'must be an email address',
  uri: 'must be a full web address',
  url: 'must be a full web address'
};

/** @param {string} segment */
const pointerSegment = segment => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * @param {import('ajv').ErrorObject} error
 * @returns {[pointer: string, message: string]}
 */
function describe(error) {
  const p = /** @type {any} */ (error.params);
  const at = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return [`${at}/${pointerSegment(p.missingProperty)}`, 'is required'];
    case 'additionalProperties':
      return [`${at}/${pointerSegment(p.additionalProperty)}`, 'is not expected here'];
    case 'type':
      return [at, TYPE_WORDS[p.type] ?? `must be ${p.type}`];
    case 'minLength':
      return [at, p.limit === 1 ? 'must not be empty' : `must be at least ${p.limit} characters`];
    case 'maxLength':
      return [at, `must be ${p.limit} characters or fewer`];
    case 'minItems':
      return [at, p.limit === 1 ? 'must have at least one entry' : `must have at least ${p.limit} entries`];
    case 'maxItems':
      return [at, `must have ${p.limit} entries or fewer`];
    case 'minimum':
      return [at, `must be ${p.limit} or more`];
    case 'maximum':
      return [at, `must be ${p.limit} or less`];
    case 'enum':
      return [at, `must be one of: ${p.allowedValues.map(String).join(', ')}`];
    case 'const':
      return [at, `must be ${JSON.stringify(p.allowedValue)}`];
    case 'format':
      return [at, FORMAT_WORDS[p.format] ?? `must be a valid ${p.format}`];
    case 'pattern':
      return [at, 'is not in the expected form'];
    default:
      return [at, error.message ?? 'is not valid'];
  }
}

/**
 * @param {import('ajv').ErrorObject[] | null | undefined} errors
 * @param {string} prefix pointer of the validated value inside the envelope
 * @param {Record<string, string>} into first message per pointer wins: it is the most direct one
 * @param {Set<string>} pointers every pointer with a problem, also those past MAX_FIELD_ERRORS
 */
function collect(errors, prefix, into, pointers) {
  for (const error of errors ?? []) {
    const [pointer, message] = describe(error);
    pointers.add(prefix + pointer);
    if (pointers.size <= MAX_FIELD_ERRORS) into[prefix + pointer] ??= message;
  }
}

/**
 * @param {unknown} value
 * @param {number} budget
 * @returns {boolean}
 */
function nestedDeeperThan(value, budget) {
  if (value === null || typeof value !== 'object') return false;
  if (budget === 0) return true;
  return Object.values(value).some(child => nestedDeeperThan(child, budget - 1));
}

/**
 * Loads every *.schema.json in `schemasDir` (each one's `$id` must be its file name) and compiles them now, so a
 * broken schema stops the server at start-up rather than failing the first person who submits.
 * @param {string} schemasDir
 */
export function createValidator(schemasDir) {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);

  const files = readdirSync(schemasDir).filter(name => name.endsWith(SCHEMA_SUFFIX));
  if (!files.includes(ENVELOPE_SCHEMA)) throw new Error(`${ENVELOPE_SCHEMA} is missing from ${schemasDir}.`);
  for (const file of files) {
    let schema;
    try {
      schema = JSON.parse(readFileSync(join(schemasDir, file), 'utf8'));
    } catch (error) {
      throw new Error(`${file} in ${schemasDir} is not valid JSON: ${/** @type {Error} */ (error).message}`);
    }
    if (schema.$id !== undefined && schema.$id !== file) {
      throw new Error(`${file} has "$id": ${JSON.stringify(schema.$id)}; it must be its file name, "${file}".`);
    }
    ajv.addSchema({ ...schema, $id: file });
  }
  /** @type {(file: string) => import('ajv').ValidateFunction} */
  const compiled = file => /** @type {import('ajv').ValidateFunction} */ (ajv.getSchema(file));
  const envelopeValidator = compiled(ENVELOPE_SCHEMA);
  /** Data validators by submission type: `problem-report.schema.json` checks the `data` of a problem-report. */
  const dataValidators = new Map(
    files.filter(file => file !== ENVELOPE_SCHEMA).map(file => [file.slice(0, -SCHEMA_SUFFIX.length), compiled(file)])
  );

  return {
    /** Types with their own data schema. */
    knownTypes: [...dataValidators.keys()],

    /**
     * @param {unknown} envelope parsed JSON
     * @returns {{ fieldErrors: Record<string, string>, count: number } | null} null when it is valid; else the
     *   messages by JSON pointer (the first MAX_FIELD_ERRORS) and how many fields have a problem in all
     */
    validate(envelope) {
      /** @type {Record<string, string>} */
      const fieldErrors = {};
      /** @type {Set<string>} */
      const pointers = new Set();
      if (!envelopeValidator(envelope)) collect(envelopeValidator.errors, '', fieldErrors, pointers);
      const { type, data } = /** @type {any} */ (envelope) ?? {};
      if (!pointers.has('/data') && nestedDeeperThan(data, MAX_DATA_DEPTH)) {
        pointers.add('/data');
        fieldErrors['/data'] = 'is nested too deeply';
      } else if (data !== null && typeof data === 'object') {
        // A type the operator added without a schema (TB_EXTRA_TYPES) is checked against the envelope only.
        const dataValidator = dataValidators.get(type);
        if (dataValidator && !dataValidator(data)) collect(dataValidator.errors, '/data', fieldErrors, pointers);
      }
      return pointers.size ? { fieldErrors, count: pointers.size } : null;
    }
  };
}

/** @typedef {ReturnType<typeof createValidator>} Validator */
