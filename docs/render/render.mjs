// Renders every BPMN and DMN model in processes/ to docs/models/*.png as process owners see them
// in Camunda Modeler (bpmn-js, dmn-js), in headless Chromium. Exits 1 when a model imports with
// warnings. Usage: npm run render (writes the pictures), npm run check (only checks).
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const models = path.join(root, 'processes');
const out = path.join(root, 'docs', 'models');
const check = process.argv.includes('--check');

const asset = (pkg, file) => require.resolve(`${pkg}/dist/${file}`);
const VIEWERS = {
  bpmn: {
    script: asset('bpmn-js', 'bpmn-viewer.production.min.js'),
    css: [asset('bpmn-js', 'assets/diagram-js.css'), asset('bpmn-js', 'assets/bpmn-js.css')],
  },
  dmn: {
    script: asset('dmn-js', 'dmn-viewer.production.min.js'),
    css: ['diagram-js.css', 'dmn-js-shared.css', 'dmn-js-drd.css', 'dmn-js-decision-table.css']
      .map((f) => asset('dmn-js', `assets/${f}`)),
  },
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const problems = [];
try {
  if (!check) mkdirSync(out, { recursive: true });
  for (const file of readdirSync(models).filter((f) => /\.(bpmn|dmn)$/.test(f)).sort()) {
    const kind = file.endsWith('.bpmn') ? 'bpmn' : 'dmn';
    const page = await browser.newPage({ viewport: { width: 2000, height: kind === 'bpmn' ? 900 : 700 } });
    await page.setContent('<html><body style="margin:0;background:#fff"><div id="c" style="width:100vw;height:100vh"></div></body></html>');
    for (const css of VIEWERS[kind].css) await page.addStyleTag({ path: css });
    await page.addScriptTag({ path: VIEWERS[kind].script });
    const xml = readFileSync(path.join(models, file), 'utf8');
    // import, then list the views: one for a BPMN, the DRD and every decision table for a DMN
    const result = await page.evaluate(async ({ xml, kind }) => {
      const Viewer = kind === 'bpmn' ? window.BpmnJS : window.DmnJS;
      window.viewer = new Viewer({ container: '#c' });
      const { warnings } = await window.viewer.importXML(xml);
      const views = kind === 'bpmn' ? [{ id: null, type: 'bpmn' }]
        : window.viewer.getViews().map((v) => ({ id: v.element.id, type: v.type }));
      return { warnings: warnings.map((w) => w.message), views };
    }, { xml, kind });
    result.warnings.forEach((w) => problems.push(`${file}: ${w}`));
    for (const view of result.views) {
      await page.evaluate(async ({ view, kind }) => {
        if (kind === 'dmn') {
          const target = window.viewer.getViews().find((v) => v.element.id === view.id);
          await window.viewer.open(target);
        }
        const active = kind === 'bpmn' ? window.viewer : window.viewer.getActiveViewer();
        try { active.get('canvas').zoom('fit-viewport'); } catch (e) { /* decision tables have no canvas */ }
      }, { view, kind });
      const base = file.replace(/\.(bpmn|dmn)$/, '');
      const name = view.type === 'drd' ? `${base}-drd` : !view.id || view.id === base ? base : `${base}-${view.id}`;
      if (!check) await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
    }
    await page.close();
    console.log(`${file}: ${result.warnings.length} warnings, ${result.views.length} view(s)`);
  }
} finally {
  await browser.close();
}
if (problems.length) {
  problems.forEach((p) => console.error(p));
  process.exit(1);
}
