/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jingzhouAnnex2, renderHtml, type Report } from '../../src/index.js';
import {
  launchBrowser,
  openHtml,
  pdfPageCount,
  screenshot,
  fontsDrawn,
} from '../helpers/browser.js';
import { JINGZHOU_ROSTER, REPORTS } from './samples.js';

// Every HTML form the library renders, opened in a real headless Chromium that comes from the lockfile
// (see test/helpers/browser.ts): no system browser, no system font. If the browser cannot start, every
// test here fails with the reason — it never skips.

/** A4 pages each sample prints on; every form that fits one sheet of paper must print on one. */
const PAGES: Record<string, number> = {
  'jingzhou-annex-1': 1,
  'jingzhou-annex-2': 1,
  'jingzhou-annex-3': 1,
  'jingzhou-annex-4': 1,
  'jingzhou-annex-5': 1,
  'jingzhou-annex-6': 1,
  'jingzhou-annex-7': 1,
  'xinzhou-quote-letter': 1,
  'xinzhou-policy-schedule': 1,
  'anhua-annual-report': 1,
  'coverage-dashboard': 1,
};

const cellText = (report: Report): string[] =>
  report.tables.flatMap((t) => [...(t.caption === null ? [] : [t.caption]), ...t.columns]);

let browser: Browser | undefined;
let launchError: unknown;

beforeAll(async () => {
  try {
    browser = await launchBrowser();
  } catch (e) {
    launchError = e;
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

function started(): Browser {
  if (browser === undefined)
    throw launchError instanceof Error
      ? launchError
      : new Error(`the browser did not start: ${String(launchError)}`);
  return browser;
}

describe('HTML forms in a real browser (Chromium and the CJK font from npm)', () => {
  it('covers every report the library builds', () => {
    expect(Object.keys(PAGES).sort()).toEqual(Object.keys(REPORTS).sort());
  });

  for (const [name, build] of Object.entries(REPORTS)) {
    it(`${name}: no console error, the Chinese text in the DOM, every glyph drawn in Noto Sans SC, ${String(PAGES[name])} A4 page(s), a screenshot`, async () => {
      const report = build();
      const { page, errors } = await openHtml(started(), name, renderHtml(report));
      try {
        expect(errors).toEqual([]);
        expect((await page.textContent('h1'))?.trim()).toBe(report.title);
        const body = (await page.textContent('body')) ?? '';
        for (const text of cellText(report)) expect(body).toContain(text);
        expect(await page.locator('table').count()).toBe(report.tables.length);
        const rows = await page
          .locator('table')
          .evaluateAll((ts) => ts.map((t) => t.querySelectorAll('tbody tr').length));
        expect(rows).toEqual(report.tables.map((t) => t.rows.length));
        // Every glyph on the page is drawn with the npm font (as Chromium reports it), none with a
        // fallback font or as a box. Its files name the family "Noto Sans SC Thin" (a variable font).
        const fonts = await fontsDrawn(page);
        expect(Object.keys(fonts)).toEqual(['Noto Sans SC Thin']);
        expect(fonts['Noto Sans SC Thin']).toBeGreaterThan(report.title.length);
        console.log(`screenshot: ${await screenshot(page, name)}`);
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        expect(pdfPageCount(pdf)).toBe(PAGES[name]);
      } finally {
        await page.close();
      }
    }, 60_000);
  }

  it('MONEY-05 the dashboard draws one bar per category, each as wide as its coverage rate', async () => {
    const report = REPORTS['coverage-dashboard']?.() as Report;
    const { page, errors } = await openHtml(started(), 'dashboard-bars', renderHtml(report));
    try {
      expect(errors).toEqual([]);
      const chart = report.tables[0]?.chart ?? [];
      expect(chart.length).toBeGreaterThan(0);
      const widths = await page
        .locator('svg rect.bar')
        .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
      // 640 px wide, 200 px of labels, 20 px of margin: 4.2 px per percentage point.
      expect(widths).toEqual(
        chart.map((b) => (b.rate.applicable ? Number(b.rate.percent) * 4.2 : 0)),
      );
    } finally {
      await page.close();
    }
  }, 60_000);

  it('JZ-RPT-02 hostile names in a listing stay text in a real browser: nothing runs, no element is injected', async () => {
    const payloads = [
      '<script>window.__pwned = 1</script>',
      '<img src=x onerror="window.__pwned = 2">',
      '<svg onload="window.__pwned = 3"></svg>',
      '"><iframe src="javascript:window.top.__pwned = 4"></iframe>',
      "'; window.__pwned = 5; '",
    ];
    const rows = JINGZHOU_ROSTER.map((r, i) => ({
      ...r,
      name: payloads[i % payloads.length] ?? '',
    }));
    const report = jingzhouAnnex2({ unit: '<b>荆州区</b>', asOf: '2021-06-30', rows });
    const { page, errors } = await openHtml(started(), 'hostile-annex-2', renderHtml(report));
    try {
      expect(errors).toEqual([]);
      expect(
        await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      ).toBeUndefined();
      for (const tag of ['script', 'img', 'svg', 'iframe', 'b'])
        expect(await page.locator(`body ${tag}:not(svg *)`).count(), tag).toBe(0);
      const body = (await page.textContent('body')) ?? '';
      for (const p of payloads.slice(0, rows.length)) expect(body).toContain(p);
    } finally {
      await page.close();
    }
  }, 60_000);
});
