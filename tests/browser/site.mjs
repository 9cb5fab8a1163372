// Checks a site built by `policyc site` in real tools, end to end:
//
//   node site.mjs --site DIR [--past DIR] [--policy ID] [--screenshots DIR]
//
// - serves DIR on 127.0.0.1 under a sub-path (/policies/), with 404.html for anything missing;
// - drives Debian's headless Chromium (playwright-core) through home -> policy -> changelog ->
//   diff -> archived version -> other language, for the policy ID (default: the first one with
//   a diff page), checking the banners on the way (a major or consent notice on the current
//   version, superseded on the archived one) and, in the site built for a later day (--past),
//   that the notice is gone;
// - opens the site from the file system and follows links there too;
// - runs axe-core on every kind of page in every language, on a desktop and a phone screen (no
//   violation of any impact: critical, serious, moderate or minor);
// - runs the Nu Html Checker (vnu) on every HTML page (zero errors);
// - parses every Atom feed as XML and checks it has one entry per archived version;
// - fails on any console error, failed request, request outside the site, or HTTP error.
//
// Prints one line per check and ends with "site-check: N passed, N failed".
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const opts = { site: null, past: null, policy: null, screenshots: null };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  const key = argv[i].replace(/^--/, '');
  if (!(key in opts) || argv[i + 1] === undefined) {
    console.error('usage: node site.mjs --site DIR [--past DIR] [--policy ID] [--screenshots DIR]');
    process.exit(2);
  }
  opts[key] = resolve(argv[i + 1]);
  if (key === 'policy') opts[key] = argv[i + 1];
}
if (!opts.site) {
  console.error('usage: node site.mjs --site DIR [--past DIR] [--policy ID] [--screenshots DIR]');
  process.exit(2);
}

let passed = 0;
let failed = 0;
function ok(what) { passed += 1; console.log(`ok   ${what}`); }
function fail(what, detail) { failed += 1; console.log(`FAIL ${what}${detail ? `\n  ${detail}` : ''}`); }
function check(cond, what, detail) { if (cond) ok(what); else fail(what, detail); return cond; }

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}
const rel = (dir, path) => relative(dir, path).split(sep).join('/');

// ---------------------------------------------------------------- a static server, loopback only
const PREFIX = '/policies/';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.xml': 'application/xml',
  '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};
