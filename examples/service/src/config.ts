import { getSecret } from './secrets.js';

export interface AppConfig {
  port: number;
  paymentsApiKey: string;
  sessionSecret: string;
  jwtSecret: string;
}

export function loadConfig(): AppConfig {
  return {
    port: Number(process.env.PORT ?? 3000),
    // A default keeps the service running on a guessable secret.
    sessionSecret: process.env.SESSION_SECRET ?? 'keyboard cat',
    paymentsApiKey: process.env.PAYMENTS_API_KEY!,
    jwtSecret: getSecret('JWT_SECRET'),
  };
}
