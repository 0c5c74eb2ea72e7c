import { crc32 } from 'node:zlib';

// Every sample token is put together at run time from a prefix and random
// characters, so that no file of this repository holds a whole
// credential-shaped string that a secret scanner would take for a leak.

const DIGITS = '0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
export const B62 = DIGITS + UPPER + LOWER;
export const B64 = B62 + '+/';
const B64URL = B62 + '-_';
export const HEX = '0123456789abcdef';
const HEX_UPPER = HEX.toUpperCase();
const UPPER_NUM = UPPER + DIGITS;
const LOWER_NUM = LOWER + DIGITS;
const B32_UPPER = UPPER + '234567';
const B32_LOWER = LOWER + '234567';
const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';

/** Random characters from an alphabet, from a seeded generator. */
export type RandomText = (alphabet: string, length: number) => string;

/** A deterministic generator (mulberry32), so failures can be replayed. */
export function createRandomText(seed: number): RandomText {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  return (alphabet, length) => {
    let text = '';
    for (let index = 0; index < length; index++) {
      text += alphabet.charAt(Math.floor(next() * alphabet.length));
    }
    return text;
  };
}

/** `value` in base 62 (`0-9A-Za-z`), left-padded to six characters. */
function toBase62(value: number): string {
  let rest = value;
  let digits = '';
  do {
    digits = B62.charAt(rest % 62) + digits;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return digits.padStart(6, '0');
}

/** GitHub's and npm's format: prefix, 30 random, CRC-32 of those in base62. */
export function makeChecksummedToken(prefix: string, random: string): string {
  return [prefix, random, toBase62(crc32(random))].join('');
}

const uuid = (r: RandomText): string =>
  [r(HEX, 8), r(HEX, 4), r(HEX, 4), r(HEX, 4), r(HEX, 12)].join('-');

const base64Url = (text: string): string =>
  Buffer.from(text).toString('base64url');

const pemBlock = (r: RandomText, label: string): string =>
  [
    `-----BEGIN ${label}-----`,
    r(B64, 64),
    r(B64, 64),
    r(B64, 40) + '==',
    `-----END ${label}-----`,
  ].join('\n');

/** A sample of a format: the token, and a name for name-gated formats. */
export interface TokenSample {
  make: (random: RandomText) => string;
  /** The binding name the sample needs (`datadogApiKey`). */
  name?: string;
}

const named = (name: string, make: TokenSample['make']): TokenSample => ({
  name,
  make,
});

const join = (...parts: string[]): string => parts.join('');

/** One sample builder per built-in provider id. */
export const TOKEN_SAMPLES: Readonly<Record<string, TokenSample | undefined>> =
  {
    'private-key-rsa': { make: r => pemBlock(r, 'RSA PRIVATE KEY') },
    'private-key-dsa': { make: r => pemBlock(r, 'DSA PRIVATE KEY') },
    'private-key-ec': { make: r => pemBlock(r, 'EC PRIVATE KEY') },
    'private-key-openssh': { make: r => pemBlock(r, 'OPENSSH PRIVATE KEY') },
    'private-key-pkcs8': { make: r => pemBlock(r, 'PRIVATE KEY') },
    'private-key-encrypted': {
      make: r => pemBlock(r, 'ENCRYPTED PRIVATE KEY'),
    },
    'private-key-pgp': { make: r => pemBlock(r, 'PGP PRIVATE KEY BLOCK') },
    'private-key-ssh2': {
      make: r =>
        [
          '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
          'Comment: "rsa-key"',
          r(B64, 64),
          r(B64, 64),
          '---- END SSH2 ENCRYPTED PRIVATE KEY ----',
        ].join('\n'),
    },
    'private-key-putty': {
      make: r =>
        [
          'PuTTY-User-Key-File-3: ssh-ed25519',
          'Encryption: none',
          'Public-Lines: 1',
          r(B64, 64),
          'Private-Lines: 1',
          r(B64, 64),
        ].join('\n'),
    },
    'private-key-der': { make: r => join('MIIEvQIBADAN', r(B64, 160), '==') },
    'age-secret-key': { make: r => join('AGE-SECRET-KEY-1', r(BECH32, 58)) },
    jwt: {
      make: r =>
        [
          base64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT' })),
          base64Url(
            JSON.stringify({ sub: r(LOWER_NUM, 12), iat: 1_700_000_000 }),
          ),
          r(B64URL, 43),
        ].join('.'),
    },
    'github-pat': { make: r => makeChecksummedToken('ghp_', r(B62, 30)) },
    'github-oauth-token': {
      make: r => makeChecksummedToken('gho_', r(B62, 30)),
    },
    'github-user-token': {
      make: r => makeChecksummedToken('ghu_', r(B62, 30)),
    },
    'github-installation-token': {
      make: r => makeChecksummedToken('ghs_', r(B62, 30)),
    },
    'github-refresh-token': {
      make: r => makeChecksummedToken('ghr_', r(B62, 30)),
    },
    'github-fine-grained-pat': {
      make: r => join('github_pat_', r(B62, 22), '_', r(B62, 59)),
    },
    'gitlab-pat': { make: r => join('glpat-', r(B64URL, 20)) },
    'gitlab-deploy-token': { make: r => join('gldt-', r(B64URL, 20)) },
    'gitlab-runner-token': { make: r => join('glrt-', r(B64URL, 20)) },
    'gitlab-runner-registration-token': {
      make: r => join('GR1348941', r(B64URL, 20)),
    },
    'gitlab-pipeline-trigger-token': { make: r => join('glptt-', r(HEX, 40)) },
    'gitlab-feed-token': { make: r => join('glft-', r(B64URL, 20)) },
    'gitlab-incoming-mail-token': { make: r => join('glimt-', r(B62, 25)) },
    'gitlab-agent-token': { make: r => join('glagent-', r(B64URL, 50)) },
    'gitlab-oauth-secret': { make: r => join('gloas-', r(HEX, 64)) },
    'gitlab-scim-token': { make: r => join('glsoat-', r(B64URL, 20)) },
    'gitlab-ci-job-token': { make: r => join('glcbt-', r(B64URL, 20)) },
    'gitlab-feature-flags-token': { make: r => join('glffct-', r(B64URL, 20)) },
    'bitbucket-app-password': { make: r => join('ATBB', r(B62, 32)) },
    'atlassian-api-token': { make: r => join('ATATT3', r(B64URL, 186)) },
    'sourcegraph-access-token': { make: r => join('sgp_', r(HEX, 40)) },
    'azure-devops-pat': {
      make: r =>
        join(r(B62, 52), 'JQQJ99', r(B62, 1), 'A', r(B62, 16), 'q', r(B62, 7)),
    },
    'gitea-access-token': named('giteaToken', r => r(HEX, 40)),
    'aws-access-key-id': { make: r => join('AKIA', r(B32_UPPER, 16)) },
    'aws-secret-access-key': named('awsSecret', r => r(B64, 40)),
    'amazon-mws-token': { make: r => join('amzn.mws.', uuid(r)) },
    'amazon-lwa-client-secret': {
      make: r => join('amzn1.oa2-cs.v1.', r(HEX, 64)),
    },
    'google-api-key': { make: r => join('AIza', r(B64URL, 35)) },
    'google-oauth-client-secret': { make: r => join('GOCSPX-', r(B64URL, 28)) },
    'google-oauth-access-token': { make: r => join('ya29.', r(B64URL, 30)) },
    'google-oauth-refresh-token': { make: r => join('1//0', r(B64URL, 40)) },
    'firebase-cloud-messaging-key': {
      make: r => join('AAAA', r(B64URL, 7), ':APA91b', r(B64URL, 134)),
    },
    'alibaba-access-key-id': { make: r => join('LTAI', r(B62, 12)) },
    'tencent-cloud-secret-id': { make: r => join('AKID', r(B62, 32)) },
    'ibm-cloud-api-key': named('ibmApiKey', r => r(B64URL, 44)),
    'digitalocean-pat': { make: r => join('dop_v1_', r(HEX, 64)) },
    'digitalocean-oauth-token': { make: r => join('doo_v1_', r(HEX, 64)) },
    'digitalocean-refresh-token': { make: r => join('dor_v1_', r(HEX, 64)) },
    'heroku-api-key': { make: r => join('HRKU-AA', r(B64URL, 58)) },
    'heroku-legacy-api-key': named('herokuApiKey', uuid),
    'vercel-personal-token': { make: r => join('vcp_', r(B62, 24)) },
    'vercel-integration-token': { make: r => join('vci_', r(B62, 24)) },
    'vercel-app-access-token': { make: r => join('vca_', r(B62, 24)) },
    'vercel-app-refresh-token': { make: r => join('vcr_', r(B62, 24)) },
    'vercel-api-key': { make: r => join('vck_', r(B62, 24)) },
    'netlify-pat': { make: r => join('nfp_', r(B62, 36)) },
    'fly-io-token': { make: r => join('fo1_', r(B64URL, 43)) },
    'render-api-key': { make: r => join('rnd_', r(B62, 32)) },
    'cloudflare-origin-ca-key': {
      make: r => join('v1.0-', r(HEX, 24), '-', r(HEX, 146)),
    },
    'cloudflare-api-token': named('cloudflareApiToken', r => r(B64URL, 40)),
    'scaleway-access-key': { make: r => join('SCW', r(UPPER_NUM, 17)) },
    'yandex-api-key': { make: r => join('AQVN', r(B64URL, 35)) },
    'yandex-static-key': { make: r => join('YC', r(B64URL, 38)) },
    'linode-api-token': named('linodeToken', r => r(HEX, 64)),
    'hetzner-api-token': named('hcloudToken', r => r(B62, 64)),
    'deno-deploy-token': { make: r => join('ddp_', r(B62, 36)) },
    'tailscale-key': {
      make: r => join('tskey-auth-', r(B62, 12), '-', r(B62, 32)),
    },
    'ngrok-authtoken': named('ngrokAuthtoken', r =>
      join(r(B62, 27), '_', r(B62, 21)),
    ),
    'supabase-pat': { make: r => join('sbp_', r(HEX, 40)) },
    'supabase-secret-key': { make: r => join('sb_secret_', r(B64URL, 20)) },
    'planetscale-token': { make: r => join('pscale_tkn_', r(B64URL, 32)) },
    'neon-api-key': { make: r => join('napi_', r(LOWER_NUM, 64)) },
    'aiven-password': { make: r => join('AVNS_', r(B64URL, 20)) },
    'databricks-pat': { make: r => join('dapi', r(HEX, 32)) },
    'databricks-oauth-secret': { make: r => join('dose', r(HEX, 32)) },
    'terraform-cloud-token': {
      make: r => join(r(B62, 14), '.atlasv1.', r(B64URL, 60)),
    },
    'pulumi-access-token': { make: r => join('pul-', r(HEX, 40)) },
    'akamai-edgegrid-credential': {
      make: r => join('akab-', r(LOWER_NUM, 16), '-', r(LOWER_NUM, 16)),
    },
    'docker-hub-pat': { make: r => join('dckr_pat_', r(B64URL, 27)) },
    'docker-hub-org-token': { make: r => join('dckr_oat_', r(B64URL, 32)) },
    'jfrog-api-key': { make: r => join('AKCp', r(B62, 69)) },
    'jfrog-reference-token': { make: r => join('cmVmdGtuOjAxOj', r(B62, 50)) },
    'octopus-deploy-api-key': { make: r => join('API-', r(UPPER_NUM, 26)) },
    'harness-access-token': {
      make: r => join('pat.', r(B64URL, 22), '.', r(HEX, 24), '.', r(B62, 20)),
    },
    'portainer-access-token': { make: r => join('ptr_', r(B64, 43)) },
    'openshift-oauth-token': { make: r => join('sha256~', r(B64URL, 43)) },
    'azure-entra-client-secret': {
      make: r => join(r(B62, 3), '8Q~', r(B62, 34)),
    },
    'azure-storage-account-key': {
      make: r => join(r(B64, 76), '+ASt', r(B64, 5), 'A=='),
    },
    'azure-cosmos-db-key': {
      make: r => join(r(B64, 76), 'ACDb', r(B64, 5), 'Q=='),
    },
    'azure-batch-key': {
      make: r => join(r(B64, 76), '+ABa', r(B64, 5), 'g=='),
    },
    'azure-ml-key': { make: r => join(r(B64, 76), '+AMC', r(B64, 5), 'w==') },
    'azure-api-management-key': {
      make: r => join(r(B64, 76), 'APIM', r(B64, 5), 'A=='),
    },
    'azure-function-key': {
      make: r => join(r(B64URL, 44), 'AzFu', r(B64URL, 5), 'A=='),
    },
    'azure-search-key': { make: r => join(r(B62, 42), 'AzSeB', r(B62, 5)) },
    'azure-relay-key': { make: r => join(r(B64, 33), '+ARmC', r(B64, 5), '=') },
    'azure-event-hubs-key': {
      make: r => join(r(B64, 33), '+AEhD', r(B64, 5), '='),
    },
    'azure-service-bus-key': {
      make: r => join(r(B64, 33), '+ASbE', r(B64, 5), '='),
    },
    'azure-iot-key': { make: r => join(r(B64, 33), 'AIoTF', r(B64, 5), '=') },
    'azure-cache-for-redis-key': {
      make: r => join(r(B64, 33), 'AzCaG', r(B64, 5), '='),
    },
    'azure-event-grid-key': {
      make: r => join(r(B64, 33), 'AZEGH', r(B64, 5), '='),
    },
    'azure-container-registry-key': {
      make: r => join(r(B64, 42), '+ACRC', r(B64, 5)),
    },
    'azure-ai-services-key': named('azureSpeechKey', r => r(HEX, 32)),
    'openai-api-key': {
      make: r => join('sk-', r(B62, 20), 'T3BlbkFJ', r(B62, 20)),
    },
    'openai-project-key': {
      make: r => join('sk-proj-', r(B64URL, 58), 'T3BlbkFJ', r(B64URL, 58)),
    },
    'openai-service-account-key': {
      make: r => join('sk-svcacct-', r(B64URL, 58), 'T3BlbkFJ', r(B64URL, 58)),
    },
    'openai-admin-key': {
      make: r => join('sk-admin-', r(B64URL, 58), 'T3BlbkFJ', r(B64URL, 58)),
    },
    'anthropic-api-key': {
      make: r => join('sk-ant-api03-', r(B64URL, 93), 'AA'),
    },
    'anthropic-admin-key': {
      make: r => join('sk-ant-admin01-', r(B64URL, 93), 'AA'),
    },
    'huggingface-token': { make: r => join('hf_', r(UPPER + LOWER, 34)) },
    'huggingface-org-token': {
      make: r => join('api_org_', r(UPPER + LOWER, 34)),
    },
    'groq-api-key': { make: r => join('gsk_', r(B62, 52)) },
    'replicate-api-token': { make: r => join('r8_', r(B62, 37)) },
    'perplexity-api-key': { make: r => join('pplx-', r(B62, 48)) },
    'xai-api-key': { make: r => join('xai-', r(B62, 80)) },
    'openrouter-api-key': { make: r => join('sk-or-v1-', r(HEX, 64)) },
    'langsmith-api-key': {
      make: r => join('lsv2_pt_', r(HEX, 32), '_', r(HEX, 10)),
    },
    'pinecone-api-key': {
      make: r => join('pcsk_', r(B62, 5), '_', r(B62, 60)),
    },
    'langfuse-secret-key': { make: r => join('sk-lf-', uuid(r)) },
    'fireworks-api-key': { make: r => join('fw_', r(B62, 24)) },
    'elevenlabs-api-key': { make: r => join('sk_', r(HEX, 48)) },
    'cohere-api-key': named('cohereApiKey', r => r(B62, 40)),
    'mistral-api-key': named('mistralApiKey', r => r(B62, 32)),
    'deepseek-api-key': named('deepseekApiKey', r => join('sk-', r(HEX, 32))),
    'together-api-key': named('togetherApiKey', r => r(HEX, 64)),
    'assemblyai-api-key': named('assemblyaiApiKey', r => r(HEX, 32)),
    'deepgram-api-key': named('deepgramApiKey', r => r(HEX, 40)),
    'wandb-api-key': named('wandbApiKey', r => r(HEX, 40)),
    'stripe-secret-key': { make: r => join('sk_live_', r(B62, 24)) },
    'stripe-test-secret-key': { make: r => join('sk_test_', r(B62, 24)) },
    'stripe-restricted-key': { make: r => join('rk_live_', r(B62, 24)) },
    'stripe-webhook-secret': { make: r => join('whsec_', r(B62, 32)) },
    'square-access-token': { make: r => join('sq0atp-', r(B64URL, 22)) },
    'square-oauth-secret': { make: r => join('sq0csp-', r(B64URL, 43)) },
    'braintree-access-token': {
      make: r =>
        join('access_token$production$', r(LOWER_NUM, 16), '$', r(HEX, 32)),
    },
    'flutterwave-secret-key': { make: r => join('FLWSECK-', r(HEX, 32), '-X') },
    'shippo-api-token': { make: r => join('shippo_live_', r(HEX, 40)) },
    'easypost-api-key': { make: r => join('EZAK', r(B62, 54)) },
    'plaid-access-token': { make: r => join('access-sandbox-', uuid(r)) },
    'paddle-api-key': {
      make: r =>
        join(
          'pdl_live_apikey_',
          r(LOWER_NUM, 26),
          '_',
          r(B62, 22),
          '_',
          r(B62, 3),
        ),
    },
    'shopify-access-token': { make: r => join('shpat_', r(HEX, 32)) },
    'shopify-custom-app-token': { make: r => join('shpca_', r(HEX, 32)) },
    'shopify-private-app-token': { make: r => join('shppa_', r(HEX, 32)) },
    'shopify-shared-secret': { make: r => join('shpss_', r(HEX, 32)) },
    'woocommerce-consumer-key': { make: r => join('ck_', r(HEX, 40)) },
    'klaviyo-private-key': { make: r => join('pk_', r(HEX, 34)) },
    'paypal-client-secret': named('paypalClientSecret', r => r(B64URL, 80)),
    'slack-bot-token': {
      make: r =>
        join('xoxb-', r(DIGITS, 12), '-', r(DIGITS, 13), '-', r(B62, 24)),
    },
    'slack-user-token': {
      make: r =>
        join(
          'xoxp-',
          r(DIGITS, 12),
          '-',
          r(DIGITS, 12),
          '-',
          r(DIGITS, 13),
          '-',
          r(HEX, 32),
        ),
    },
    'slack-app-token': {
      make: r =>
        join('xapp-1-', r(UPPER_NUM, 11), '-', r(DIGITS, 13), '-', r(HEX, 64)),
    },
    'slack-config-token': { make: r => join('xoxe.xoxp-1-', r(B62, 163)) },
    'slack-refresh-token': { make: r => join('xoxe-1-', r(B62, 146)) },
    'slack-legacy-token': {
      make: r =>
        join('xoxs-', r(DIGITS, 10), '-', r(DIGITS, 11), '-', r(B62, 32)),
    },
    'slack-webhook-url': {
      make: r =>
        join(
          'https://hooks.slack.com/services/T',
          r(UPPER_NUM, 8),
          '/B',
          r(UPPER_NUM, 8),
          '/',
          r(B62, 24),
        ),
    },
    'discord-webhook-url': {
      make: r =>
        join(
          'https://discord.com/api/webhooks/',
          r(DIGITS, 18),
          '/',
          r(B64URL, 68),
        ),
    },
    'discord-bot-token': named('discordBotToken', r =>
      join('M', r(B64URL, 23), '.', r(B64URL, 6), '.', r(B64URL, 27)),
    ),
    'telegram-bot-token': {
      make: r => join(r(DIGITS, 9), ':AA', r(B64URL, 33)),
    },
    'microsoft-teams-webhook-url': {
      make: r =>
        join(
          'https://contoso.webhook.office.com/webhookb2/',
          uuid(r),
          '@',
          uuid(r),
          '/IncomingWebhook/',
          r(HEX, 32),
          '/',
          uuid(r),
        ),
    },
    'twilio-api-key': { make: r => join('SK', r(HEX, 32)) },
    'twilio-auth-token': named('twilioAuthToken', r => r(HEX, 32)),
    'sendgrid-api-key': {
      make: r => join('SG.', r(B64URL, 22), '.', r(B64URL, 43)),
    },
    'mailgun-api-key': { make: r => join('key-', r(HEX, 32)) },
    'mailgun-sending-key': named('mailgunApiKey', r =>
      join(r(HEX, 32), '-', r(HEX, 8), '-', r(HEX, 8)),
    ),
    'mailchimp-api-key': { make: r => join(r(HEX, 32), '-us21') },
    'brevo-api-key': {
      make: r => join('xkeysib-', r(HEX, 64), '-', r(B62, 16)),
    },
    'resend-api-key': { make: r => join('re_', r(B62, 8), '_', r(B62, 24)) },
    'postmark-server-token': named('postmarkServerToken', uuid),
    'mailersend-api-token': { make: r => join('mlsn.', r(HEX, 64)) },
    'mandrill-api-key': named('mandrillApiKey', r => r(B64URL, 22)),
    'sparkpost-api-key': named('sparkpostApiKey', r => r(HEX, 40)),
    'intercom-access-token': { make: r => join('dG9rOj', r(B64, 54), '=') },
    'hubspot-private-app-token': { make: r => join('pat-na1-', uuid(r)) },
    'zendesk-api-token': named('zendeskApiToken', r => r(B62, 40)),
    'onesignal-api-key': { make: r => join('os_v2_app_', r(B32_LOWER, 56)) },
    'telnyx-api-key': {
      make: r => join('KEY', r(HEX_UPPER, 32), '_', r(B62, 22)),
    },
    'matrix-access-token': {
      make: r => join('syt_', r(B62, 8), '_', r(B62, 20), '_', r(B62, 6)),
    },
    'twitter-bearer-token': {
      make: r => join('A'.repeat(21), r(B62, 30), '%2B', r(B62, 30), '%3D'),
    },
    'facebook-access-token': { make: r => join('EAACEdEose0cBA', r(B62, 100)) },
    'facebook-app-secret': named('facebookAppSecret', r => r(HEX, 32)),
    'instagram-access-token': { make: r => join('IGQV', r(B64URL, 120)) },
    'pusher-secret': named('pusherSecret', r => r(HEX, 20)),
    'vonage-api-secret': named('vonageApiSecret', r => r(B62, 16)),
    'twitch-client-secret': named('twitchClientSecret', r => r(LOWER_NUM, 30)),
    'npm-access-token': { make: r => makeChecksummedToken('npm_', r(B62, 30)) },
    'pypi-api-token': {
      make: r => join('pypi-AgEIcHlwaS5vcmc', r(B64URL, 70)),
    },
    'nuget-api-key': { make: r => join('oy2', r(B32_LOWER, 43)) },
    'rubygems-api-key': { make: r => join('rubygems_', r(HEX, 48)) },
    'clojars-deploy-token': { make: r => join('CLOJARS_', r(LOWER_NUM, 60)) },
    'crates-io-api-token': { make: r => join('cio', r(B62, 32)) },
    'postman-api-key': {
      make: r => join('PMAK-', r(HEX, 24), '-', r(HEX, 34)),
    },
    'sentry-user-token': { make: r => join('sntryu_', r(HEX, 64)) },
    'sentry-org-token': { make: r => join('sntrys_eyJ', r(B64URL, 80)) },
    'sentry-auth-token': named('sentryAuthToken', r => r(HEX, 64)),
    'grafana-cloud-token': { make: r => join('glc_', r(B64, 40)) },
    'grafana-service-account-token': {
      make: r => join('glsa_', r(B62, 32), '_', r(HEX, 8)),
    },
    'grafana-api-key': { make: r => join('eyJrIjoi', r(B64, 60)) },
    'datadog-api-key': named('datadogApiKey', r => r(HEX, 32)),
    'new-relic-user-key': { make: r => join('NRAK-', r(UPPER_NUM, 27)) },
    'new-relic-admin-key': { make: r => join('NRAA-', r(HEX, 27)) },
    'new-relic-insights-key': { make: r => join('NRII-', r(B64URL, 32)) },
    'new-relic-license-key': { make: r => join(r(HEX, 36), 'NRAL') },
    'dynatrace-token': {
      make: r => join('dt0c01.', r(UPPER_NUM, 24), '.', r(UPPER_NUM, 64)),
    },
    'honeycomb-api-key': named('honeycombApiKey', r => r(B62, 32)),
    'linear-api-key': { make: r => join('lin_api_', r(B62, 40)) },
    'linear-oauth-token': { make: r => join('lin_oauth_', r(HEX, 64)) },
    'notion-integration-token': {
      make: r => join('ntn_', r(DIGITS, 11), r(B62, 35)),
    },
    'airtable-pat': { make: r => join('pat', r(B62, 14), '.', r(HEX, 64)) },
    'asana-pat': named('asanaToken', r =>
      join('1/', r(DIGITS, 16), ':', r(HEX, 32)),
    ),
    'figma-pat': { make: r => join('figd_', r(B64URL, 40)) },
    'contentful-pat': { make: r => join('CFPAT-', r(B64URL, 43)) },
    'typeform-pat': { make: r => join('tfp_', r(B62, 44), '_', r(B62, 14)) },
    'frameio-token': { make: r => join('fio-u-', r(B64URL, 64)) },
    'clickup-pat': {
      make: r => join('pk_', r(DIGITS, 8), '_', r(UPPER_NUM, 32)),
    },
    'sonar-token': { make: r => join('squ_', r(HEX, 40)) },
    'circleci-token': {
      make: r => join('CCIPAT_', r(B62, 22), '_', r(HEX, 40)),
    },
    'buildkite-api-token': { make: r => join('bkua_', r(HEX, 40)) },
    'codecov-upload-token': named('codecovToken', uuid),
    'snyk-api-token': named('snykToken', uuid),
    'launchdarkly-key': { make: r => join('sdk-', uuid(r)) },
    'flagsmith-server-key': { make: r => join('ser.', r(B62, 22)) },
    'statsig-server-secret': { make: r => join('secret-', r(B62, 43)) },
    'posthog-personal-api-key': { make: r => join('phx_', r(B62, 43)) },
    'segment-public-api-token': { make: r => join('sgp_', r(B62, 64)) },
    'readme-api-key': { make: r => join('rdme_', r(LOWER_NUM, 70)) },
    'prefect-api-key': { make: r => join('pnu_', r(B62, 36)) },
    'cal-com-api-key': { make: r => join('cal_live_', r(HEX, 32)) },
    'mapbox-secret-token': {
      make: r => join('sk.eyJ', r(B64URL, 60), '.', r(B64URL, 22)),
    },
    'adobe-client-secret': { make: r => join('p8e-', r(B64URL, 32)) },
    'okta-api-token': named('oktaApiToken', r => join('00', r(B64URL, 40))),
    'zoho-oauth-token': {
      make: r => join('1000.', r(HEX, 32), '.', r(HEX, 32)),
    },
    'salesforce-access-token': {
      make: r => join('00D', r(B62, 15), '!', r(B62, 96)),
    },
    'dropbox-access-token': { make: r => join('sl.', r(B64URL, 140)) },
    'appwrite-api-key': { make: r => join('standard_', r(HEX, 256)) },
    'stytch-secret': { make: r => join('secret-live-', r(B64URL, 40)) },
    'algolia-admin-key': named('algoliaAdminKey', r => r(HEX, 32)),
    'teamcity-access-token': {
      make: r =>
        join('eyJ0eXAiOiAiVENWMiJ9.', r(B64URL, 36), '.', r(B64URL, 48)),
    },
    'jenkins-api-token': named('jenkinsApiToken', r => r(HEX, 34)),
    'rollbar-access-token': named('rollbarAccessToken', r => r(HEX, 32)),
    'bugsnag-api-key': named('bugsnagApiKey', r => r(HEX, 32)),
    'doppler-personal-token': { make: r => join('dp.pt.', r(B62, 43)) },
    'doppler-service-token': { make: r => join('dp.st.', r(B62, 43)) },
    'doppler-service-account-token': { make: r => join('dp.sa.', r(B62, 43)) },
    'doppler-cli-token': { make: r => join('dp.ct.', r(B62, 43)) },
    'doppler-scim-token': { make: r => join('dp.scim.', r(B62, 43)) },
    'doppler-audit-token': { make: r => join('dp.audit.', r(B62, 43)) },
    'vault-service-token': { make: r => join('hvs.', r(B64URL, 24)) },
    'vault-batch-token': { make: r => join('hvb.', r(B64URL, 24)) },
    'vault-recovery-token': { make: r => join('hvr.', r(B64URL, 24)) },
    'onepassword-service-account-token': {
      make: r => join('ops_eyJ', r(B64URL, 120)),
    },
    'onepassword-secret-key': {
      make: r =>
        join(
          'A3-',
          r(UPPER_NUM, 6),
          '-',
          r(UPPER_NUM, 11),
          '-',
          r(UPPER_NUM, 5),
          '-',
          r(UPPER_NUM, 5),
          '-',
          r(UPPER_NUM, 5),
        ),
    },
    'infisical-service-token': {
      make: r => join('st.', uuid(r), '.', r(HEX, 32), '.', r(HEX, 32)),
    },
  };

/** A sample token of a built-in format, the same for the same seed. */
export function makeSample(id: string, seed = 1): string {
  const sample = TOKEN_SAMPLES[id];
  if (!sample) {
    throw new Error(`no sample builder for ${id}`);
  }
  return sample.make(createRandomText(seed));
}
