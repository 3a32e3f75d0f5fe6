import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { currentTotp } from '../../src/platform/auth/totp.js';
import type { TestUser } from '../../src/platform/testing/factories.js';
import { createTestApp, type TestApp } from '../../src/platform/testing/test-app.js';
import { buildOffice } from '../../src/platform/testing/factories.js';
import { FIVE_OFFICES } from '../../src/modules/offices/five-offices.js';
import { seedStandards, type SeedSlug } from '../../src/modules/standards/seeds/index.js';
import { insertStandardVersion } from '../../src/modules/standards/standards.repository.js';
import { REPO_ROOT, webDistDir } from '../../src/modules/portal/web-paths.js';
import { webFingerprint } from '../../src/web/build-fingerprint.js';

/**
 * Browser tests: the real app on a fresh test database, listening on a random port, driven by the
 * system's Chromium through playwright-core. CI installs /usr/bin/chromium; where it is missing the
 * tests skip with a message rather than fail.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
if (!hasChromium) console.warn(`e2e: ${CHROMIUM_PATH} not found — browser tests skipped (apt-get install chromium)`);

export const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');

// ---- the console build (once per source change, shared by parallel test files) ----

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Builds src/web with Vite unless the build in place was made from the same sources. */
export async function ensureWebBuild(): Promise<void> {
  const dist = webDistDir();
  const stamp = join(dist, '.fingerprint');
  const want = webFingerprint(REPO_ROOT);
  const built = () => existsSync(stamp) && readFileSync(stamp, 'utf8') === want;
  if (built()) return;
  const lock = join(REPO_ROOT, 'test-results', '.web-build.lock');
  mkdirSync(join(REPO_ROOT, 'test-results'), { recursive: true });
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (built()) return;
      // A lock older than five minutes belongs to a run that died.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      if (waited > 240_000) throw new Error('timed out waiting for another test file to build the console');
      await sleep(500);
    }
  }
  try {
    if (built()) return;
    const res = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (res.status !== 0) throw new Error(`vite build failed:\n${res.stdout}\n${res.stderr}`);
    if (!built()) throw new Error('vite build did not write the fingerprint of its sources');
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

// ---- the app ----

export interface E2EApp {
  url: string;
  t: TestApp;
  close(): Promise<void>;
}

export async function startApp(): Promise<E2EApp> {
  await ensureWebBuild();
  const t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, t, close: () => t.close() };
}

/** One of the five seed offices with its published standard, as the demo has it. */
export async function seedOfficeWithStandard(t: TestApp, slug: SeedSlug) {
  const input = FIVE_OFFICES.find((o) => o.slug === slug)!;
  const office = await buildOffice(t.database, input);
  await insertStandardVersion(t.database.db, { officeId: office.id, effectiveDate: '2024-01-02', standard: seedStandards[slug] });
  return office;
}

// ---- the browser ----

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** A context that records Content-Security-Policy refusals, which would mean an inline script slipped in. */
export async function newContext(browser: Browser, opts: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ locale: 'id-ID', ...opts });
  const cspViolations: string[] = [];
  context.on('console', (msg) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(msg.text())) cspViolations.push(msg.text());
  });
  return { context, cspViolations };
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits until the locator's text contains `text` (the app renders asynchronously). */
export async function waitForText(locator: Locator, text: string | RegExp, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.first().textContent({ timeout }).catch(() => '')) ?? '';
    if (typeof text === 'string' ? last.includes(text) : text.test(last)) return last;
    await sleep(100);
  }
  throw new Error(`expected text ${String(text)}, last seen: ${last.slice(0, 300)}`);
}

/** Presses Tab until the focused element matches `selector`; fails when it is not reachable. */
export async function tabTo(page: Page, selector: string, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} not reachable with Tab`);
}

// ---- the console ----

/** A link of the console's main menu. */
export const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name, exact: true });

/** Logs in through the console's own screens, with the second factor when the account has one. */
export async function login(page: Page, url: string, user: TestUser) {
  await page.goto(`${url}/console/`);
  await page.getByLabel('Nama pengguna').fill(user.username);
  await page.getByLabel('Kata sandi').fill(user.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  if (user.totpSecret) {
    await page.getByLabel('Kode 6 angka').fill(currentTotp(user.totpSecret));
    await page.getByRole('button', { name: 'Verifikasi' }).click();
  }
  await page.getByTestId('office-name').waitFor();
}

// ---- accessibility ----

const axeSource = readFileSync(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** axe-core's WCAG 2.1 A/AA rules on the current page; serious and critical violations only. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') stays in force.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const res = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export const describeViolations = (vs: AxeViolation[]) =>
  vs.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.html).join('\n  ')}`).join('\n');

export async function expectNoSeriousViolations(page: Page) {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

export type { Browser, BrowserContext, Page };
