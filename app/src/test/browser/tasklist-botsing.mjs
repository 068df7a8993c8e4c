// A caseworker completes a task at the moment someone else changes the same trajectory: Tasklist
// shows our Dutch 409 ("Iemand anders wijzigde dit traject op hetzelfde moment ..."), the task stays
// open, and completing it again succeeds. The collision is armed by the Java test before this runs.
// Usage: node tasklist-botsing.mjs <base-url> <user> <password> <task-id> <screenshot-folder>
// Clicks are sent as DOM events (chromium.mjs).
import { click, launch, mislukt, screenshots } from './chromium.mjs';

const [base, user, password, taskId, shots] = process.argv.slice(2);
const browser = await launch();
const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 900 } });
const page = await context.newPage();
const shot = screenshots(shots, 'botsing-', () => page);

try {
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await page.locator('input[ng-model=username]').waitFor();
  await page.waitForTimeout(2000); // the login form is rendered twice while the app checks the session
  await page.locator('input[ng-model=username]').fill(user);
  await page.locator('input[ng-model=password]').fill(password);
  await page.evaluate(() => document.querySelector('form[name=signinForm]').requestSubmit());
  await page.getByText('Proces starten').first().waitFor();

  await page.goto(`${base}/camunda/app/tasklist/default/#/?task=${taskId}`);
  const voltooien = page.getByRole('button', { name: 'Voltooien' });
  await voltooien.waitFor();
  await page.waitForTimeout(1000);
  await shot('taak');

  await click(voltooien);
  await page.getByText('op hetzelfde moment').first().waitFor();
  await shot('botsing-gemeld');

  await click(voltooien);
  await page.getByText('op hetzelfde moment').first().waitFor({ state: 'detached', timeout: 15000 }).catch(() => {});
  await page.getByText('Eerste stap').first().waitFor({ state: 'detached', timeout: 15000 });
  await shot('opnieuw-voltooid');
} catch (e) {
  await mislukt(shot, e);
} finally {
  await browser.close();
}
