import path from 'node:path';

import {
  AST_NODE_TYPES,
  AST_TOKEN_TYPES,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import { describingFixer } from './describingFixer.js';

/** A function the plugin's fixes call: the accessor or the redactor. */
export interface FunctionReference {
  name: string;
  module: string | undefined;
}

/** How a fix can call a configured function in the file being linted. */
export interface FunctionCallPlan {
  /** The name to call in this file (an import may rename it). */
  localName: string;
  /** The fix parts that import the function; none when it is in scope. */
  createImportFixes: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
  needsImport: boolean;
}

interface FileContext {
  sourceCode: Readonly<TSESLint.SourceCode>;
  filename: string;
  cwd: string;
}

/**
 * Plans calls of `reference` from the file: either the function is already
 * imported or declared at the top level, or `reference.module` says where to
 * import it from. `undefined` when neither holds and a fix cannot be exact.
 */
export function getFunctionCallPlan(
  file: FileContext,
  reference: FunctionReference,
): FunctionCallPlan | undefined {
  const { sourceCode } = file;
  const program = sourceCode.ast;
  const localName = findLocalBinding(program, reference.name);
  if (localName !== undefined) {
    return { localName, needsImport: false, createImportFixes: () => [] };
  }

  if (reference.module === undefined) {
    return undefined;
  }

  const source = getImportSource(reference.module, file.filename, file.cwd);
  const quote = getPreferredQuote(sourceCode);
  // Worked out once and replayed for every report: finding where the import
  // goes reads the whole top level of the file.
  let edits: TSESLint.RuleFix[] | undefined;
  const getEdits = (): TSESLint.RuleFix[] => {
    edits ??= isCommonJsFile(file)
      ? [
          createRequireFix(
            describingFixer,
            program,
            reference.name,
            source,
            quote,
          ),
        ]
      : [
          createImportFix(
            describingFixer,
            sourceCode,
            reference.name,
            source,
            quote,
          ),
        ];
    return edits;
  };
  const createImportFixes = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] =>
    getEdits().map(edit => fixer.replaceTextRange(edit.range, edit.text));
  return { localName: reference.name, needsImport: true, createImportFixes };
}

/**
 * The specifier to import `module` by from `filename`: package names and
 * aliases (`#secrets`, `@/config/secrets`) as written, and `./`/`../` paths,
 * which are relative to ESLint's working directory, made relative to the file.
 */
export function getImportSource(
  module: string,
  filename: string,
  cwd: string,
): string {
  if (!module.startsWith('./') && !module.startsWith('../')) {
    return module;
  }

  const target = path.resolve(cwd, module);
  const relative = path
    .relative(path.dirname(path.resolve(cwd, filename)), target)
    .split(path.sep)
    .join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** The quote character the file's own imports or strings use. */
export function getPreferredQuote(
  sourceCode: Readonly<TSESLint.SourceCode>,
): '"' | "'" {
  const firstString = sourceCode.ast.tokens.find(
    token => token.type === AST_TOKEN_TYPES.String,
  );
  return firstString?.value.startsWith("'") ? "'" : '"';
}

/** Quotes `text` as a string literal with the given quote character. */
export function quoteString(text: string, quote: '"' | "'"): string {
  const escaped = JSON.stringify(text).slice(1, -1);
  return quote === '"'
    ? `"${escaped}"`
    : `'${escaped.replaceAll('\\"', '"').replaceAll("'", "\\'")}'`;
}

function findLocalBinding(
  program: TSESTree.Program,
  name: string,
): string | undefined {
  for (const statement of program.body) {
    const found = getBindingFromStatement(statement, name);
    if (found !== undefined) {
      return found;
    }
  }
  return undefined;
}

function getBindingFromStatement(
  statement: TSESTree.NamedExportDeclarations | TSESTree.ProgramStatement,
  name: string,
): string | undefined {
  switch (statement.type) {
    case AST_NODE_TYPES.ImportDeclaration:
      return getImportedLocalName(statement, name);
    case AST_NODE_TYPES.FunctionDeclaration:
      return statement.id?.name === name ? name : undefined;
    case AST_NODE_TYPES.VariableDeclaration:
      return getDeclaredLocalName(statement, name);
    case AST_NODE_TYPES.ExportNamedDeclaration:
      return statement.declaration
        ? getBindingFromStatement(statement.declaration, name)
        : undefined;
    default:
      return undefined;
  }
}

function getImportedLocalName(
  declaration: TSESTree.ImportDeclaration,
  name: string,
): string | undefined {
  if (declaration.importKind === 'type') {
    return undefined;
  }

  for (const specifier of declaration.specifiers) {
    if (
      specifier.type === AST_NODE_TYPES.ImportSpecifier &&
      specifier.importKind !== 'type' &&
      getModuleExportName(specifier.imported) === name
    ) {
      return specifier.local.name;
    }
  }
  return undefined;
}

function getDeclaredLocalName(
  declaration: TSESTree.VariableDeclaration,
  name: string,
): string | undefined {
  for (const declarator of declaration.declarations) {
    if (declarator.id.type === AST_NODE_TYPES.Identifier) {
      if (declarator.id.name === name) {
        return name;
      }
      continue;
    }

    // `const { getSecret } = require("./secrets")`
    if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) {
      continue;
    }
    for (const property of declarator.id.properties) {
      if (
        property.type === AST_NODE_TYPES.Property &&
        !property.computed &&
        property.key.type === AST_NODE_TYPES.Identifier &&
        property.key.name === name &&
        property.value.type === AST_NODE_TYPES.Identifier
      ) {
        return property.value.name;
      }
    }
  }
  return undefined;
}

