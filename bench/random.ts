export const DIGITS = '0123456789';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const HEX = '0123456789abcdef';
export const ALPHANUMERIC = `${DIGITS}${UPPER}${LOWER}`;
export const BASE64 = `${ALPHANUMERIC}+/`;
export const BASE64URL = `${ALPHANUMERIC}-_`;

/** A seeded source of pseudo-random values, so that every run is alike. */
export interface Random {
  /** A float in `[0, 1)`. */
  next: () => number;
  /** An integer in `[0, bound)`. */
  integer: (bound: number) => number;
  /** `length` characters drawn from `alphabet`. */
  string: (alphabet: string, length: number) => string;
  pick: <T>(items: readonly T[]) => T;
}

/** A small, fast generator (mulberry32); not for cryptography. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d_2b_79_f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
  const integer = (bound: number): number => Math.floor(next() * bound);

  return {
    next,
    integer,
    string: (alphabet, length) => {
      let text = '';
      for (let index = 0; index < length; index++) {
        text += alphabet.charAt(integer(alphabet.length));
      }
      return text;
    },
    pick: items => {
      const item = items[integer(items.length)];
      if (item === undefined) {
        throw new Error('cannot pick from an empty list');
      }
      return item;
    },
  };
}
