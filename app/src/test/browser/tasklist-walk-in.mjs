// A gids in Tasklist: log in, start a walk-in aanmelding with the start form (first with a wrong
// BSN, which the form refuses), claim the Intake task, fill and complete its form. Screenshots of
// every step go to the folder given as the third argument.
// Usage: node tasklist-walk-in.mjs <base-url> <bsn> <screenshot-folder>
// Clicks are sent as DOM events (chromium.mjs).
import { click, launch, mislukt, screenshots } from './chromium.mjs';

const [base, bsn, shots] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const shot = screenshots(shots, '', () => page);
/** form-js takes a typed value after a short debounce, so give it that time. */
async function type(locator, text) {
  await locator.fill(text);
  await page.waitForTimeout(600);
}
/** Opens a form-js select and picks the option with this text. */
async function choose(label, option) {
  const field = page.locator('.fjs-form-field-select', { has: page.locator('label', { hasText: label }) });
  await field.locator('.fjs-input-group').dispatchEvent('mousedown');
  const item = field.locator('.fjs-dropdownlist-item', { hasText: option }).first();
  await item.waitFor();
  await item.dispatchEvent('mousedown');
}

/** Ticks the option with this text in a form-js checklist. */
async function tick(label, option) {
  const field = page.locator('.fjs-form-field-checklist', { has: page.locator('label', { hasText: label }) });
  await click(field.getByLabel(option, { exact: true }));
}

try {
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await page.locator('input[ng-model=username]').waitFor();
  await page.waitForTimeout(2000); // the login form is rendered twice while the app checks the session
  await page.locator('input[ng-model=username]').fill('gids.amr15');
  await page.locator('input[ng-model=password]').fill('demo');
  await shot('login');
  await page.evaluate(() => document.querySelector('form[name=signinForm]').requestSubmit());
  await page.getByText('Start process').waitFor();
  await shot('tasklist');

  await click(page.getByText('Start process'));
  await click(page.locator('.modal').getByText('Werkcentrum traject', { exact: true }));
  const bsnField = page.getByLabel('BSN');
  await bsnField.waitFor();
  await page.waitForTimeout(1500);
  await type(bsnField, '12345');
  await click(page.getByRole('button', { name: 'Start' }));
  await page.locator('.fjs-form-field-error').first().waitFor();
  await shot('wrong-bsn-refused');
  if (!(await page.locator('.fjs-form-field-error').first().textContent()).includes('pattern')) {
    throw new Error('no pattern error for a wrong BSN');
  }

  await type(bsnField, bsn);
  await page.getByLabel('Arbeidsmarktregio').fill('AMR15');
  await page.locator('.fjs-dropdownlist-item', { hasText: 'AMR15' }).first().dispatchEvent('mousedown');
  await shot('start-form-filled');
  await click(page.getByRole('button', { name: 'Start' }));
  await page.getByText('The process has been started.').waitFor();
  await shot('started');

  const intake = page.locator('.tasks-list a', { hasText: 'Intake' }).first();
  await intake.waitFor();
  // "Intake · T-… · AMR15": this trajectory's intake, to see it leave the list once completed
  const titel = (await intake.innerText()).split('\n')[0].trim();
  await click(intake);
  await page.getByRole('button', { name: 'Claim' }).waitFor();
  await click(page.getByRole('button', { name: 'Claim' }));
  await page.locator('label', { hasText: 'Werksituatie' }).waitFor();
  await page.waitForTimeout(1000);
  await shot('intake-claimed');
  await choose('Werksituatie', 'Werkzoekend');
  await tick('Doelgroepen', 'Jongere');
  await tick('Doelgroepen', 'Arbeidsbeperking');
  await choose('Gewenste sector', 'Zorg');
  await type(page.getByLabel('Verslag van het intakegesprek'), 'Wil graag de zorg in; start met een oriëntatie.');
  await shot('intake-filled');
  await click(page.getByRole('button', { name: 'Complete' }));
  await page.getByText('Select a task in the list.').waitFor({ timeout: 15000 });
  await page.locator('.tasks-list a', { hasText: titel }).waitFor({ state: 'detached', timeout: 15000 });
  await shot('intake-completed');
} catch (e) {
  await mislukt(shot, e);
} finally {
  await browser.close();
}
