/**
 * The citizen portal on a cheap phone and a slow network (issue 6): the compressed JavaScript and CSS
 * a first visit downloads for `/` and `/{slug}` (target < 60 KB; GOV.UK's whole frontend is about
 * 30 KB), and the Largest Contentful Paint under Chromium with the DevTools throttling used by
 * Lighthouse's "slow 4G" class: 1.6 Mbps down, 150 ms round trip, CPU slowed 4x (target < 3 s).
 * Baseline: a bare HTML page (a heading and a paragraph, no CSS or JS) served by a bare Fastify on the
 * same machine and loaded under the same throttling, so the ratio shows what the portal itself costs.
 *
 * Run alone: npx tsx bench/portal.bench.ts
 */
import { request } from 'node:http';
import { pathToFileURL } from 'node:url';
import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
import type { BenchResult } from './bench-types.js';
import { buildOffice } from '../src/platform/testing/factories.js';
import { hasChromium, launchBrowser, seedOfficeWithStandard, startApp, type Browser } from '../test/e2e/harness.js';

const RUNS = 5;
const SLUG = 'kab-karangasem';

/** Bytes on the wire of a body (no decompression), as a browser asking for br/gzip gets it. */
function wireBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
      let n = 0;
      res.on('data', (c: Buffer) => (n += c.length));
      res.on('end', () => (res.statusCode === 200 ? resolve(n) : reject(new Error(`${url}: ${res.statusCode}`))));
    })
      .on('error', reject)
      .end();
  });
}

async function text(url: string): Promise<string> {
  const res = await fetch(url);
  return res.text();
}

/** CSS and JS a first visit loads: the page's stylesheets and scripts and the modules they import. */
async function pageWeight(base: string, path: string): Promise<number> {
  const html = await text(base + path);
  const assets = new Set<string>();
  for (const m of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) assets.add(m[1]!);
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) assets.add(m[1]!);
  const queue = [...assets].filter((a) => a.endsWith('.js'));
  while (queue.length) {
    const js = await text(base + queue.pop()!);
    for (const m of js.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js|\/ui\/[^"]+\.js)"/g)) {
      const url = m[1]!.startsWith('./') ? `/ui/assets/${m[1]!.slice(2)}` : m[1]!;
      if (!assets.has(url)) {
        assets.add(url);
        queue.push(url);
      }
    }
  }
  let total = 0;
  for (const a of assets) total += await wireBytes(base + a);
  return total;
}

async function lcp(browser: Browser, url: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // A new context each time: a first visit, nothing cached.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1_000_000) / 8,
      uploadThroughput: (750 * 1_000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'load' });
    const value = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let last = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) last = e.startTime;
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => resolve(last), 1000);
        }),
    );
    samples.push(value);
    await context.close();
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

async function bareServer() {
  const app = Fastify();
  const page = `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Baseline</title></head>
<body><h1>Pendaftaran PBI Daerah (JKN-KIS)</h1><p>Warga yang tidak mampu dapat didaftarkan sebagai peserta JKN-KIS yang iurannya dibayar pemerintah daerah.</p></body></html>`;
  app.get('/', async (_req, reply) => reply.type('text/html; charset=utf-8').send(page));
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/`, close: () => app.close() };
}

export async function run(): Promise<BenchResult[]> {
  const app = await startApp();
  await seedOfficeWithStandard(app.t, SLUG);
  await buildOffice(app.t.database, { slug: 'kota-tanpa-standar', name: 'Dinas Sosial Kota Uji' });
  const results: BenchResult[] = [];
  try {
    const home = await pageWeight(app.url, '/');
    const office = await pageWeight(app.url, `/${SLUG}`);
    results.push({ name: 'portal / compressed JS+CSS', value: home / 1024, unit: 'KB', target: '< 60 KB' });
    results.push({ name: `portal /${SLUG} compressed JS+CSS`, value: office / 1024, unit: 'KB', target: '< 60 KB' });

    if (!hasChromium) {
      console.log('  (no /usr/bin/chromium: LCP not measured)');
      return results;
    }
    const bare = await bareServer();
    const browser = await launchBrowser();
    try {
      const baseline = { name: 'bare HTML page, same throttling', value: await lcp(browser, bare.url) };
      for (const path of ['/', `/${SLUG}`]) {
        const value = await lcp(browser, app.url + path);
        results.push({ name: `portal ${path} LCP (1.6 Mbps, 150 ms RTT, 4x CPU; median of ${RUNS})`, value, unit: 'ms', baseline, ratio: value / baseline.value, target: '< 3000 ms' });
      }
    } finally {
      await browser.close();
      await bare.close();
    }
  } finally {
    await app.close();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run()) console.log(r);
  process.exit(0);
}
