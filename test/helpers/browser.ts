/// <reference lib="dom" />
// A real headless Chromium for the HTML tests, from the lockfile alone: `@sparticuz/chromium` ships a
// compressed Chromium inside its npm package (unpacked into the system temp folder on first launch) and
// `playwright-core` drives it. Nothing comes from the system: no Debian `chromium`, no system fonts.
// That Chromium has no CJK font, so each page is opened from a file URL with a link to the Noto Sans SC
// stylesheets of `@fontsource/noto-sans-sc` (both devDependencies; the published package gains nothing).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Where screenshots and the opened pages are kept for a person to look at (ignored by git). */
export const ARTIFACTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** The Noto Sans SC stylesheets (regular and bold) as file URLs, from the installed package. */
function fontStylesheets(): string[] {
  const dir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
  return ['400.css', '700.css'].map((css) => pathToFileURL(join(dir, css)).href);
}

/**
 * Starts the npm-installed Chromium. Never skips: when it cannot start, the error says why and what
 * to do, and the test that needed it fails.
 */
export async function launchBrowser(): Promise<Browser> {
  let step = 'loading playwright-core and @sparticuz/chromium';
  try {
    const { chromium } = await import('playwright-core');
    const { default: packaged } = await import('@sparticuz/chromium');
    step = 'unpacking the Chromium shipped in @sparticuz/chromium';
    const executablePath = await packaged.executablePath();
    step = `launching ${executablePath}`;
    return await chromium.launch({
      executablePath,
      headless: true,
      args: [
        // --single-process is for one page per browser (as in a cloud function): here the browser
        // opens and closes a page per form, which a single-process browser does not survive.
        ...packaged.args.filter((a) => a !== '--single-process'),
        '--allow-file-access-from-files',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new Error(
      `The real-browser test could not start Chromium (${step}): ${why}\n` +
        'The browser comes from the lockfile: run `npm ci` (devDependencies @sparticuz/chromium and ' +
        'playwright-core), on Linux x64 or arm64, with a writable system temp folder.',
      { cause },
    );
  }
}

/** What a page showed: errors seen while it loaded and the fonts it drew its text with. */
export interface OpenedPage {
  readonly page: Page;
  readonly errors: readonly string[];
  readonly file: string;
}

/**
 * Opens a standalone HTML document (as the library renders it) from a file under `test-results/`,
 * with the npm CJK font linked into its head, and waits until every font it uses has loaded.
 */
export async function openHtml(browser: Browser, name: string, html: string): Promise<OpenedPage> {
  const links = fontStylesheets()
    .map((href) => `<link rel="stylesheet" href="${href}">`)
    .join('');
  if (!html.includes('</head>')) throw new Error(`${name}: the HTML has no </head>`);
  const dir = join(ARTIFACTS, 'html');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.html`);
  writeFileSync(file, html.replace('</head>', `${links}</head>`));
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  return { page, errors, file };
}

/**
 * The fonts Chromium really drew the page's text with, as it reports them (DevTools protocol
 * `CSS.getPlatformFontsForNode`, per element): family name → glyphs drawn. A character no loaded font
 * has would show up here as a system fallback font, or as a box.
 */
export async function fontsDrawn(page: Page): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: 'body *',
    });
    const drawn: Record<string, number> = {};
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const f of fonts) drawn[f.familyName] = (drawn[f.familyName] ?? 0) + f.glyphCount;
    }
    return drawn;
  } finally {
    await cdp.detach();
  }
}

/** Number of pages in a PDF Chromium printed (one `/Type /Page` object per page). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Saves a full-page screenshot under `test-results/` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
