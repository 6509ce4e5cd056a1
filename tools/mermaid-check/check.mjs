#!/usr/bin/env node
// Parses Mermaid diagrams with Mermaid's own parser (mermaid.parse), without a browser.
//
//   node check.mjs < diagrams.json      a JSON array of {"name": ..., "text": ...}
//   node check.mjs FILE...              each file one diagram, named by its path
//
// Prints one JSON line per diagram, in the order given:
//
//   {"name": ..., "ok": true, "type": "journey", "error": null}
//   {"name": ..., "ok": false, "type": "flowchart-v2", "error": "Parse error on line 3: ..."}
//
// where "type" is the diagram type Mermaid detects ("journey", "flowchart-v2", ...; null
// when it detects none). Exits 0 when every diagram parses, 1 when any does not, 2 on a
// usage error (no diagrams, input that is not such a JSON array, an unreadable file).
//
// Mermaid sanitises labels with DOMPurify, which needs a window: jsdom provides one. It
// has to exist before Mermaid is imported, hence the dynamic import below.
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';

/** Stops with a usage error. */
function usage(message) {
  process.stderr.write(`mermaid-check: ${message}\n`);
  process.exit(2);
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** The diagrams to check, as [{name, text}]: the files named, or the JSON array on stdin. */
async function readDiagrams(args) {
  if (args.length > 0) {
    return Promise.all(
      args.map(async (path) => {
        try {
          return { name: path, text: await readFile(path, 'utf8') };
        } catch (err) {
          return usage(`cannot read ${path}: ${err.message}`);
        }
      }),
    );
  }
  let diagrams;
  try {
    diagrams = JSON.parse(await readStdin());
  } catch (err) {
    return usage(`stdin is not JSON: ${err.message}`);
  }
  const valid =
    Array.isArray(diagrams) &&
    diagrams.every(
      (d) => d && typeof d === 'object' && typeof d.text === 'string' && 'name' in d,
    );
  if (!valid) usage('stdin must be a JSON array of {"name": ..., "text": "..."}');
  return diagrams;
}

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
  process.stdout.write('usage: node check.mjs [FILE...]   (no FILE: a JSON array on stdin)\n');
  process.exit(0);
}
const diagrams = await readDiagrams(args);
if (diagrams.length === 0) usage('no diagrams to check');

// Whatever Mermaid logs goes to stderr: stdout holds only the result lines.
for (const level of ['log', 'info', 'debug']) console[level] = console.error;

const dom = new JSDOM('');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

/** The type Mermaid detects for text, or null when it detects none. */
function detectedType(text) {
  try {
    return mermaid.detectType(text);
  } catch {
    return null;
  }
}

let failed = 0;
for (const { name, text } of diagrams) {
  let result;
  try {
    const parsed = await mermaid.parse(text);
    result = { name, ok: true, type: parsed.diagramType, error: null };
  } catch (err) {
    failed += 1;
    result = { name, ok: false, type: detectedType(text), error: String(err?.message ?? err) };
  }
  process.stdout.write(JSON.stringify(result) + '\n');
}
dom.window.close();
process.exitCode = failed ? 1 : 0;
