// `npm run bench -- longtask`: the long-task bench (bench/glossary-longtask.mjs) through the shared harness.
export { default } from './glossary-longtask.mjs';
