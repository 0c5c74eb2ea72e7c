import { describe, expect, it } from 'vitest';

import { defaultNameMatcher } from '../src/engine/index.js';
import { getSettings, SettingsError } from '../src/settings.js';

const KEY = 'secret-hygiene';

describe('getSettings', () => {
  it('gives the defaults when the block is missing', () => {
    const settings = getSettings({});

    expect(settings.accessor).toEqual({
      name: 'getSecret',
      module: undefined,
      files: [],
    });
    expect(settings.nameMatcher).toBe(defaultNameMatcher);
    expect(settings.redactor).toBeUndefined();
    expect(settings.loggers).toEqual([]);
    expect(settings.sources).toEqual([]);
  });

  it('reads every key of a full block', () => {
    const settings = getSettings({
      [KEY]: {
        accessor: {
          name: 'readSecret',
          module: './src/secrets.ts',
          files: ['src/secrets.ts'],
        },
        secretNames: ['^hush'],
        notSecretNames: ['^csrfToken$'],
        redactor: { name: 'redact', module: '#redact' },
        loggers: ['audit', 'ctx.log'],
        sources: ['readVault'],
      },
    });

    expect(settings.accessor).toEqual({
      name: 'readSecret',
      module: './src/secrets.ts',
      files: ['src/secrets.ts'],
    });
    expect(settings.redactor).toEqual({ name: 'redact', module: '#redact' });
    expect(settings.loggers).toEqual(['audit', 'ctx.log']);
    expect(settings.sources).toEqual(['readVault']);
    expect(settings.nameMatcher.isSecretName('hushMoney')).toBe(true);
    expect(settings.nameMatcher.isSecretName('csrfToken')).toBe(false);
    expect(settings.nameMatcher.isSecretName('accessToken')).toBe(true);
  });

  it('validates a block once and reuses the result', () => {
    const raw = { [KEY]: { secretNames: ['^hush'] } };

    expect(getSettings(raw)).toBe(getSettings(raw));
  });

  it('ignores the settings of other plugins', () => {
    expect(getSettings({ react: { version: 'detect' } }).accessor.name).toBe(
      'getSecret',
    );
  });

  it.each([
    [[], 'settings["secret-hygiene"] must be an object; found an array'],
    [{ acessor: {} }, 'settings["secret-hygiene"].acessor must be one of'],
    [{ accessor: 'getSecret' }, '.accessor must be an object'],
    [{ accessor: {} }, '.accessor.name must be a function name'],
    [{ accessor: { name: 'get-secret' } }, '.accessor.name must be a function'],
    [{ accessor: { name: 'x', module: '' } }, '.accessor.module must be'],
    [{ accessor: { name: 'x', module: 3 } }, 'found number'],
    [{ accessor: { name: 'x', files: 'src' } }, '.accessor.files must be'],
    [{ accessor: { name: 'x', files: [1] } }, '.accessor.files[0] must be'],
    [{ accessor: { name: 'x', file: [] } }, '.accessor.file must be left out'],
    [{ secretNames: ['('] }, '.secretNames[0] must be a valid regular'],
    [{ notSecretNames: 'x' }, '.notSecretNames must be an array'],
    [{ redactor: { module: 'x' } }, '.redactor.name must be'],
    [{ redactor: { name: 'redact', files: [] } }, '.redactor.files must be'],
    [{ loggers: [''] }, '.loggers[0] must be a non-empty string'],
    [{ sources: [null] }, '.sources[0] must be a non-empty string; found null'],
  ])('rejects %j, naming the key', (block, message) => {
    expect(() => getSettings({ [KEY]: block })).toThrow(SettingsError);
    expect(() => getSettings({ [KEY]: block })).toThrow(message);
  });
});
