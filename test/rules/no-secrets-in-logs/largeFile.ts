/**
 * Writes a large file in the shapes that cost `no-secrets-in-logs` the most,
 * for the scaling test and the benchmark: long chains of assignments, one
 * variable written and logged many times, a class with many fields read
 * through `this`, functions of the same file that pass a parameter on, an
 * object that gains many fields, and a long concatenation. Each of the
 * `units` repeats every shape once, so the file grows linearly with it.
 * Every unit logs exactly `REPORTS_PER_UNIT` secrets.
 */
export function createLargeLogFile(units: number): string {
  const lines: string[] = [
    "import pino from 'pino';",
    'const audit = pino();',
    'let message = "";',
    'const settings: Record<string, string> = {};',
  ];
  for (let unit = 0; unit < units; unit++) {
    lines.push(...createUnit(unit));
  }
  return lines.join('\n');
}

/** How many reports each unit of `createLargeLogFile` gives. */
export const REPORTS_PER_UNIT = 5;

function createUnit(unit: number): string[] {
  const id = String(unit);
  const chain = Array.from(
    { length: 10 },
    (_, step) =>
      `const step${id}_${String(step + 1)} = step${id}_${String(step)} + "-";`,
  );
  const concatenation = Array.from(
    { length: 10 },
    (_, part) => `part${String(part)}`,
  ).join(' + ');
  return [
    // A chain of ten assignments from a secret, logged at its end.
    `const step${id}_0 = getSecret("KEY_${id}");`,
    ...chain,
    `console.log(step${id}_10);`,
    // One variable written and read again and again.
    `message = message + step${id}_3.length;`,
    `audit.info(message);`,
    // A class whose fields are read through \`this\`.
    `class Client${id} {`,
    `  apiKey = getSecret("API_KEY_${id}");`,
    `  port = ${id};`,
    `  constructor(private readonly region: string) {`,
    `    this.timeout = ${id};`,
    `  }`,
    `  send(): void {`,
    `    audit.info({ port: this.port, region: this.region, key: this.apiKey });`,
    `  }`,
    `}`,
    // A function that passes its parameter on.
    `function wrap${id}(value: string): string {`,
    `  return \`[\${value}]\`;`,
    `}`,
    `console.log(wrap${id}(step${id}_5), wrap${id}("public"));`,
    // An object that gains a field per unit.
    `settings.token${id} = step${id}_1;`,
    `console.log(settings.token${id}, settings.port${id});`,
    // A long concatenation with the secret at its far end.
    `console.log(${concatenation} + step${id}_2);`,
  ];
}
