// A gids with a Dutch browser: Camunda's login page, Tasklist and the welcome app speak Dutch
// (our nl.json and config.js), and dates follow config.js's Dutch formats. Screenshots of every
// step go to the folder given, named nl-*.
// Usage: node tasklist-nl.mjs <base-url> <screenshot-folder>
// Clicks are sent as DOM events (chromium.mjs).
import { click, launch, mislukt, screenshots } from './chromium.mjs';

const [base, shots] = process.argv.slice(2);
const browser = await launch();
// the webapps choose their language from navigator.languages, which follows the context's locale
const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 900 } });
const page = await context.newPage();
const shot = screenshots(shots, 'nl-', () => page);
function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

async function login(app, appName) {
  await page.goto(`${base}/camunda/app/${app}/default/`);
  await page.locator('input[ng-model=username]').waitFor();
  await page.waitForTimeout(2000); // the login form is rendered twice while the app checks the session
  await page.getByRole('button', { name: 'Inloggen' }).waitFor();
  await page.locator('.app-name', { hasText: appName }).waitFor();
  expect(await page.locator('input[ng-model=username]').getAttribute('placeholder') === 'Gebruikersnaam',
    `${app}: the username field is not labelled in Dutch`);
  expect(await page.locator('input[ng-model=password]').getAttribute('placeholder') === 'Wachtwoord',
    `${app}: the password field is not labelled in Dutch`);
  await page.locator('input[ng-model=username]').fill('gids.amr15');
  await page.locator('input[ng-model=password]').fill('demo');
  await shot(`${app}-inloggen`);
  await page.evaluate(() => document.querySelector('form[name=signinForm]').requestSubmit());
}

try {
  await login('tasklist', 'Takenlijst');
  await page.getByText('Proces starten').first().waitFor();
  await page.getByText('Kies een taak in de lijst.').waitFor();
  const intake = page.locator('.tasks-list li', { hasText: 'Intake' }).first();
  await intake.waitFor();
  await intake.locator('.creation-date', { hasText: 'Aangemaakt' }).waitFor();
  await intake.locator('.due-date', { hasText: 'Uiterlijk' }).waitFor();
  const relative = await intake.locator('.due-date').innerText();
  expect(/over \d+ dagen/.test(relative), `due date not relative in Dutch: ${relative}`);
  // the tooltip carries config.js's 'long' format with Dutch day and month names
  const long = await intake.locator('.due-date span[am-time-ago]').getAttribute('uib-tooltip');
  expect(/^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4} \d\d:\d\d$/.test(long),
    `due date tooltip not in the Dutch long format: ${long}`);
  expect(await page.locator('input[placeholder="Taken filteren"]').count() > 0, 'task search not in Dutch');
  await shot('takenlijst');

  await click(intake.locator('a').first());
  const claim = page.getByRole('button', { name: 'Claimen' });
  await claim.waitFor();
  await page.getByText('Opvolgdatum instellen').waitFor();
  await shot('taak');
  await click(claim);
  // once claimed, the assignee has a small 'Vrijgeven' (unclaim) button with a tooltip
  await page.locator('button.unclaim[uib-tooltip="Vrijgeven"]').waitFor();
  await page.getByRole('button', { name: 'Voltooien' }).waitFor();
  await page.getByRole('button', { name: 'Opslaan' }).waitFor();
  await page.waitForTimeout(1000);
  await shot('taak-geclaimd');

  // the formats of config.js, through the webapp's own date filter (it shows, e.g., date variables)
  const formatted = await page.evaluate(() => {
    const camDate = window.angular.element(document.documentElement).injector().get('$filter')('camDate');
    const date = new Date(2026, 0, 5, 9, 30);
    return [camDate(date), camDate(date, 'short'), camDate(date, 'long')];
  });
  expect(JSON.stringify(formatted) === JSON.stringify(['05-01-2026 09:30', '05-01-2026', 'maandag 5 januari 2026 09:30']),
    `dates not in the Dutch formats: ${formatted}`);

  await click(page.getByText('Historie', { exact: true }));
  await page.getByText('Deze taak heeft nog geen historie.').or(page.locator('.date-badge')).first().waitFor();
  await shot('historie');

  await click(page.getByText('Proces starten').first());
  await page.locator('.modal').getByText('Klik op het proces dat u wilt starten.').waitFor();
  expect(await page.locator('.modal input[placeholder="Zoeken op procesnaam."]').count() === 1,
    'process search not in Dutch');
  await page.waitForTimeout(500);
  await shot('proces-starten');
  await click(page.locator('.modal').getByText('Werkcentrum traject', { exact: true }));
  await page.getByLabel('BSN').waitFor();
  await page.locator('.modal').getByRole('button', { name: 'Starten' }).waitFor();
  await page.locator('.modal').getByText('Terug', { exact: true }).waitFor();
  await page.waitForTimeout(1000);
  await shot('startformulier');
  // form-js checks the fields itself and writes in English; formulier-meldingen.js makes it Dutch
  await page.getByLabel('BSN').fill('12345');
  await page.waitForTimeout(600); // form-js takes a typed value after a short pause
  await click(page.locator('.modal').getByRole('button', { name: 'Starten' }));
  const meldingen = page.locator('.modal .fjs-form-field-error li');
  await meldingen.first().waitFor();
  await page.waitForTimeout(500);
  const teksten = await meldingen.allInnerTexts();
  expect(teksten.includes('Vul minstens 9 tekens in.')
      && teksten.includes('Dit heeft niet de gevraagde vorm; zie de toelichting bij het veld.')
      && !teksten.some((t) => /Field|must/.test(t)),
    `form-js's messages on the BSN are not in Dutch: ${JSON.stringify(teksten)}`);
  await shot('startformulier-fout-bsn');
  await click(page.locator('.modal').getByRole('button', { name: 'Sluiten' }));
  await page.locator('.modal').waitFor({ state: 'detached' });

  // the account menu's 'Uitloggen' (the menu need not be open for a DOM click)
  await click(page.locator('a', { hasText: 'Uitloggen' }).first());
  await page.getByText('U bent uitgelogd').waitFor();
  await page.getByText(/Bedankt en (nog )?een (fijne|fijn|goede) /).first().waitFor();
  await shot('uitgelogd');

  // the welcome app: login, then its overview of applications and the profile
  await login('welcome', 'Welkom');
  await page.getByText('Applicaties').first().waitFor();
  await page.getByText('Profiel bewerken').first().waitFor();
  await page.getByText('Wachtwoord wijzigen').first().waitFor();
  await page.waitForTimeout(500);
  await shot('welkom');
} catch (e) {
  await mislukt(shot, e);
} finally {
  await browser.close();
}
