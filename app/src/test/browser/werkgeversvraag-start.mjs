// A werkgeversadviseur in Tasklist: log in, start a werkgeversvraag with its start form (a KvK-nummer
// of seven digits is refused by the form, one of all zeros by the server with the reason), then
// records the employer's vacancy and sees the qualification task in the list. Screenshots of every
// step go to the folder given as the last argument.
// Usage: node werkgeversvraag-start.mjs <base-url> <kvk-nummer> <screenshot-folder>
// Clicks are sent as DOM events (chromium.mjs).
import { click, launch, mislukt, screenshots } from './chromium.mjs';

const [base, kvk, shots] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
const shot = screenshots(shots, 'werkgever-', () => page);
async function type(locator, text) {
  await locator.fill(text);
  await page.waitForTimeout(600);
}
async function choose(label, option) {
  const field = page.locator('.fjs-form-field-select', { has: page.locator('label', { hasText: label }) });
  await field.locator('.fjs-input-group').dispatchEvent('mousedown');
  const item = field.locator('.fjs-dropdownlist-item', { hasText: option }).first();
  await item.waitFor();
  await item.dispatchEvent('mousedown');
  await page.waitForTimeout(300);
}

try {
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await page.locator('input[ng-model=username]').waitFor();
  await page.waitForTimeout(2000);
  await page.locator('input[ng-model=username]').fill('werkgeversadviseur.amr15');
  await page.locator('input[ng-model=password]').fill('demo');
  await page.evaluate(() => document.querySelector('form[name=signinForm]').requestSubmit());
  await page.getByText('Start process').waitFor();
  await shot('tasklist');

  await click(page.getByText('Start process'));
  await click(page.locator('.modal').getByText('Werkgeversvraag', { exact: true }));
  const kvkField = page.getByLabel('KvK-nummer');
  await kvkField.waitFor();
  await page.waitForTimeout(1500);

  // seven digits: the form's own pattern refuses it
  await type(kvkField, '1234567');
  await type(page.getByLabel('Naam van de werkgever'), 'Zorggroep Amstel');
  await choose('Arbeidsmarktregio', 'Mijn eigen regio');
  await choose('Sector', 'Zorg en welzijn');
  await type(page.getByLabel('Functie'), 'Helpende zorg');
  await type(page.getByLabel('Aantal personen'), '2');
  await type(page.getByLabel('Uren per week'), '24');
  await click(page.getByRole('button', { name: 'Start' }));
  await page.locator('.fjs-form-field-error').first().waitFor();
  await shot('seven-digits-refused');

  // all zeros: eight digits, refused by the server with the reason
  await type(kvkField, '00000000');
  await click(page.getByRole('button', { name: 'Start' }));
  await page.getByText('alleen nullen').first().waitFor({ timeout: 15000 });
  await shot('all-zeros-refused');

  await type(kvkField, kvk);
  await click(page.getByLabel('Leerbaan / BBL mogelijk'));
  await shot('start-form-filled');
  await click(page.getByRole('button', { name: 'Start' }));
  await page.getByText('The process has been started.').waitFor({ timeout: 15000 });
  await shot('started');

  const taak = page.locator('.tasks-list a', { hasText: 'Werkgeversvraag kwalificeren' }).first();
  await taak.waitFor({ timeout: 20000 });
  await click(taak);
  await page.getByRole('button', { name: 'Claim' }).waitFor();
  await click(page.getByRole('button', { name: 'Claim' }));
  await page.locator('label', { hasText: 'Kansrijk' }).waitFor();
  await page.waitForTimeout(1000);
  await shot('qualification-task');
} catch (e) {
  await mislukt(shot, e);
} finally {
  await browser.close();
}
