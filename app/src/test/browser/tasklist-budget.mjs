// A budget holder in Tasklist approves an ontschot budget request; then an administrator sees in
// Cockpit that the trajectory moved on to the referral. Screenshots go to the folder given.
// Usage: node tasklist-budget.mjs <base-url> <trajectory-process-instance-id> <admin-user> <admin-password> <screenshot-folder>
// Clicks are sent as DOM events (chromium.mjs).
import { click, launch, mislukt, screenshots } from './chromium.mjs';

const [base, instance, admin, adminPassword, shots] = process.argv.slice(2);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
let page = await context.newPage();
const shot = screenshots(shots, 'budget-', () => page);

async function login(app, user, password) {
  await page.goto(`${base}/camunda/app/${app}/default/`);
  await page.locator('input[ng-model=username]').waitFor();
  await page.waitForTimeout(2000); // the login form is rendered twice while the app checks the session
  await page.locator('input[ng-model=username]').fill(user);
  await page.locator('input[ng-model=password]').fill(password);
  await page.evaluate(() => document.querySelector('form[name=signinForm]').requestSubmit());
}

try {
  await login('tasklist', 'budgethouder1.amr15', 'demo');
  const taak = page.locator('.tasks-list a', { hasText: 'Budget beoordelen' }).first();
  await taak.waitFor();
  await shot('tasklist');
  await click(taak);
  await click(page.getByRole('button', { name: 'Claim' }));
  await page.locator('label', { hasText: 'Goedgekeurd' }).waitFor();
  await page.waitForTimeout(1000);
  await click(page.getByLabel('Goedgekeurd'));
  await page.getByLabel('Toelichting').fill('Past in het werkplan en het budget van de regio.');
  await page.waitForTimeout(600);
  await shot('approved');
  await click(page.getByRole('button', { name: 'Complete' }));
  await page.getByText('Select a task in the list.').waitFor({ timeout: 15000 });
  await shot('completed');

  // an administrator in a browser session of their own
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await login('cockpit', admin, adminPassword);
  await page.getByText('Process Definitions').first().waitFor();
  await page.goto(`${base}/camunda/app/cockpit/default/#/process-instance/${instance}/runtime`);
  // the instance's open external tasks: the referral to UWV's system is the next step
  await click(page.getByText('External Tasks', { exact: true }));
  await page.getByText('uwv.verwijzen').first().waitFor({ timeout: 20000 });
  await page.waitForTimeout(1000);
  await shot('cockpit-next-step');
} catch (e) {
  await mislukt(shot, e);
} finally {
  await browser.close();
}
