// The desk as caseworkers meet it, in a Dutch browser: a gids's wrong BSN refused on the start
// form with the 11-proef reason, a task list that tells trajectories apart with a due date, the
// four-eyes review from an empty second form that the first reviewer never sees, and a placement
// that cannot book more than was reserved. Screenshots go to the folder given (prefix "balie-").
// Usage: node balie.mjs <base-url> <good-bsn> <second-review-process-instance> <screenshot-folder>
// Clicks are sent as DOM events (chromium.mjs).
import { click, launch, mislukt, screenshots } from './chromium.mjs';

const [base, bsn, vierOgenTraject, shots] = process.argv.slice(2);
const browser = await launch();
let page;
const shot = screenshots(shots, 'balie-', () => page);
async function type(locator, text) {
  await locator.fill(text);
  await page.waitForTimeout(600);
}

/** A fresh Dutch browser session for one caseworker. */
async function login(user) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'nl-NL' });
  page = await context.newPage();
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await page.locator('input[ng-model=username]').waitFor();
  await page.waitForTimeout(2000); // the login form is rendered twice while the app checks the session
  await page.locator('input[ng-model=username]').fill(user);
  await page.locator('input[ng-model=password]').fill('demo');
  await page.evaluate(() => document.querySelector('form[name=signinForm]').requestSubmit());
  await page.getByText('Proces starten').waitFor();
}

async function openTask(name) {
  const task = page.locator('.tasks-list a', { hasText: name }).first();
  await task.waitFor({ timeout: 20000 });
  await click(task);
  await page.getByRole('button', { name: 'Claimen' }).waitFor();
  await click(page.getByRole('button', { name: 'Claimen' }));
  await page.waitForTimeout(1500);
}

try {
  // --- the gids at the desk: a BSN that fails the 11-proef is refused with the reason
  await login('gids.amr15');
  await click(page.getByText('Proces starten'));
  await click(page.locator('.modal').getByText('Werkcentrum traject', { exact: true }));
  const bsnField = page.getByLabel('BSN');
  await bsnField.waitFor();
  await page.waitForTimeout(1500);
  await type(bsnField, '123456789');
  await shot('wrong-bsn-entered');
  await click(page.getByRole('button', { name: 'Starten' }));
  // the refusal comes from the server (the form's pattern only checks nine digits)
  await page.getByText('Geen geldig BSN').first().waitFor({ timeout: 15000 });
  await page.waitForTimeout(500);
  await shot('wrong-bsn-refused-11-proef');

  await type(bsnField, bsn);
  await click(page.getByRole('button', { name: 'Starten' }));
  await page.getByText('Het proces is gestart.').waitFor({ timeout: 15000 });
  await page.waitForTimeout(1500);
  await shot('started-in-own-region');

  // --- the list tells the intakes apart: number, region, due date
  const intakes = page.locator('.tasks-list li', { hasText: 'Intake · T-' });
  await intakes.first().waitFor({ timeout: 20000 });
  if ((await intakes.count()) < 2) {
    throw new Error('expected several intakes, each with its trajectory number');
  }
  await shot('task-list-with-numbers-and-due-dates');
  const first = await intakes.first().textContent();
  if (!/AMR15/.test(first) || !/\d\d-\d\d-\d\d\d\d|dag|week/.test(first)) {
    throw new Error(`intake line without region or due date: ${first}`);
  }
  await openTask('Intake · T-');
  await page.getByLabel('Traject').waitFor();
  const kop = await page.getByLabel('Traject').inputValue();
  if (!/^T-[0-9A-F]{8} · Groot Amsterdam \(AMR15\) · via /.test(kop)) {
    throw new Error(`form header without the trajectory: ${kop}`);
  }
  await shot('intake-header');

  // --- four eyes: the first budget holder approves and never sees the second review
  await login('budgethouder1.amr15');
  await openTask('Budget beoordelen');
  await page.getByLabel('Activiteiten in het werkplan').waitFor();
  await shot('first-review-with-werkplan-and-free-budget');
  await click(page.getByLabel('Goedgekeurd'));
  await type(page.getByLabel('Toelichting'), 'Past in het werkplan; scholing in een tekortsector.');
  await click(page.getByRole('button', { name: 'Voltooien' }));
  await page.getByText('Kies een taak in de lijst.').waitFor({ timeout: 15000 });
  await page.waitForTimeout(3000);
  await page.reload();
  await page.getByText('Proces starten').waitFor();
  await page.waitForTimeout(3000);
  if (await page.locator('.tasks-list a', { hasText: 'Tweede beoordeling' }).count() > 0) {
    throw new Error('the first reviewer sees the second review');
  }
  await shot('first-reviewer-list-without-second-review');

  await login('budgethouder2.amr15');
  await openTask('Tweede beoordeling');
  await page.getByLabel('Uw toelichting').waitFor();
  const checked = await page.locator('input[type=radio]:checked').count();
  const own = await page.getByLabel('Uw toelichting').inputValue();
  const firstReason = await page.getByLabel('Toelichting van de eerste beoordelaar').inputValue();
  if (checked !== 0 || own !== '' || !firstReason.includes('tekortsector')) {
    throw new Error(`second review not empty (${checked} checked, "${own}") or first reason missing ("${firstReason}")`);
  }
  await page.getByLabel('Uw toelichting').scrollIntoViewIfNeeded();
  await shot('second-review-empty-with-first-decision');
  await click(page.getByLabel('Goedkeuren'));
  await type(page.getByLabel('Uw toelichting'), 'Zelf nagekeken: akkoord.');
  await click(page.getByRole('button', { name: 'Voltooien' }));
  await page.getByText('Kies een taak in de lijst.').waitFor({ timeout: 15000 });
  await shot('second-review-done');

  // --- the placement: no more spent than reserved
  await login('consulent.uwv.amr15');
  await openTask('Plaatsing bevestigen');
  await page.getByLabel('Gereserveerd ontschot budget (euro)').waitFor();
  await click(page.getByLabel('Plaatsing is rond'));
  await page.waitForTimeout(800);
  await type(page.getByLabel('Eerste werkdag'), '04-01-2027');
  await page.keyboard.press('Escape');
  await type(page.getByLabel('Besteed ontschot budget (euro)'), '600');
  await click(page.getByRole('button', { name: 'Voltooien' }));
  const besteed = page.locator('.fjs-form-field', { has: page.getByLabel('Besteed ontschot budget (euro)') });
  await besteed.locator('.fjs-form-field-error').waitFor({ timeout: 10000 });
  const fout = await besteed.locator('.fjs-form-field-error').textContent();
  if (!fout.includes('500')) {
    throw new Error(`no maximum of the reserved 500 on the spent amount: ${fout}`);
  }
  await page.getByLabel('Besteed ontschot budget (euro)').scrollIntoViewIfNeeded();
  await shot('placement-too-much-refused');
} catch (e) {
  await mislukt(shot, e);
} finally {
  await browser.close();
}
