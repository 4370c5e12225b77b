import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coverageDashboard, coverageStatus, jingzhou, renderHtml } from '../../src/index.js';
import { JINGZHOU_ROSTER } from './samples.js';

// The printable HTML opened in a real headless Chromium (Debian's `chromium`, driven by playwright-core).
// .ci/run installs Chromium when it is missing; a developer without it skips this file locally.
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../../test-results/', import.meta.url));
const haveChromium = existsSync(CHROMIUM);

describe.skipIf(!haveChromium && process.env['CI'] !== 'true')('HTML in a real browser', () => {
  it('MONEY-05 the dashboard renders without console errors, shows the table, one bar per category, and prints on one A4 page', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const units = JINGZHOU_ROSTER.map(
        ({ name: _n, address: _a, contact: _c, employees: _e, generalContractor: _g, ...u }) => u,
      );
      const report = coverageDashboard(
        coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units }),
      );
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setContent(renderHtml(report), { waitUntil: 'load' });
      expect(errors).toEqual([]);
      const body = await page.textContent('body');
      expect(body).toContain('纳入统计建筑施工企业');
      expect(body).toContain('覆盖率（%）');
      expect(await page.locator('svg rect.bar').count()).toBe(report.tables[0]?.chart?.length);
      expect(await page.locator('table tbody tr').count()).toBe(report.tables[0]?.rows.length);
      mkdirSync(ARTIFACTS, { recursive: true });
      const screenshot = `${ARTIFACTS}dashboard.png`;
      await page.screenshot({ path: screenshot, fullPage: true });
      console.log(`screenshot: ${screenshot}`);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBe(1);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
