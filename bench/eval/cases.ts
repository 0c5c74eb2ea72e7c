import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { createRandom } from '../random.js';
import type { EvalCase } from './labels.js';
import { createNegativeCases } from './negativeCases.js';
import { createProviderCases } from './providerCases.js';
import { createSnippetCases } from './snippetCases.js';

/** The seed of the labeled set: the same cases on every run. */
export const EVAL_SEED = 20_251_203;

/** The labeled set: provider tokens, realistic snippets, negatives. */
export function createEvalCases(seed = EVAL_SEED): EvalCase[] {
  const random = createRandom(seed);
  return [
    ...createProviderCases(random),
    ...createSnippetCases(random),
    ...createNegativeCases(random),
  ];
}

/** Writes every case as a file under `directory`, so all tools read them. */
export function writeEvalCases(
  cases: readonly EvalCase[],
  directory: string,
): void {
  for (const evalCase of cases) {
    const target = path.join(directory, evalCase.file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, evalCase.code);
  }
}
