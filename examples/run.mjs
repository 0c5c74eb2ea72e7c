// Lints the example service with its own eslint.config.js and prints the
// findings. With --fix, it fixes a temporary copy and prints what changed, so
// the committed example keeps its problems.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

import { ESLint } from 'eslint';

const serviceDirectory = path.join(import.meta.dirname, 'service');
const shouldFix = process.argv.includes('--fix');

async function lint(cwd, fix) {
  const eslint = new ESLint({ cwd, fix });
  const results = await eslint.lintFiles(['.']);
  if (fix) {
    await ESLint.outputFixes(results);
  }
  const formatter = await eslint.loadFormatter('stylish');
  return { results, text: await formatter.format(results) };
}

function countProblems(results) {
  return results.reduce((sum, result) => sum + result.messages.length, 0);
}

if (!shouldFix) {
  const { results, text } = await lint(serviceDirectory, false);
  console.log(text);
  console.log(
    `${countProblems(results)} problems in examples/service, all on purpose. ` +
      'Run `npm run example -- --fix` to see what the autofix changes.',
  );
} else {
  // The copy sits beside the service so that the package still resolves.
  const copy = mkdtempSync(path.join(import.meta.dirname, '.fixed-'));
  try {
    cpSync(serviceDirectory, copy, { recursive: true });
    const { results, text } = await lint(copy, true);
    const diff = (() => {
      try {
        execFileSync('git', [
          'diff',
          '--no-index',
          '--',
          serviceDirectory,
          copy,
        ]);
        return '';
      } catch (error) {
        return String(error.stdout);
      }
    })();
    console.log(
      diff.replaceAll(copy, 'fixed').replaceAll(serviceDirectory, 'service'),
    );
    console.log('Left after --fix (these need a person):');
    console.log(text);
    console.log(`${countProblems(results)} problems left in the fixed copy.`);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
