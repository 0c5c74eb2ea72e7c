import type { ProviderDefinition } from './types.js';
import { randomAfter } from './validators.js';

// OpenAI keys carry `T3BlbkFJ`, which is `OpenAI` in base64.
const OPENAI_MARKER = 'T3BlbkFJ';

function hasOpenAiMarker(token: string): boolean {
  return token.includes(OPENAI_MARKER);
}

/** Model providers and AI tooling. */
export const aiProviders: readonly ProviderDefinition[] = [
  {
    id: 'openai-api-key',
    title: 'OpenAI API key',
    keywords: [OPENAI_MARKER],
    pattern: /(?<![\w-])sk-[\dA-Za-z]{20}T3BlbkFJ[\dA-Za-z]{20}(?![\w-])/gu,
  },
  {
    id: 'openai-project-key',
    title: 'OpenAI project API key',
    keywords: ['sk-proj-'],
    pattern: /(?<![\w-])sk-proj-[\w-]{40,250}(?![\w-])/gu,
    validate: hasOpenAiMarker,
  },
  {
    id: 'openai-service-account-key',
    title: 'OpenAI service account key',
    keywords: ['sk-svcacct-'],
    pattern: /(?<![\w-])sk-svcacct-[\w-]{40,250}(?![\w-])/gu,
    validate: hasOpenAiMarker,
  },
  {
    id: 'openai-admin-key',
    title: 'OpenAI admin key',
    keywords: ['sk-admin-'],
    pattern: /(?<![\w-])sk-admin-[\w-]{40,250}(?![\w-])/gu,
    validate: hasOpenAiMarker,
  },
  {
    id: 'anthropic-api-key',
    title: 'Anthropic API key',
    keywords: ['sk-ant-api03-'],
    pattern: /(?<![\w-])sk-ant-api03-[\w-]{93}AA(?![\w-])/gu,
    validate: randomAfter(13),
  },
  {
    id: 'anthropic-admin-key',
    title: 'Anthropic admin API key',
    keywords: ['sk-ant-admin01-'],
    pattern: /(?<![\w-])sk-ant-admin01-[\w-]{93}AA(?![\w-])/gu,
    validate: randomAfter(15),
  },
  {
    id: 'huggingface-token',
    title: 'Hugging Face access token',
    keywords: ['hf_'],
    pattern: /\bhf_[A-Za-z]{34}(?![\dA-Za-z])/gu,
    validate: randomAfter(3),
  },
  {
    id: 'huggingface-org-token',
    title: 'Hugging Face organization API token',
    keywords: ['api_org_'],
    pattern: /\bapi_org_[A-Za-z]{34}(?![\dA-Za-z])/gu,
    validate: randomAfter(8),
  },
  {
    id: 'groq-api-key',
    title: 'Groq API key',
    keywords: ['gsk_'],
    pattern: /\bgsk_[\dA-Za-z]{52}(?![\dA-Za-z])/gu,
    validate: randomAfter(4),
  },
  {
    id: 'replicate-api-token',
    title: 'Replicate API token',
    keywords: ['r8_'],
    pattern: /\br8_[\dA-Za-z]{37}(?![\dA-Za-z])/gu,
    validate: randomAfter(3),
  },
  {
    id: 'perplexity-api-key',
    title: 'Perplexity API key',
    keywords: ['pplx-'],
    pattern: /(?<![\w-])pplx-[\dA-Za-z]{48}(?![\dA-Za-z])/gu,
    validate: randomAfter(5),
  },
  {
    id: 'xai-api-key',
    title: 'xAI API key',
    keywords: ['xai-'],
    pattern: /(?<![\w-])xai-[\dA-Za-z]{80}(?![\dA-Za-z])/gu,
    validate: randomAfter(4),
  },
  {
    id: 'openrouter-api-key',
    title: 'OpenRouter API key',
    keywords: ['sk-or-v1-'],
    pattern: /(?<![\w-])sk-or-v1-[\da-f]{64}(?![\dA-Za-z])/gu,
  },
  {
    id: 'langsmith-api-key',
    title: 'LangSmith API key',
    keywords: ['lsv2_pt_', 'lsv2_sk_'],
    pattern: /\blsv2_(?:pt|sk)_[\da-f]{32}_[\da-f]{10}(?![\dA-Za-z])/gu,
  },
  {
    id: 'pinecone-api-key',
    title: 'Pinecone API key',
    keywords: ['pcsk_'],
    pattern: /\bpcsk_[\dA-Za-z]{4,8}_[\dA-Za-z]{60,70}(?![\dA-Za-z])/gu,
    validate: randomAfter(5),
  },
  {
    id: 'langfuse-secret-key',
    title: 'Langfuse secret key',
    keywords: ['sk-lf-'],
    pattern:
      /(?<![\w-])sk-lf-[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}(?![\w-])/gu,
  },
  {
    id: 'fireworks-api-key',
    title: 'Fireworks AI API key',
    keywords: ['fw_'],
    pattern: /\bfw_[\dA-Za-z]{24}(?![\dA-Za-z])/gu,
    validate: randomAfter(3),
    confidence: 'medium',
  },
  {
    id: 'elevenlabs-api-key',
    title: 'ElevenLabs API key',
    keywords: ['sk_'],
    pattern: /\bsk_[\da-f]{48}(?![\dA-Za-z])/gu,
    validate: randomAfter(3),
    confidence: 'medium',
  },
  {
    id: 'cohere-api-key',
    title: 'Cohere API key',
    keywords: [],
    nameWords: ['cohere'],
    pattern: /^[\dA-Za-z]{40}$/gu,
    validate: randomAfter(0),
    confidence: 'medium',
  },
  {
    id: 'mistral-api-key',
    title: 'Mistral AI API key',
    keywords: [],
    nameWords: ['mistral'],
    pattern: /^[\dA-Za-z]{32}$/gu,
    validate: randomAfter(0),
    confidence: 'medium',
  },
  {
    id: 'deepseek-api-key',
    title: 'DeepSeek API key',
    keywords: [],
    nameWords: ['deepseek'],
    pattern: /^sk-[\da-f]{32}$/gu,
    confidence: 'medium',
  },
  {
    id: 'together-api-key',
    title: 'Together AI API key',
    keywords: [],
    nameWords: ['together'],
    pattern: /^(?:tgp_v1_[\w-]{43}|[\da-f]{64})$/gu,
    confidence: 'medium',
  },
  {
    id: 'assemblyai-api-key',
    title: 'AssemblyAI API key',
    keywords: [],
    nameWords: ['assemblyai', 'assembly'],
    pattern: /^[\da-f]{32}$/gu,
    confidence: 'medium',
  },
  {
    id: 'deepgram-api-key',
    title: 'Deepgram API key',
    keywords: [],
    nameWords: ['deepgram'],
    pattern: /^[\da-f]{40}$/gu,
    confidence: 'medium',
  },
  {
    id: 'wandb-api-key',
    title: 'Weights & Biases API key',
    keywords: [],
    nameWords: ['wandb'],
    pattern: /^[\da-f]{40}$/gu,
    confidence: 'medium',
  },
];
