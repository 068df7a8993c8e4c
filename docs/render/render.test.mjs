// Run by "npm test" (node's test runner), from .ci/run: the models import without warnings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

test('every BPMN and DMN model renders in bpmn-js / dmn-js without import warnings', () => {
  const run = spawnSync(process.execPath, ['render.mjs', '--check'], { cwd: here, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr + run.stdout);
});
