import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'eslint-plugin-secret-hygiene';

export interface PackageMeta {
  name: string;
  version: string;
}

/**
 * Reads name and version from the package's own `package.json`, found by
 * walking up from this file: the source (`src/`) and the build
 * (`dist/src/`) sit at different depths.
 */
export function readPackageMeta(): PackageMeta {
  let directory = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const meta = readMetaIn(directory);
    if (meta) {
      return meta;
    }

    const parent = path.dirname(directory);
    if (parent === directory) {
      throw new Error(`${PACKAGE_NAME}: its package.json was not found.`);
    }
    directory = parent;
  }
}

function readMetaIn(directory: string): PackageMeta | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(directory, 'package.json'), 'utf8');
  } catch {
    return undefined;
  }

  const parsed = JSON.parse(text) as Partial<PackageMeta>;
  if (parsed.name !== PACKAGE_NAME || typeof parsed.version !== 'string') {
    return undefined;
  }
  return { name: parsed.name, version: parsed.version };
}
