import { aiProviders } from './ai.js';
import { azureProviders } from './azure.js';
import { cloudProviders } from './cloud.js';
import { devtoolProviders } from './devtools.js';
import { keyProviders } from './keys.js';
import { messagingProviders } from './messaging.js';
import { paymentProviders } from './payments.js';
import { sourceControlProviders } from './sourceControl.js';
import type { ProviderDefinition } from './types.js';

export type { Confidence, ProviderDefinition } from './types.js';

/** Every built-in token format, in a stable order. */
export const PROVIDERS: readonly ProviderDefinition[] = [
  ...keyProviders,
  ...sourceControlProviders,
  ...cloudProviders,
  ...azureProviders,
  ...aiProviders,
  ...paymentProviders,
  ...messagingProviders,
  ...devtoolProviders,
];

/** The ids of the built-in formats, for the rule's options schema. */
export const PROVIDER_IDS: readonly string[] = PROVIDERS.map(
  provider => provider.id,
);
