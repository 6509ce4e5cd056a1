// Copies the browser builds GraphiQL needs from the pinned packages (package-lock.json,
// installed with `npm ci`) into graph_api/api/graphiql/assets/, the package data the
// server serves them from, with:
//   manifest.json  each file: the package and version it comes from, its licence, and its
//                  sha384 (the page's Subresource Integrity);
//   NOTICES.txt    the licence of every package installed from the lock (the bundles hold
//                  code of many of them) and of the fonts graphiql.min.css embeds.
// The files are committed, so that the server needs no network and no Node.
//
//   node vendor.mjs          write them
//   node vendor.mjs --check  exit 1 when the committed files differ from what it would
//                            write (tests/ui/test_graphiql_assets.py runs this)

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const target = join(here, "..", "..", "graph_api", "api", "graphiql", "assets");

// The files the page loads, in the order it loads them, as the same packages' builds on
// a CDN would be loaded: React and ReactDOM first (GraphiQL's UMD build expects them as
// globals), then GraphiQL, then the explorer plugin (which expects GraphiQL).
const FILES = [
  { package: "react", path: "umd/react.production.min.js", as: "react.production.min.js" },
  {
    package: "react-dom",
    path: "umd/react-dom.production.min.js",
    as: "react-dom.production.min.js",
  },
  { package: "graphiql", path: "graphiql.min.css", as: "graphiql.min.css" },
  { package: "graphiql", path: "graphiql.min.js", as: "graphiql.min.js" },
  { package: "@graphiql/plugin-explorer", path: "dist/style.css", as: "plugin-explorer.css" },
  { package: "@graphiql/plugin-explorer", path: "dist/index.umd.js", as: "plugin-explorer.umd.js" },
];

// graphiql.min.css embeds two fonts (from @graphiql/react's font/*.css) as data: URLs;
// their licences are not in any package's licence file.
const FONTS = `Fonts embedded in graphiql.min.css (from @graphiql/react, font/*.css):
  Fira Code   SIL Open Font License 1.1   https://github.com/tonsky/FiraCode
  Roboto      Apache License 2.0          https://github.com/googlefonts/roboto
`;

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i;

function packageJson(dir) {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
}

function licenceText(dir) {
  const file = readdirSync(dir).sort().find((name) => LICENCE_FILE.test(name));
  return file ? readFileSync(join(dir, file), "utf8").trim() : null;
}

function notices(lock) {
  const parts = [
    "Third-party software in this directory, served by graph-api for GraphiQL.",
    "Every package installed from tools/graphiql-assets/package-lock.json, with its licence.",
    "",
    FONTS,
  ];
  const paths = Object.keys(lock.packages)
    .filter((path) => path.startsWith("node_modules/"))
    .sort();
  for (const path of paths) {
    const dir = join(here, path);
    const meta = packageJson(dir);
    const text = licenceText(dir) ?? `(the package has no licence file; package.json says: ${meta.license})`;
    parts.push("=".repeat(78), `${meta.name} ${meta.version} (${meta.license ?? "no licence field"})`, "", text, "");
  }
  return parts.join("\n");
}

function sha384(bytes) {
  return "sha384-" + createHash("sha384").update(bytes).digest("base64");
}

function build() {
  if (!existsSync(join(modules, ".package-lock.json"))) {
    throw new Error(`no packages installed: run npm ci --prefix ${here}`);
  }
  const lock = JSON.parse(readFileSync(join(here, "package-lock.json"), "utf8"));
  const files = new Map();
  const manifest = [];
  for (const file of FILES) {
    const dir = join(modules, file.package);
    const meta = packageJson(dir);
    const bytes = readFileSync(join(dir, file.path));
    files.set(file.as, bytes);
    manifest.push({
      file: file.as,
      package: meta.name,
      version: meta.version,
      source: file.path,
      license: meta.license,
      integrity: sha384(bytes),
    });
  }
  files.set("manifest.json", Buffer.from(JSON.stringify({ files: manifest }, null, 2) + "\n"));
  files.set("NOTICES.txt", Buffer.from(notices(lock)));
  return files;
}

function check(files) {
  const problems = [];
  const present = existsSync(target) ? readdirSync(target).sort() : [];
  for (const [name, bytes] of files) {
    const path = join(target, name);
    if (!existsSync(path)) problems.push(`missing: ${name}`);
    else if (!readFileSync(path).equals(bytes)) problems.push(`differs: ${name}`);
  }
  for (const name of present) {
    if (!files.has(name)) problems.push(`not from the lock: ${name}`);
  }
  return problems;
}

const files = build();
if (process.argv.includes("--check")) {
  const problems = check(files);
  if (problems.length) {
    console.error(`${target} is not what the pinned packages give (run npm run vendor --prefix ${here}):`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log(`${target}: ${files.size} files, as the pinned packages give them`);
} else {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(join(target, name), bytes);
  console.log(`wrote ${files.size} files to ${target}`);
}
