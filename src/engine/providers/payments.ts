import type { ProviderDefinition } from './types.js';
import { randomAfter } from './validators.js';

// Publishable keys (`pk_live_…`) are meant for browsers and are left out.

/** Payments, commerce and shipping. */
export const paymentProviders: readonly ProviderDefinition[] = [
  {
    id: 'stripe-secret-key',
    title: 'Stripe secret key',
    keywords: ['sk_live_'],
    pattern: /\bsk_live_[\dA-Za-z]{24,247}(?![\dA-Za-z])/gu,
    validate: randomAfter(8),
  },
  {
    id: 'stripe-test-secret-key',
    title: 'Stripe test-mode secret key',
    keywords: ['sk_test_'],
    pattern: /\bsk_test_[\dA-Za-z]{24,247}(?![\dA-Za-z])/gu,
    validate: randomAfter(8),
    confidence: 'medium',
  },
  {
    id: 'stripe-restricted-key',
    title: 'Stripe restricted key',
    keywords: ['rk_live_', 'rk_test_'],
    pattern: /\brk_(?:live|test)_[\dA-Za-z]{24,247}(?![\dA-Za-z])/gu,
    validate: randomAfter(8),
  },
  {
    id: 'stripe-webhook-secret',
    title: 'Stripe webhook signing secret',
    keywords: ['whsec_'],
    pattern: /\bwhsec_[\d+/A-Za-z]{32,88}(?![\d+/=A-Za-z])/gu,
    validate: randomAfter(6),
  },
  {
    id: 'square-access-token',
    title: 'Square access token',
    keywords: ['EAAA', 'sq0atp-'],
    pattern: /(?<![\w-])(?:EAAA[\w-]{60}|sq0atp-[\w-]{22})(?![\w-])/gu,
    validate: randomAfter(4),
  },
  {
    id: 'square-oauth-secret',
    title: 'Square OAuth application secret',
    keywords: ['sq0csp-'],
    pattern: /(?<![\w-])sq0csp-[\w-]{43}(?![\w-])/gu,
    validate: randomAfter(7),
  },
  {
    id: 'braintree-access-token',
    title: 'Braintree access token',
    keywords: ['access_token$'],
    pattern:
      /\baccess_token\$(?:production|sandbox)\$[\da-z]{16}\$[\da-f]{32}(?![\dA-Za-z])/gu,
  },
  {
    id: 'flutterwave-secret-key',
    title: 'Flutterwave secret key',
    keywords: ['FLWSECK'],
    pattern: /(?<![\w-])FLWSECK(?:_TEST)?-[\da-f]{32}-X(?![\w-])/gu,
  },
  {
    id: 'shippo-api-token',
    title: 'Shippo API token',
    keywords: ['shippo_live_', 'shippo_test_'],
    pattern: /\bshippo_(?:live|test)_[\da-f]{40}(?![\dA-Za-z])/gu,
  },
  {
    id: 'easypost-api-key',
    title: 'EasyPost API key',
    keywords: ['EZAK', 'EZTK'],
    pattern: /(?<![\dA-Za-z])EZ[AT]K[\dA-Za-z]{54}(?![\dA-Za-z])/gu,
    validate: randomAfter(4),
  },
  {
    id: 'plaid-access-token',
    title: 'Plaid access token',
    keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
    pattern:
      /(?<![\w-])access-(?:sandbox|development|production)-[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}(?![\w-])/gu,
  },
  {
    id: 'paddle-api-key',
    title: 'Paddle API key',
    keywords: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'],
    pattern: /\bpdl_(?:live|sdbx)_apikey_\w{40,80}\b/gu,
    validate: randomAfter(16),
  },
  {
    id: 'shopify-access-token',
    title: 'Shopify Admin API access token',
    keywords: ['shpat_'],
    pattern: /\bshpat_[\dA-Fa-f]{32}(?![\dA-Za-z])/gu,
  },
  {
    id: 'shopify-custom-app-token',
    title: 'Shopify custom app access token',
    keywords: ['shpca_'],
    pattern: /\bshpca_[\dA-Fa-f]{32}(?![\dA-Za-z])/gu,
  },
  {
    id: 'shopify-private-app-token',
    title: 'Shopify private app access token',
    keywords: ['shppa_'],
    pattern: /\bshppa_[\dA-Fa-f]{32}(?![\dA-Za-z])/gu,
  },
  {
    id: 'shopify-shared-secret',
    title: 'Shopify app shared secret',
    keywords: ['shpss_'],
    pattern: /\bshpss_[\dA-Fa-f]{32}(?![\dA-Za-z])/gu,
  },
  {
    id: 'woocommerce-consumer-key',
    title: 'WooCommerce REST API key',
    keywords: ['ck_', 'cs_'],
    pattern: /\bc[ks]_[\da-f]{40}(?![\dA-Za-z])/gu,
    validate: randomAfter(3),
    confidence: 'medium',
  },
  {
    id: 'klaviyo-private-key',
    title: 'Klaviyo private API key',
    keywords: ['pk_'],
    pattern: /\bpk_[\da-f]{34}(?![\dA-Za-z])/gu,
    validate: randomAfter(3),
    confidence: 'medium',
  },
  {
    id: 'paypal-client-secret',
    title: 'PayPal client secret',
    keywords: [],
    nameWords: ['paypal'],
    pattern: /^[\w-]{80}$/gu,
    validate: randomAfter(0),
    confidence: 'medium',
  },
];
