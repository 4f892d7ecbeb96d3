// The task pane's own page opened in a plain browser (no Excel, Office.js unreachable) must
// become the standalone page rather than a blank pane.
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { connect, disconnect, web } from './session';

afterAll(disconnect);

describe('taskpane.html outside Office', () => {
  it('offers "Åbn projektmappe" when Office.js cannot load', async () => {
    const browser = await connect();
    const context = await browser.newContext({ locale: 'da-DK' });
    context.setDefaultTimeout(90_000);
    const page = await context.newPage();
    const base = inject('baseUrl');
    const origin = new URL(base).origin;
    const foreign: string[] = [];
    // Office's CDN is the one script the pane may load; here it is refused, as on a closed network.
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('https://appsforoffice.microsoft.com/')) {
        foreign.push(url);
      }
    });
    await page.goto(`${base}taskpane.html`);
    await page.getByLabel(web('open')).waitFor();
    expect(await page.getByLabel(web('open')).isEnabled()).toBe(true);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
