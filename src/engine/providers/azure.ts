import type { ProviderDefinition } from './types.js';

// Microsoft's "identifiable" keys carry a four-character signature at a
// fixed offset of a base64 key (`+ASt` for storage accounts), so a match
// needs no name around it.

/** Azure and Microsoft Entra ID keys. */
export const azureProviders: readonly ProviderDefinition[] = [
  {
    id: 'azure-entra-client-secret',
    title: 'Microsoft Entra ID client secret',
    keywords: ['7Q~', '8Q~'],
    pattern: /(?<![\w~.+/-])[\w~.-]{3}[78]Q~[\w~.-]{31,34}(?![\w~.+/-])/gu,
  },
  {
    id: 'azure-storage-account-key',
    title: 'Azure Storage account key',
    keywords: ['+ASt'],
    pattern:
      /(?<![\w+/-])[\d+/A-Za-z]{76}\+ASt[\d+/A-Za-z]{5}[AQgw]==(?![\w+/=-])/gu,
  },
  {
    id: 'azure-cosmos-db-key',
    title: 'Azure Cosmos DB key',
    keywords: ['ACDb'],
    pattern:
      /(?<![\w+/-])[\d+/A-Za-z]{76}ACDb[\d+/A-Za-z]{5}[AQgw]==(?![\w+/=-])/gu,
  },
  {
    id: 'azure-batch-key',
    title: 'Azure Batch key',
    keywords: ['+ABa'],
    pattern:
      /(?<![\w+/-])[\d+/A-Za-z]{76}\+ABa[\d+/A-Za-z]{5}[AQgw]==(?![\w+/=-])/gu,
  },
  {
    id: 'azure-ml-key',
    title: 'Azure Machine Learning web service key',
    keywords: ['+AMC'],
    pattern:
      /(?<![\w+/-])[\d+/A-Za-z]{76}\+AMC[\d+/A-Za-z]{5}[AQgw]==(?![\w+/=-])/gu,
  },
  {
    id: 'azure-api-management-key',
    title: 'Azure API Management key',
    keywords: ['APIM'],
    pattern:
      /(?<![\w+/-])[\d+/A-Za-z]{76}APIM[\d+/A-Za-z]{5}[AQgw]==(?![\w+/=-])/gu,
  },
  {
    id: 'azure-function-key',
    title: 'Azure Functions key',
    keywords: ['AzFu'],
    pattern: /(?<![\w-])[\w-]{44}AzFu[\w-]{5}[AQgw]==(?![\w=-])/gu,
  },
  {
    id: 'azure-search-key',
    title: 'Azure AI Search key',
    keywords: ['AzSe'],
    pattern: /(?<![\w+/-])[\dA-Za-z]{42}AzSe[A-D][\dA-Za-z]{5}(?![\w+/=-])/gu,
  },
  {
    id: 'azure-relay-key',
    title: 'Azure Relay key',
    keywords: ['+ARm'],
    pattern:
      /(?<![\w+/-])[\d+/A-Za-z]{33}\+ARm[A-P][\d+/A-Za-z]{5}=(?![\w+/=-])/gu,
  },
  {
    id: 'azure-event-hubs-key',
    title: 'Azure Event Hubs key',
    keywords: ['+AEh'],
    pattern:
      /(?<![\w+/-])[\d+/A-Za-z]{33}\+AEh[A-P][\d+/A-Za-z]{5}=(?![\w+/=-])/gu,
  },
  {
    id: 'azure-service-bus-key',
    title: 'Azure Service Bus key',
    keywords: ['+ASb'],
    pattern:
      /(?<![\w+/-])[\d+/A-Za-z]{33}\+ASb[A-P][\d+/A-Za-z]{5}=(?![\w+/=-])/gu,
  },
  {
    id: 'azure-iot-key',
    title: 'Azure IoT Hub key',
    keywords: ['AIoT'],
    pattern:
      /(?<![\w+/-])[\d+/A-Za-z]{33}AIoT[A-P][\d+/A-Za-z]{5}=(?![\w+/=-])/gu,
  },
  {
    id: 'azure-cache-for-redis-key',
    title: 'Azure Cache for Redis key',
    keywords: ['AzCa'],
    pattern:
      /(?<![\w+/-])[\d+/A-Za-z]{33}AzCa[A-P][\d+/A-Za-z]{5}=(?![\w+/=-])/gu,
  },
  {
    id: 'azure-event-grid-key',
    title: 'Azure Event Grid key',
    keywords: ['AZEG'],
    pattern:
      /(?<![\w+/-])[\d+/A-Za-z]{33}AZEG[A-P][\d+/A-Za-z]{5}=(?![\w+/=-])/gu,
  },
  {
    id: 'azure-container-registry-key',
    title: 'Azure Container Registry key',
    keywords: ['+ACR'],
    pattern:
      /(?<![\w+/-])[\d+/A-Za-z]{42}\+ACR[A-D][\d+/A-Za-z]{5}(?![\w+/=-])/gu,
  },
  {
    id: 'azure-ai-services-key',
    title: 'Azure AI services key',
    keywords: [],
    nameWords: ['azure'],
    pattern: /^[\da-f]{32}$/gu,
    confidence: 'medium',
  },
];
