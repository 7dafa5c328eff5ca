// Reads what scripts/validate.sh collected (the Nu checker's JSON, Lighthouse's JSON
// reports), prints the results and exits non-zero when a bar is missed.
//
//   --performance-ok LH.json              exit 0 when performance meets its bar
//   --keep-better-performance LH.json RUN.json
//                                         keep RUN's performance result if it is better
//   --report WORK PUBLIC PAGE...          print everything; exit 1 on any miss
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { relative } from "node:path";

const BARS = { performance: 0.95, accessibility: 1, "best-practices": 1, seo: 1 };
const read = (f) => JSON.parse(readFileSync(f, "utf8"));
const [mode, ...args] = process.argv.slice(2);

if (mode === "--performance-ok") {
  process.exit(read(args[0]).categories.performance.score >= BARS.performance ? 0 : 1);
}

if (mode === "--keep-better-performance") {
  const [mainFile, runFile] = args;
  const main = read(mainFile), run = read(runFile);
  if (run.categories.performance.score > main.categories.performance.score) {
    main.categories.performance = run.categories.performance;
    for (const ref of run.categories.performance.auditRefs) main.audits[ref.id] = run.audits[ref.id];
    writeFileSync(mainFile, JSON.stringify(main));
  }
  process.exit(0);
}

if (mode !== "--report") {
  console.error("usage: see the head of scripts/validate-report.mjs");
  process.exit(2);
}

const [work, pub, ...pages] = args;
let missed = 0;

// The Nu HTML checker: errors fail, warnings are listed.
console.log("\nNu HTML checker (errors / warnings):");
const vnu = read(`${work}/vnu.json`).messages;
const byFile = new Map();
for (const m of vnu) {
  const file = relative(pub, decodeURIComponent(m.url.replace(/^file:/, ""))) || "(site)";
  if (!byFile.has(file)) byFile.set(file, []);
  byFile.get(file).push(m);
}
for (const [file, list] of byFile) {
  const errors = list.filter((m) => m.type === "error" || m.subType === "fatal");
  const warnings = list.filter((m) => m.type === "info" && m.subType === "warning");
  for (const m of [...errors, ...warnings]) {
    console.log(`  ${file}:${m.lastLine}:${m.firstColumn ?? m.lastColumn}: ${m.subType || m.type}: ${m.message}`);
  }
  missed += errors.length;
}
console.log(`  ${vnu.filter((m) => m.type === "error").length} errors, ` +
  `${vnu.filter((m) => m.subType === "warning").length} warnings in all checked pages`);

// Lighthouse: one row per page.
console.log("\nLighthouse, mobile (performance, accessibility, best practices, SEO; accessibility in the dark theme):");
const pct = (s) => (s === null || s === undefined ? "n/a" : String(Math.round(s * 100)));
for (const page of pages) {
  const name = page.replaceAll("/", "_");
  const light = read(`${work}/lh-${name}.json`);
  const darkFile = `${work}/lh-${name}-dark.json`;
  const dark = existsSync(darkFile) ? read(darkFile) : null;
  const scores = Object.keys(BARS).map((k) => light.categories[k]?.score);
  const darkScore = dark?.categories.accessibility?.score;
  console.log(`  ${page.padEnd(64)} ${scores.map(pct).map((s) => s.padStart(4)).join("")}   dark ${pct(darkScore)}`);
  const misses = [];
  for (const [k, bar] of Object.entries(BARS)) {
    const cat = light.categories[k];
    if (!cat || cat.score === null || cat.score < bar) misses.push([light, k]);
  }
  if (!dark || darkScore === null || darkScore < 1) misses.push([dark, "accessibility", "dark"]);
  for (const [report, k, theme] of misses) {
    missed++;
    console.log(`    MISSED ${k}${theme ? ` (${theme})` : ""}`);
    if (!report) continue;
    for (const ref of report.categories[k].auditRefs) {
      const a = report.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) {
        console.log(`      ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`);
        for (const item of (a.details?.items || []).slice(0, 5)) {
          const node = item.node || item;
          if (node.snippet || node.selector) console.log(`        ${node.selector || ""} ${node.snippet || ""}`);
        }
      }
    }
  }
}

console.log(missed ? `\nvalidate: ${missed} miss(es)` : "\nvalidate: every bar met");
process.exit(missed ? 1 : 0);
