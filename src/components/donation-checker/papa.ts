/** papaparse, loaded only when a list of computers is read or written; a failed load is tried again next time. */
import type PapaModule from 'papaparse';

export type Papa = typeof PapaModule;

let papa$: Promise<Papa> | undefined;

export function loadPapa(): Promise<Papa> {
  papa$ ??= import('papaparse').then(
    // papaparse is UMD: bundlers and the test server hand it over as the default export.
    module => ((module as { default?: Papa }).default ?? module) as Papa,
    (error: unknown) => {
      papa$ = undefined;
      throw error;
    }
  );
  return papa$;
}
