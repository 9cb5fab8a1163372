// Checks rendered HTML pages in real tools: the Nu Html Checker (vnu, from npm's vnu-jar,
// run with Java) and axe-core in headless Chromium (Debian's chromium, driven by
// playwright-core). Fails on any vnu error, any axe violation of any impact, any console
// error, and any request for a resource the page does not ship.
//
//   node check.mjs [--screenshots DIR] FILE.html...
//
// Prints one line per page and ends with "browser-check: N passed, N failed".
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const args = process.argv.slice(2);
let shots = null;
if (args[0] === '--screenshots') {
  shots = resolve(args[1]);
  args.splice(0, 2);
  mkdirSync(shots, { recursive: true });
}
const files = args.map((f) => resolve(f));
if (files.length === 0) {
  console.error('usage: node check.mjs [--screenshots DIR] FILE.html...');
  process.exit(2);
}

let failed = 0;

// 1. The Nu Html Checker, all files in one run.
const vnu = require.resolve('vnu-jar/build/dist/vnu.jar');
try {
  execFileSync('java', ['-Xss4m', '-jar', vnu, '--errors-only', '--format', 'gnu', ...files], { stdio: 'pipe' });
  console.log(`vnu: ${files.length} pages, no errors`);
} catch (err) {
  const out = `${err.stdout ?? ''}${err.stderr ?? ''}`.trim();
  console.log(`vnu: errors\n${out}`);
  failed += 1;
}

// 2. axe-core and the console in headless Chromium.
const profile = mkdtempSync(join(tmpdir(), 'policyc-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const axePath = require.resolve('axe-core/axe.min.js');
const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
try {
  for (const file of files) {
    const page = await context.newPage();
    const problems = [];
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('about:')) {
        problems.push(`request outside the page: ${url}`);
      }
    });
    page.on('requestfailed', (req) => problems.push(`failed request: ${req.url()}`));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(async () => await globalThis.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }));
    for (const v of result.violations) {
      problems.push(`axe ${v.impact}: ${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
    }
    if (shots) {
      for (const vp of viewports) {
        await page.setViewportSize({ width: vp.width, height: vp.height });
        const name = `${basename(dirname(file))}-${basename(file, '.html')}-${vp.name}.png`;
        await page.screenshot({ path: join(shots, name), fullPage: false });
      }
    }
    const label = `${basename(dirname(file))}/${basename(file)}`;
    if (problems.length) {
      failed += 1;
      console.log(`FAIL ${label}\n  ${problems.join('\n  ')}`);
    } else {
      console.log(`ok   ${label}: axe ${result.passes.length} rules passed, no violation of any impact`);
    }
    await page.close();
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
const passed = files.length + 1 - failed;
console.log(`browser-check: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
