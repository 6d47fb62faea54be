/**
 * papaparse, loaded only when CSV text is read or written, so the element's first bundle does not carry it.
 * The import runs once; every later call gets the same promise. If it fails (a dropped connection), the next
 * call tries again.
 */
import type PapaModule from 'papaparse';
import { DirectoryError } from './directory-words.js';

export type Papa = typeof PapaModule;

let papa$: Promise<Papa> | undefined;

/** The papaparse module, imported on first use and cached. */
export function loadPapa(): Promise<Papa> {
  papa$ ??= import('papaparse').then(
    // papaparse is UMD: bundlers and the test server hand it over as the default export.
    module => ((module as { default?: Papa }).default ?? module) as Papa,
    (error: unknown) => {
      papa$ = undefined;
      throw new DirectoryError('csv-reader-failed', {}, { cause: error });
    }
  );
  return papa$;
}

/** Starts loading papaparse ahead of need (for example while a CSV file downloads); never throws. */
export function preloadPapa(): void {
  loadPapa().catch(() => undefined);
}
