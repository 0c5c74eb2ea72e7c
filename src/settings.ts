import {
  createNameMatcher,
  defaultNameMatcher,
  type NameMatcher,
} from './engine/index.js';

/** The key of the shared block in ESLint's `settings`. */
export const SETTINGS_KEY = 'secret-hygiene';

export interface AccessorSettings {
  /** The approved accessor function, `getSecret` by default. */
  name: string;
  /** The import source fixes insert; `undefined` means fixes cannot import it. */
  module: string | undefined;
  /** Globs, relative to ESLint's working directory, of the accessor's files. */
  files: readonly string[];
}

export interface RedactorSettings {
  name: string;
  module: string | undefined;
}

export interface SecretHygieneSettings {
  accessor: AccessorSettings;
  /** Built-in vocabulary plus `secretNames`, minus `notSecretNames`. */
  nameMatcher: NameMatcher;
  redactor: RedactorSettings | undefined;
  /** Extra logger objects or functions, as written in code (`audit`, `ctx.log`). */
  loggers: readonly string[];
  /** Extra functions whose return value is a secret, besides the accessor. */
  sources: readonly string[];
}

const KNOWN_KEYS = new Set([
  'accessor',
  'loggers',
  'notSecretNames',
  'redactor',
  'secretNames',
  'sources',
]);

const DEFAULT_SETTINGS: SecretHygieneSettings = {
  accessor: { name: 'getSecret', module: undefined, files: [] },
  nameMatcher: defaultNameMatcher,
  redactor: undefined,
  loggers: [],
  sources: [],
};

// Every rule of a file asks for the same block; validate it once per config.
const settingsCache = new WeakMap<object, SecretHygieneSettings>();

/** Thrown for a malformed settings block; ESLint shows it with the rule name. */
export class SettingsError extends Error {
  constructor(path: string, expected: string, found: string) {
    const target = path === '' ? '' : `.${path}`;
    super(
      `eslint-plugin-secret-hygiene: settings["${SETTINGS_KEY}"]${target} ` +
        `must be ${expected}; found ${found}.`,
    );
    this.name = 'SettingsError';
  }
}

/** Reads and validates `settings["secret-hygiene"]`, with defaults. */
export function getSettings(
  settings: Readonly<Record<string, unknown>>,
): SecretHygieneSettings {
  const block = settings[SETTINGS_KEY];
  if (block === undefined) {
    return DEFAULT_SETTINGS;
  }

  if (!isPlainObject(block)) {
    throw new SettingsError('', 'an object', describeValue(block));
  }

  const cached = settingsCache.get(block);
  if (cached) {
    return cached;
  }

  const parsed = parseSettings(block);
  settingsCache.set(block, parsed);
  return parsed;
}

function parseSettings(block: Record<string, unknown>): SecretHygieneSettings {
  for (const key of Object.keys(block)) {
    if (!KNOWN_KEYS.has(key)) {
      throw new SettingsError(
        key,
        `one of the known keys (${[...KNOWN_KEYS].join(', ')})`,
        'an unknown key',
      );
    }
  }

  const secretNames = readPatterns(block.secretNames, 'secretNames');
  const notSecretNames = readPatterns(block.notSecretNames, 'notSecretNames');
  const hasCustomNames = secretNames.length > 0 || notSecretNames.length > 0;

  return {
    accessor: readAccessor(block.accessor),
    nameMatcher: hasCustomNames
      ? createNameMatcher({ secretNames, notSecretNames })
      : defaultNameMatcher,
    redactor:
      block.redactor === undefined
        ? undefined
        : readFunctionReference(block.redactor, 'redactor'),
    loggers: readStrings(block.loggers, 'loggers'),
    sources: readStrings(block.sources, 'sources'),
  };
}

function readAccessor(value: unknown): AccessorSettings {
  if (value === undefined) {
    return DEFAULT_SETTINGS.accessor;
  }

  const reference = readFunctionReference(value, 'accessor', ['files']);
  const files = readStrings(
    (value as Record<string, unknown>).files,
    'accessor.files',
  );
  return { ...reference, files };
}

function readFunctionReference(
  value: unknown,
  path: string,
  extraKeys: readonly string[] = [],
): RedactorSettings {
  if (!isPlainObject(value)) {
    throw new SettingsError(
      path,
      'an object such as { name: "getSecret" }',
      describeValue(value),
    );
  }

  const allowedKeys = new Set(['name', 'module', ...extraKeys]);
  for (const key of Object.keys(value)) {
    if (!allowedKeys.has(key)) {
      throw new SettingsError(
        `${path}.${key}`,
        `left out (known keys: ${[...allowedKeys].join(', ')})`,
        'an unknown key',
      );
    }
  }

  const { name, module } = value;
  if (typeof name !== 'string' || !/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(name)) {
    throw new SettingsError(
      `${path}.name`,
      'a function name such as "getSecret"',
      describeValue(name),
    );
  }

  if (module !== undefined && (typeof module !== 'string' || module === '')) {
    throw new SettingsError(
      `${path}.module`,
      'a non-empty import source',
      describeValue(module),
    );
  }

  return { name, module };
}

function readStrings(value: unknown, path: string): readonly string[] {
  if (value === undefined) {
    return [];
  }

  if (!Array.isArray(value)) {
    throw new SettingsError(path, 'an array of strings', describeValue(value));
  }

  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string' || item === '') {
      throw new SettingsError(
        `${path}[${String(index)}]`,
        'a non-empty string',
        describeValue(item),
      );
    }
  });
  return value as string[];
}

function readPatterns(value: unknown, path: string): readonly RegExp[] {
  return readStrings(value, path).map((source, index) => {
    try {
      return new RegExp(source, 'u');
    } catch {
      throw new SettingsError(
        `${path}[${String(index)}]`,
        'a valid regular expression',
        describeValue(source),
      );
    }
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) {
    return 'an array';
  }
  if (value === null) {
    return 'null';
  }
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}
