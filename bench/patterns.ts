import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from '@typescript-eslint/parser';

import { REPOSITORY_ROOT } from './corpus.js';
import type { PatternSource } from './hostileInputs.js';

/** The plugin's own code, whose regular expressions must run in linear time. */
export const PATTERN_DIRECTORIES = ['src', 'rules'];

/**
 * Every regular expression literal, and every `new RegExp("…")` with a
 * literal source, in the plugin's TypeScript files, in a stable order.
 */
export function collectLiteralPatterns(
  directories: readonly string[] = PATTERN_DIRECTORIES,
): PatternSource[] {
  const patterns: PatternSource[] = [];
  for (const directory of directories) {
    for (const file of listTypeScriptFiles(
      path.join(REPOSITORY_ROOT, directory),
    )) {
      const relative = path
        .relative(REPOSITORY_ROOT, file)
        .split(path.sep)
        .join('/');
      patterns.push(
        ...findPatternsInCode(readFileSync(file, 'utf8'), relative),
      );
    }
  }
  return dedupePatterns(patterns);
}

/** The patterns written in one file's code. */
export function findPatternsInCode(
  code: string,
  origin: string,
): PatternSource[] {
  let ast: unknown;
  try {
    ast = parse(code, { loc: true, range: false, comment: false });
  } catch {
    // A file that is being written may not parse yet; it has no patterns.
    return [];
  }

  const patterns: PatternSource[] = [];
  walk(ast, node => {
    const line = node.loc?.start.line ?? 0;
    if (node.type === 'Literal' && node.regex) {
      patterns.push({
        source: node.regex.pattern,
        flags: node.regex.flags,
        origin: `${origin}:${String(line)}`,
      });
      return;
    }

    const isRegExpCall =
      (node.type === 'NewExpression' || node.type === 'CallExpression') &&
      node.callee?.type === 'Identifier' &&
      node.callee.name === 'RegExp';
    const [source, flags] = node.arguments ?? [];
    if (isRegExpCall && isStringLiteral(source)) {
      patterns.push({
        source: source.value,
        flags: isStringLiteral(flags) ? flags.value : '',
        origin: `${origin}:${String(line)}`,
      });
    }
  });
  return patterns;
}

/**
 * The patterns held by a module's exports: any exported list of objects
 * with regular expressions among their values (the engine's provider list,
 * whatever it is named), and exported regular expressions.
 */
export function findPatternsInExports(
  exports: Readonly<Record<string, unknown>>,
): PatternSource[] {
  const patterns: PatternSource[] = [];
  for (const [exportName, value] of Object.entries(exports)) {
    if (value instanceof RegExp) {
      patterns.push({ ...toSource(value), origin: `export ${exportName}` });
      continue;
    }

    if (!Array.isArray(value)) {
      continue;
    }

    (value as unknown[]).forEach((item, index) => {
      if (typeof item !== 'object' || item === null) {
        return;
      }
      const record = item as Record<string, unknown>;
      const id = typeof record.id === 'string' ? record.id : String(index);
      for (const [key, field] of Object.entries(record)) {
        if (field instanceof RegExp) {
          patterns.push({
            ...toSource(field),
            origin: `${exportName} ${id} (${key})`,
          });
        }
      }
    });
  }
  return dedupePatterns(patterns);
}

/** Keeps the first of patterns with the same source and flags. */
export function dedupePatterns(
  patterns: readonly PatternSource[],
): PatternSource[] {
  const seen = new Set<string>();
  return patterns.filter(pattern => {
    const key = `/${pattern.source}/${pattern.flags}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

function toSource(pattern: RegExp): Pick<PatternSource, 'flags' | 'source'> {
  return { source: pattern.source, flags: pattern.flags };
}

interface LooseNode {
  type: string;
  loc?: { start: { line: number } };
  regex?: { pattern: string; flags: string };
  callee?: LooseNode & { name?: string };
  arguments?: (LooseNode & { value?: unknown })[];
}

function isStringLiteral(
  node: (LooseNode & { value?: unknown }) | undefined,
): node is LooseNode & { value: string } {
  return node?.type === 'Literal' && typeof node.value === 'string';
}

function walk(value: unknown, visit: (node: LooseNode) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      walk(item, visit);
    }
    return;
  }

  if (typeof value !== 'object' || value === null) {
    return;
  }

  const record = value as Record<string, unknown>;
  if (typeof record.type === 'string') {
    visit(record as unknown as LooseNode);
  }
  for (const [key, child] of Object.entries(record)) {
    if (key !== 'parent' && key !== 'loc' && key !== 'range') {
      walk(child, visit);
    }
  }
}

function listTypeScriptFiles(directory: string): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }

  return entries
    .sort((left, right) => left.name.localeCompare(right.name))
    .flatMap(entry => {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        return listTypeScriptFiles(full);
      }
      return entry.isFile() && entry.name.endsWith('.ts') ? [full] : [];
    });
}