function serve(root) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    let file = null;
    if (path.startsWith(PREFIX)) {
      path = path.slice(PREFIX.length);
      if (path === '' || path.endsWith('/')) path += 'index.html';
      const candidate = resolve(root, path);
      if (candidate.startsWith(root + sep) && existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
    }
    if (file) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } else {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(readFileSync(join(root, '404.html')));
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const servers = [];
async function site(dir) {
  const server = await serve(dir);
  servers.push(server);
  return { dir, base: `http://127.0.0.1:${server.address().port}${PREFIX}` };
}
const main = await site(opts.site);
const past = opts.past ? await site(opts.past) : null;
const htmlFiles = walk(main.dir).filter((f) => f.endsWith('.html'));
const policy = opts.policy ?? htmlFiles.map((f) => rel(main.dir, f)).find((f) => /\/changes\.[^/]+\.html$/.test(f))?.split('/')[0];

// ---------------------------------------------------------------- the browser
const profile = mkdtempSync(join(tmpdir(), 'policyc-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const axePath = require.resolve('axe-core/axe.min.js');

// Every page watched: console errors, page errors, failed requests, HTTP errors, requests
// that leave the site. `allow404` names the one address where a 404 is the point.
const problems = [];
let allow404 = null;
context.on('page', (page) => watch(page));
function watch(page) {
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !(allow404 && msg.location().url === allow404)) problems.push(`console on ${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error on ${page.url()}: ${err.message}`));
  // A request cut short because the page navigated away (net::ERR_ABORTED) is not a failure.
  page.on('requestfailed', (req) => {
    if (!/ERR_ABORTED/.test(req.failure()?.errorText ?? '')) problems.push(`failed request: ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on('response', (res) => { if (res.status() >= 400 && res.url() !== allow404) problems.push(`HTTP ${res.status()}: ${res.url()}`); });
  page.on('request', (req) => {
    const url = req.url();
    const inside = url.startsWith('http://127.0.0.1:') || url.startsWith('file:') || url.startsWith('data:') || url.startsWith('about:');
    if (!inside) problems.push(`request outside the site: ${url}`);
  });
}
function problemsSince(mark, what) {
  const found = problems.slice(mark);
  check(found.length === 0, `${what}: no console error, failed request or outside request`, found.join('\n  '));
}

const page = await context.newPage();
const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
async function shoot(name) {
  if (!opts.screenshots) return;
  mkdirSync(opts.screenshots, { recursive: true });
  for (const vp of viewports) {
    await page.setViewportSize({ width: vp.width, height: vp.height });
    await page.screenshot({ path: join(opts.screenshots, `${name}-${vp.name}.png`), fullPage: false });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
const here = (s) => page.url().replace(/^.*\/policies\//, '');
const count = (selector) => page.locator(selector).count();
async function follow(selector, what) {
  const link = page.locator(selector).first();
  if (!check(await link.count() > 0, `${what}: link ${selector} present on ${here()}`)) return false;
  await Promise.all([page.waitForEvent('load'), link.click()]);
  return true;
}

try {
  // 1. The journey, over HTTP under a sub-path.
  const mark = problems.length;
  if (!check(Boolean(policy), 'the site has a policy with a diff page')) throw new Error('nothing to test');
  await page.goto(`${main.base}index.html`, { waitUntil: 'load' });
  check(await count('main .policy-card') > 0, 'home lists the policies');
  await shoot('home');
  await follow(`main a[href="${policy}/en.html"]`, 'home -> policy');
  check(here() === `${policy}/en.html`, `the current page is ${policy}/en.html`, here());
  const notices = await count('[data-notice="major"], [data-notice="consent"]');
  check(notices > 0, 'the current version shows a major or consent notice banner');
  check(await page.locator('[data-notice] a[href$=".html"]').count() > 0, 'the banner links to what changed');
  // Keyboard: the first tab stop skips to the policy. Phone: the contents begin within two
  // screens (the summary is folded).
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  check(first === '#_main', 'the first tab stop is the skip link', first);
  await page.setViewportSize({ width: 390, height: 844 });
  const top = await page.locator('nav.toc, article.policy').first().evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
  check(top < 2 * 844, `on a phone the contents begin within two screens (${Math.round(top)} px)`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await shoot('current');
  await follow('.site-links a[href="changelog.en.html"]', 'policy -> changelog');
  check(here() === `${policy}/changelog.en.html`, 'the changelog', here());
  const entries = await count('ol.versions > li');
  check(entries >= 2, `the changelog lists every version (${entries})`);
  check(await count('ol.versions .severity-major, ol.versions .severity-consent') > 0, 'the changelog shows a major or consent badge');
  check(await count('ol.versions .summary-line') === entries, 'each changelog entry says what changed');
  check(await count('code') === 0, 'the changelog shows no code');
  check(await count('.periods tbody tr') === entries, 'the effective periods table has every version');
  await shoot('changelog');
  await follow('ol.versions > li:has(.severity-major, .severity-consent) a[href$="changes.en.html"]', 'changelog -> diff');
  check(/\/changes\.en\.html$/.test(here()), 'the diff page', here());
  check(await count('.change') > 0, 'the diff page lists changes');
  check(await count('.subjects dt') > 0, 'the diff page says what the major change is about');
  check(await count('.change .rule') > 0, 'each major change names its subject');
  check(await count('code') === 0, 'the diff page shows no code');
  await shoot('diff');
  const changed = await page.locator('.change-summary strong').allTextContents();
  await follow('.page-header dl.facts div:nth-child(3) a', 'diff -> previous (archived) version');
  check(await count('[data-notice="superseded"]') === 1, 'the archived version says it was superseded');
  check(await page.locator('[data-notice="superseded"] a[href="../en.html"]').count() === 1, 'and links to the current version');
  await shoot('archived');
  // Whoever accepted the archived version sees, one click away, everything that changed since.
  const archived = here();
  await follow('[data-notice="superseded"] a[href="since.en.html"]', 'archived version -> what changed since');
  check(/\/since\.en\.html$/.test(here()), 'the page of what changed since', here());
  const since = await page.locator('.change-summary strong').allTextContents();
  const missed = changed.filter((c) => !since.includes(c));
  check(changed.length > 0 && missed.length === 0, `what changed since holds every change of the later version (${since.length} changes)`, missed.join('; '));
  check(await count('code') === 0, 'the page of what changed since shows no code');
  await shoot('since');
  await page.goto(`${main.base}${archived}`, { waitUntil: 'load' });
  await follow('nav.languages a[hreflang="zh-CN"]', 'archived version -> other language');
  check(await page.getAttribute('html', 'lang') === 'zh-CN' && /\/zh-CN\.html$/.test(here()), 'the archived version in Chinese', here());
  check(await count('[data-notice="superseded"]') === 1, 'the Chinese archived version is superseded too');
  await follow('[data-notice="superseded"] a[href="../zh-CN.html"]', 'superseded banner -> current version');
  check(here() === `${policy}/zh-CN.html`, 'the current version in Chinese', here());
  check(await count('[data-notice="major"], [data-notice="consent"]') > 0, 'the Chinese current version shows the notice too');
  await shoot('current-zh');
  await follow('.site-bar a[href="../index.zh-CN.html"]', 'back to the Chinese home page');
  check(here() === 'index.zh-CN.html' && await page.getAttribute('html', 'lang') === 'zh-CN', 'the Chinese home page', here());

  // Pages that the journey does not reach: upcoming versions, the 404 page.
  const upcoming = htmlFiles.map((f) => rel(main.dir, f)).filter((f) => readFileSync(join(main.dir, f), 'utf8').includes('data-notice="upcoming"'));
  for (const f of upcoming.slice(0, 2)) {
    await page.goto(`${main.base}${f}`, { waitUntil: 'load' });
    check(await count('[data-notice="upcoming"] a, [data-notice="upcoming"] p') > 0, `${f} announces an upcoming version`);
  }
  if (upcoming.length) await shoot('upcoming');
  allow404 = `${main.base}no/such/page.html`;
  const missing = await page.goto(allow404, { waitUntil: 'load' });
  check(missing.status() === 404 && await count('h1') === 1, 'a missing address gets the 404 page');
  await shoot('404');
  allow404 = null;
  problemsSince(mark, 'the journey');

  // 2. The same site under a later day: the notice period is over.
  if (past) {
    const mark2 = problems.length;
    await page.goto(`${past.base}${policy}/en.html`, { waitUntil: 'load' });
    check(await count('[data-notice="major"], [data-notice="consent"]') === 0, 'past the banner period, the current version has no notice');
    problemsSince(mark2, 'the later site');
  }

  // 3. From the file system: relative links everywhere.
  const mark3 = problems.length;
  await page.goto(pathToFileURL(join(main.dir, 'index.html')).href, { waitUntil: 'load' });
  await follow(`main a[href="${policy}/en.html"]`, 'file: home -> policy');
  await follow('.site-links a[href="changelog.en.html"]', 'file: policy -> changelog');
  await follow('ol.versions > li:last-child a[href$="/en.html"]', 'file: changelog -> first version');
  check(await count('[data-notice="superseded"]') === 1, 'file: the first version is superseded');
  problemsSince(mark3, 'from the file system');

  // 4. axe-core on every kind of page, in every language.
  const kinds = new Map();
  for (const f of htmlFiles.map((p) => rel(main.dir, p))) {
    const lang = (f.match(/([A-Za-z-]+)\.html$/) ?? [])[1];
    const kind = f === '404.html' ? '404'
      : /^index(\.|$)/.test(f) ? 'home'
        : /\/changelog\./.test(f) ? 'changelog'
          : /\/changes\./.test(f) ? 'diff'
            : /\/since\./.test(f) ? 'since'
            : f.split('/').length === 2 ? 'current'
              : readFileSync(join(main.dir, f), 'utf8').includes('data-notice="superseded"') ? 'superseded'
                : 'version';
    const key = `${kind}:${f === 'index.html' ? 'first' : lang}`;
    if (!kinds.has(key)) kinds.set(key, f);
  }
  for (const [key, f] of kinds) {
    for (const vp of viewports) {
      const mark4 = problems.length;
      await page.setViewportSize({ width: vp.width, height: vp.height });
      if (f === '404.html') allow404 = `${main.base}${f}x`;
      await page.goto(f === '404.html' ? allow404 : `${main.base}${f}`, { waitUntil: 'load' });
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(async () => await globalThis.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      }));
      const bad = result.violations;
      check(bad.length === 0, `axe ${key} ${vp.name} (${f}): ${result.passes.length} rules passed, no violation of any impact`,
        bad.map((v) => `${v.impact}: ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`).join('\n  '));
      allow404 = null;
      problems.splice(mark4);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // 5. The Atom feeds: XML, one entry per archived version in the feed's language.
  for (const feed of walk(main.dir).filter((f) => /\/feed\.[^/]+\.xml$/.test(f))) {
    const name = rel(main.dir, feed);
    const [id, file] = name.split('/');
    const lang = file.replace(/^feed\./, '').replace(/\.xml$/, '');
    const expected = readdirSync(join(main.dir, id)).filter((v) => existsSync(join(main.dir, id, v, `${lang}.html`))).sort().reverse();
    await page.goto(`${main.base}index.html`, { waitUntil: 'load' });
    const parsed = await page.evaluate(async (url) => {
      const text = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length) return { error: doc.getElementsByTagName('parsererror')[0].textContent };
      const ns = 'http://www.w3.org/2005/Atom';
      return {
        root: doc.documentElement.localName, ns: doc.documentElement.namespaceURI,
        entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
          id: e.getElementsByTagNameNS(ns, 'id')[0]?.textContent,
          title: e.getElementsByTagNameNS(ns, 'title')[0]?.textContent,
          content: e.getElementsByTagNameNS(ns, 'content')[0]?.textContent ?? '',
        })),
      };
    }, `${main.base}${name}`);
    if (!check(!parsed.error && parsed.root === 'feed' && parsed.ns === 'http://www.w3.org/2005/Atom', `${name} parses as an Atom feed`, parsed.error)) continue;
    const versions = parsed.entries.map((e) => e.id.split('/').slice(-2)[0]);
    check(JSON.stringify(versions) === JSON.stringify(expected), `${name} has one entry per version, newest first (${versions.join(', ')})`,
      `expected ${expected.join(', ')}`);
    check(parsed.entries.every((e) => e.title && e.content), `${name}: every entry has a title and text`);
  }
} catch (err) {
  fail('the site check ran to the end', err.stack);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  for (const s of servers) s.close();
}

// 6. The Nu Html Checker on every HTML page of both sites.
const all = [...htmlFiles, ...(past ? walk(past.dir).filter((f) => f.endsWith('.html')) : [])];
const vnu = require.resolve('vnu-jar/build/dist/vnu.jar');
try {
  execFileSync('java', ['-Xss4m', '-jar', vnu, '--errors-only', '--format', 'gnu', ...all], { stdio: 'pipe' });
  ok(`vnu: ${all.length} pages, no errors`);
} catch (err) {
  fail('vnu: errors', `${err.stdout ?? ''}${err.stderr ?? ''}`.trim());
}

console.log(`site-check: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
