import noDirectEnvAccess from './no-direct-env-access.js';
import noHardcodedSecrets from './no-hardcoded-secrets.js';
import noSecretFallback from './no-secret-fallback.js';
import noSecretsInLogs from './no-secrets-in-logs.js';

export const rules = {
  'no-direct-env-access': noDirectEnvAccess,
  'no-hardcoded-secrets': noHardcodedSecrets,
  'no-secret-fallback': noSecretFallback,
  'no-secrets-in-logs': noSecretsInLogs,
};