function getModuleExportName(
  node: TSESTree.Identifier | TSESTree.StringLiteral,
): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

function isCommonJsFile(file: FileContext): boolean {
  const program = file.sourceCode.ast;
  const hasModuleSyntax = program.body.some(
    statement =>
      statement.type === AST_NODE_TYPES.ImportDeclaration ||
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration ||
      statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
      statement.type === AST_NODE_TYPES.ExportAllDeclaration,
  );
  if (hasModuleSyntax) {
    return false;
  }

  if (/\.c[jt]s$/u.test(file.filename)) {
    return true;
  }

  // ESLint says `commonjs` or `script` for `.cjs` files and for configs
  // that ask for it; a file that already calls `require` is CommonJS too.
  const sourceType = program.sourceType as string;
  return sourceType !== 'module' || program.body.some(isRequireDeclaration);
}

function isRequireDeclaration(statement: TSESTree.ProgramStatement): boolean {
  return (
    statement.type === AST_NODE_TYPES.VariableDeclaration &&
    statement.declarations.some(
      declarator =>
        declarator.init?.type === AST_NODE_TYPES.CallExpression &&
        declarator.init.callee.type === AST_NODE_TYPES.Identifier &&
        declarator.init.callee.name === 'require',
    )
  );
}

function createImportFix(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  name: string,
  source: string,
  quote: '"' | "'",
): TSESLint.RuleFix {
  const program = sourceCode.ast;
  const imports = program.body.filter(
    (statement): statement is TSESTree.ImportDeclaration =>
      statement.type === AST_NODE_TYPES.ImportDeclaration,
  );

  const sameSource = imports.find(
    declaration =>
      declaration.source.value === source && declaration.importKind !== 'type',
  );
  const extended = sameSource && extendImport(fixer, sameSource, name);
  if (extended) {
    return extended;
  }

  const text = `import { ${name} } from ${quoteString(source, quote)};`;
  const lastImport = imports.at(-1);
  if (lastImport) {
    return fixer.insertTextAfter(lastImport, `\n${text}`);
  }
  return insertAtTop(fixer, program, text);
}

// `import { a } from "m"` gains `, name`; `import d from "m"` gains `{ name }`.
// A namespace import cannot take a named specifier.
function extendImport(
  fixer: TSESLint.RuleFixer,
  declaration: TSESTree.ImportDeclaration,
  name: string,
): TSESLint.RuleFix | undefined {
  const { specifiers } = declaration;
  const lastNamed = specifiers.findLast(
    specifier => specifier.type === AST_NODE_TYPES.ImportSpecifier,
  );
  if (lastNamed) {
    return fixer.insertTextAfter(lastNamed, `, ${name}`);
  }

  const [first] = specifiers;
  if (
    specifiers.length === 1 &&
    first.type === AST_NODE_TYPES.ImportDefaultSpecifier
  ) {
    return fixer.insertTextAfter(first, `, { ${name} }`);
  }
  return undefined;
}

function createRequireFix(
  fixer: TSESLint.RuleFixer,
  program: TSESTree.Program,
  name: string,
  source: string,
  quote: '"' | "'",
): TSESLint.RuleFix {
  const text = `const { ${name} } = require(${quoteString(source, quote)});`;
  const lastRequire = program.body.findLast(isRequireDeclaration);
  if (lastRequire) {
    return fixer.insertTextAfter(lastRequire, `\n${text}`);
  }
  return insertAtTop(fixer, program, text);
}

// After any directives (`"use strict"`), so that they keep working.
function insertAtTop(
  fixer: TSESLint.RuleFixer,
  program: TSESTree.Program,
  text: string,
): TSESLint.RuleFix {
  const firstStatement = program.body.find(
    statement =>
      !(
        statement.type === AST_NODE_TYPES.ExpressionStatement &&
        statement.directive !== undefined
      ),
  );
  if (firstStatement) {
    return fixer.insertTextBefore(firstStatement, `${text}\n`);
  }

  const lastStatement = program.body.at(-1);
  return lastStatement
    ? fixer.insertTextAfter(lastStatement, `\n${text}`)
    : fixer.insertTextBeforeRange([0, 0], `${text}\n`);
}
