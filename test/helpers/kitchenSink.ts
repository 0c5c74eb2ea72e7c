/**
 * One TSX file with every kind of syntax typescript-eslint parses and none
 * of it a secret, an environment read or a log call: each rule's valid
 * cases include it, so that odd syntax can neither crash a rule nor make it
 * report.
 */
export const KITCHEN_SINK = {
  code: `
import type { Env } from "./types";
import data from "./data.json" with { type: "json" };
export * as ns from "./ns";
abstract class Base<T extends object = object> {
  static #count = 0;
  static {
    Base.#count++;
  }
  declare readonly env: Env;
  accessor level = 1;
  protected abstract run(): void;
  get #hidden(): string {
    return this.env.TOKEN ?? "";
  }
  constructor(private readonly config: { env?: { token?: string } }) {}
  check(this: Base<T>, ...args: unknown[]): asserts this is Base<T> {
    void args;
  }
}
function* numbers(): Generator<number> {
  yield* [1, 2];
}
async function load(stream: AsyncIterable<string>) {
  for await (const line of stream) {
    outer: for (;;) {
      break outer;
    }
  }
  await using handle = open();
}
const tuple = [1, 2] as const satisfies readonly number[];
type Mapped = { [K in keyof Env as \`x\${K & string}\`]?: Env[K] };
enum Direction {
  Up = 1,
  Down,
}
declare module "x" {
  export const env: Record<string, string>;
}
namespace A.B {
  export import C = D;
}
const identity = <T,>(value: T): T => value;
let x = a?.b?.[c]?.(d) ?? e;
x ||= y;
x &&= y;
x ??= z;
const big = 10n ** 2n;
const pattern = /(?<year>\\d{4})/u;
block: {
  break block;
}
try {
  run();
} catch {
} finally {
}
function Ctor() {
  if (!new.target) {
  }
}
const url = import.meta.url;
const { a1 = 1, ...rest } = options;
const [first = 0, , third] = list;
settings.env = {};
const view = <Panel env={props.env} token={props.token ?? "none"} {...rest} />;
@Component({ selector: "app" })
class Widget {
  @Input() env = "";
  @Output() private readonly changed = new Emitter<string>();
}
`,
  filename: 'src/kitchen-sink.tsx',
};
