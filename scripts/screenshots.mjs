// The README's pictures of the browser page (node scripts/screenshots.mjs,
// after npm run build; needs Debian's chromium): the first prompt, and a
// lesson under way. Written to docs/screenshots/.

import { openPage } from './page-browser.mjs';

const { base, browser, close } = await openPage();
const type = async (page, line, ms = 300) => {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(ms);
};
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 620 } });
  await page.goto(base);
  await page.waitForSelector('body[data-ready=yes]');
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshots/web-first-prompt.png' });
  const lesson = await browser.newPage({ viewport: { width: 1100, height: 620 } });
  await lesson.goto(`${base}#lesson=05-give-a-disk`);
  await lesson.waitForSelector('body[data-ready=yes]');
  await lesson.waitForTimeout(500);
  await type(lesson, 'lspv');
  await type(lesson, 'chwpar -D devname=hdisk2 wpar1');
  await type(lesson, 'lsdev -x -l hdisk2', 600);
  await lesson.screenshot({ path: 'docs/screenshots/web-lesson.png' });
} finally {
  await close();
}
