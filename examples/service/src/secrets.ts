/**
 * The approved accessor: the only code that reads the environment. A missing
 * secret stops the service at start-up instead of running with a default.
 */
export function getSecret(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new Error(`Missing required secret ${name}`);
  }
  return value;
}
