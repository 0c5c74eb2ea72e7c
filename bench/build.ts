import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

import { REPOSITORY_ROOT } from './corpus.js';
import { CACHE_DIRECTORY } from './workspace.js';

/** Where the plugin's sources are transpiled to plain JavaScript. */
export const BUILD_DIRECTORY = path.join(CACHE_DIRECTORY, 'build');

const SOURCE_DIRECTORIES = ['src', 'rules'];

export interface PluginBuild {
  /** Holds `src/` and `rules/` as `.js` files, for `loadPluginUnderTest`. */
  directory: string;
  /** Syntax errors, one line each; the files are written anyway. */
  errors: string[];
}

/**
 * Transpiles the plugin's TypeScript sources file by file (types are only
 * stripped, nothing is checked), so that the timed processes load plain
 * JavaScript as users of the published package do. Loading the sources
 * through a TypeScript loader instead costs seconds in every process, which
 * would be charged to the rules. The sources already import with `.js`
 * extensions, so the output runs as ES modules unchanged.
 */
export function transpilePlugin(): PluginBuild {
  rmSync(BUILD_DIRECTORY, { recursive: true, force: true });
  const errors: string[] = [];
  for (const directory of SOURCE_DIRECTORIES) {
    for (const file of listSources(path.join(REPOSITORY_ROOT, directory))) {
      const relative = path.relative(REPOSITORY_ROOT, file);
      const output = ts.transpileModule(readFileSync(file, 'utf8'), {
        fileName: relative,
        reportDiagnostics: true,
        compilerOptions: {
          module: ts.ModuleKind.ESNext,
          target: ts.ScriptTarget.ES2022,
          verbatimModuleSyntax: true,
        },
      });
      for (const diagnostic of output.diagnostics ?? []) {
        errors.push(
          `${relative}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`,
        );
      }

      const target = path.join(
        BUILD_DIRECTORY,
        relative.replace(/\.ts$/u, '.js'),
      );
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, output.outputText);
    }
  }
  return { directory: BUILD_DIRECTORY, errors };
}

/** A note for the report when the sources did not transpile cleanly. */
export function describeBuildErrors(errors: readonly string[]): string[] {
  if (errors.length === 0) {
    return [];
  }
  const shown = errors.slice(0, 3).join('; ');
  const more =
    errors.length > 3 ? ` and ${String(errors.length - 3)} more` : '';
  return [`The plugin's sources have syntax errors: ${shown}${more}.`];
}

function listSources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter(
      entry =>
        entry.isFile() &&
        entry.name.endsWith('.ts') &&
        !entry.name.endsWith('.d.ts'),
    )
    .map(entry => path.join(entry.parentPath, entry.name))
    .sort();
}
