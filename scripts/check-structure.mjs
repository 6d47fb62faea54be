#!/usr/bin/env node
// Two rules for src/ that no linter here checks for us:
// 1. the import graph (static imports, type-only ones too) has no cycle;
// 2. no hand-written source file is over 600 lines (generated data files say so in their first lines).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_LINES = 600;

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = walk(join(root, 'src'));
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** Static imports of `file` that point at other files in src/. */
function importsOf(file, text) {
  const out = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2];
    if (!spec.startsWith('.')) continue;
    const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
    if (files.includes(target)) out.push(target);
  }
  return out;
}

const problems = [];
const graph = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  graph.set(file, importsOf(file, text));
  const generated = /generated|do not edit/i.test(text.split('\n').slice(0, 5).join('\n'));
  const lines = text.split('\n').length;
  if (!generated && lines > MAX_LINES) {
    problems.push(
      `${relative(root, file)} has ${lines} lines; split it (the limit for hand-written files is ${MAX_LINES}).`
    );
  }
}

// Tarjan's strongly connected components: any component with more than one file (or a self-import) is a cycle.
let index = 0;
const stack = [];
const info = new Map();
function connect(v) {
  info.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of graph.get(v)) {
    if (!info.has(w)) {
      connect(w);
      info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
    } else if (info.get(w).onStack) {
      info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
    }
  }
  if (info.get(v).low === info.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      info.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v).includes(v)) {
      problems.push(`Import cycle: ${component.map(f => relative(root, f)).join(' ↔ ')}`);
    }
  }
}
for (const file of files) if (!info.has(file)) connect(file);

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`Structure: ${files.length} source files, no import cycle, none over ${MAX_LINES} lines.`);
