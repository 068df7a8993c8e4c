// The gids's advice without a trajectory, in a Dutch browser: the start form "Vraag aan de balie"
// asks no personal data; with a follow-up wanted, the task "Omzetten naar traject" asks the BSN
// only when the gids ticks "Traject starten", refuses one failing the 11-proef with the reason,
// and starts the trajectory with a good one. Screenshots go to the folder given (prefix "balievraag-").
// Usage: node balievraag.mjs <base-url> <good-bsn> <screenshot-folder>
// Clicks are sent as DOM events (chromium.mjs).
import { click, launch, mislukt, screenshots } from './chromium.mjs';

const [base, bsn, shots] = process.argv.slice(2);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'nl-NL' });
const page = await context.newPage();
const shot = screenshots(shots, 'balievraag-', () => page);
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

try {
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await page.locator('input[ng-model=username]').waitFor();
  await page.waitForTimeout(2000); // the login form is rendered twice while the app checks the session
  await page.locator('input[ng-model=username]').fill('gids.amr15');
  await page.locator('input[ng-model=password]').fill('demo');
  await page.evaluate(() => document.querySelector('form[name=signinForm]').requestSubmit());
  await page.getByText('Proces starten').waitFor();

  // --- the question: no BSN, no name on the form
  await click(page.getByText('Proces starten'));
  await click(page.locator('.modal').getByText('Vraag aan de balie', { exact: true }));
  await page.locator('label', { hasText: 'Soort vraag' }).waitFor();
  await page.waitForTimeout(1500);
  if (await page.getByLabel('BSN').count()) {
    throw new Error('the question form asks a BSN');
  }
  await choose('Soort vraag', 'Scholing');
  await type(page.getByLabel('Gegeven advies'), 'Oriëntatie op de zorg: open dag van het ROC volgende week.');
  await choose('Doorverwezen naar', 'ROC / onderwijs');
  await click(page.getByLabel('Vervolg gewenst', { exact: false }));
  await shot('question-filled');
  await click(page.getByRole('button', { name: 'Starten' }));
  await page.getByText('Het proces is gestart.').waitFor({ timeout: 15000 });
  await shot('question-recorded');

  // --- the follow-up: the BSN only when a trajectory is started
  const taak = page.locator('.tasks-list a', { hasText: 'Omzetten naar traject' }).first();
  await taak.waitFor({ timeout: 20000 });
  await click(taak);
  await page.getByRole('button', { name: 'Claimen' }).waitFor();
  await click(page.getByRole('button', { name: 'Claimen' }));
  await page.locator('label', { hasText: 'Traject starten' }).waitFor();
  await page.waitForTimeout(1000);
  if (await page.getByLabel('BSN').count()) {
    throw new Error('the BSN is asked before the gids chose to start a trajectory');
  }
  await click(page.getByLabel('Traject starten'));
  const bsnField = page.getByLabel('BSN');
  await bsnField.waitFor();
  await type(bsnField, '123456789');
  await click(page.getByRole('button', { name: 'Voltooien' }));
  // the refusal comes from the server (the form's pattern only checks nine digits)
  await page.getByText('Geen geldig BSN').first().waitFor({ timeout: 15000 });
  await shot('wrong-bsn-refused-11-proef');

  await type(bsnField, bsn);
  await click(page.getByRole('button', { name: 'Voltooien' }));
  await page.locator('.tasks-list a', { hasText: 'Intake' }).first().waitFor({ timeout: 20000 });
  await shot('trajectory-started');
} catch (e) {
  await mislukt(shot, e);
} finally {
  await browser.close();
}
