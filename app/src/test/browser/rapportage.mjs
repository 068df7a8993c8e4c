// A coordinator opens the Regionaal Beraad report: first without a login (the page points to the
// webapps' login instead of the browser's basic auth popup), logs in on the welcome page as any
// webapp user does, follows its link back to the report, sees charts with Dutch labels for their own
// region only, is refused another region's figures, and downloads the CSV.
// Usage: node rapportage.mjs <base-url> <user> <password> <screenshot-folder>
// Screenshots are named rapportage-NN-<step>.png; the CSV is saved beside them.
// Clicks are sent as DOM events (chromium.mjs).
import { click, launch, mislukt, screenshots } from './chromium.mjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [base, user, password, shots] = process.argv.slice(2);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL', acceptDownloads: true });
const page = await context.newPage();
const shot = screenshots(shots, 'rapportage-', () => page);
const fail = (message) => { throw new Error(message); };

// a basic auth challenge is what makes a browser pop up its own login dialog
const challenges = [];
page.on('response', (response) => {
  if (response.status() === 401 && response.headers()['www-authenticate']) {
    challenges.push(response.url());
  }
});
const errors = [];
page.on('pageerror', (error) => errors.push(error.message));

try {
  await page.goto(`${base}/rapportage.html`);
  const inloggen = page.locator('#inloggen');
  await inloggen.waitFor();
  await shot('not-logged-in');
  if (!(await inloggen.innerText()).includes('U bent niet ingelogd')) fail('no Dutch "not logged in" message');

  await click(inloggen.getByRole('link', { name: 'Log in bij het Werkcentrum' }));
  await page.locator('input[ng-model=username]').waitFor();
  await page.waitForTimeout(2000); // the login form is rendered twice while the app checks the session
  await page.locator('input[ng-model=username]').fill(user);
  await page.locator('input[ng-model=password]').fill(password);
  await shot('welcome-login');
  await page.evaluate(() => document.querySelector('form[name=signinForm]').requestSubmit());
  const terug = page.getByRole('link', { name: 'Rapportage Regionaal Beraad' });
  await terug.waitFor();
  await shot('welcome-link-back');

  await click(terug);
  await page.waitForURL(/rapportage\.html/);
  await page.locator('#uitkomst:not([hidden])').waitFor();
  await page.waitForTimeout(500);
  await shot('report');
  await shot('report-full', true);

  const regios = await page.locator('select[name=regio] option').evaluateAll((os) => os.map((o) => o.value));
  if (JSON.stringify(regios) !== JSON.stringify(['AMR15'])) fail(`regions offered: ${regios}`);
  const header = await page.locator('#gebruiker').innerText();
  if (!header.includes(user)) fail(`header does not name the user: ${header}`);

  for (const id of ['grafiek-doorlooptijd', 'grafiek-budget', 'grafiek-kanalen', 'grafiek-fasen']) {
    const drawn = await page.evaluate((canvasId) => {
      const canvas = document.getElementById(canvasId);
      const chart = Chart.getChart(canvas);
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
      return { chart: !!chart, points: chart ? chart.data.datasets.flatMap((d) => d.data).filter((v) => v).length : 0, painted };
    }, id);
    if (!drawn.chart || drawn.points === 0 || drawn.painted < 1000) fail(`${id} not drawn: ${JSON.stringify(drawn)}`);
  }
  const labels = await page.evaluate(() => ({
    doorlooptijd: Chart.getChart('grafiek-doorlooptijd').data.labels,
    kanalen: Chart.getChart('grafiek-kanalen').data.labels,
    budget: Chart.getChart('grafiek-budget').data.datasets.map((d) => d.label),
  }));
  for (const expected of ['Intake', 'Uitkeringscheck', 'Werkplan']) {
    if (!labels.doorlooptijd.includes(expected)) fail(`lead time labels: ${labels.doorlooptijd}`);
  }
  if (!labels.kanalen.includes('Werkcentrum (balie)')) fail(`channel labels: ${labels.kanalen}`);
  for (const expected of ['UWV', 'Gemeente', 'Besteed', 'Gereserveerd', 'Vrij']) {
    if (!labels.budget.includes(expected)) fail(`budget labels: ${labels.budget}`);
  }
  const text = await page.locator('main').textContent();
  for (const expected of ['Zorg', 'Verhuisd', 'Geen']) {
    if (!text.includes(expected)) fail(`"${expected}" missing from the page`);
  }
  const codes = (text + labels.doorlooptijd + labels.kanalen + labels.budget)
    .match(/\b(WERKCENTRUM|GEMEENTE|SOCIALE_PARTNERS|UITKERINGSCHECK|INTAKE|WERKPLAN|AANMELDING|ZORG|GEEN|VERHUISD|ONBEKEND)\b/g);
  if (codes) fail(`codes instead of Dutch labels: ${codes}`);

  // the page offers only AMR15, but the server must refuse another region on its own
  const anders = await page.evaluate(async () => (await fetch('/api/regios/AMR24/rapportage?van=2020-01-01&tot=2020-12-31',
    { headers: { 'X-Requested-With': 'XMLHttpRequest' } })).status);
  if (anders !== 403) fail(`another region's report answered ${anders}`);

  await page.locator('details').first().evaluate((d) => { d.open = true; });
  const [download] = await Promise.all([page.waitForEvent('download'), click(page.getByRole('button', { name: 'Download CSV' }))]);
  const file = path.join(shots, 'rapportage-export.csv');
  await download.saveAs(file);
  const csv = readFileSync(file, 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
  if (!csv.startsWith('\uFEFF')) fail('CSV has no byte order mark (Excel would garble ë)');
  if (!lines[0].startsWith('Regio;Van;Tot en met;Onderdeel;Omschrijving;Aantal')) fail(`CSV header: ${lines[0]}`);
  if (!lines.some((l) => l.includes(';Aanmeldingen per kanaal;Werkcentrum (balie);'))) fail(`CSV rows: ${lines.join('\n')}`);
  if (!lines.some((l) => /;Doorlooptijd per fase;Intake;\d+;\d+,\d;\d+,\d;$/.test(l))) fail(`CSV lead times: ${lines.join('\n')}`);
  if (!download.suggestedFilename().startsWith('rapportage-AMR15-')) fail(`CSV name: ${download.suggestedFilename()}`);
  await shot('table-open');

  if (challenges.length) fail(`basic auth challenges (a browser popup): ${challenges}`);
  if (errors.length) fail(`script errors: ${errors}`);
  console.log(`ok: ${lines.length - 1} CSV rows`);
} catch (e) {
  await mislukt(shot, e);
} finally {
  await browser.close();
}
