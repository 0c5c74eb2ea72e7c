/**
 * Finds which of many literal keywords occur in a string, in one pass.
 *
 * Tokens hold no spaces, so only runs of at least `MIN_GATED_TOKEN_LENGTH`
 * characters between spaces can hold one, which leaves out nearly all
 * prose and short strings.
 * Inside a run, a table indexed by the first two characters of every
 * keyword, and a mask of the third, names the few keywords that can start
 * at a position, and only those are compared. Keywords with a space
 * (`BEGIN RSA PRIVATE KEY`) are looked for with `includes`.
 */
export interface KeywordPrefilter {
  /** The distinct targets whose keywords occur in `text`. */
  findTargets: (text: string) => readonly number[];
}

interface KeywordEntry {
  keyword: string;
  targets: number[];
}

const ALPHABET = 128;

/** The shortest token any keyword gates. */
export const MIN_GATED_TOKEN_LENGTH = 16;

/**
 * Builds the prefilter from `[keyword, target]` pairs. Keywords are
 * case-sensitive printable ASCII of at least two characters; every token
 * they gate is at least `MIN_GATED_TOKEN_LENGTH` characters long.
 */
export function createKeywordPrefilter(
  pairs: readonly (readonly [keyword: string, target: number])[],
): KeywordPrefilter {
  const entries = new Map<string, KeywordEntry>();
  const spaced: KeywordEntry[] = [];
  let targetCount = 0;
  for (const [keyword, target] of pairs) {
    assertKeyword(keyword);
    let entry = entries.get(keyword);
    if (!entry) {
      entry = { keyword, targets: [] };
      entries.set(keyword, entry);
      if (keyword.includes(' ')) {
        spaced.push(entry);
      }
    }
    entry.targets.push(target);
    targetCount = Math.max(targetCount, target + 1);
  }

  // `BEGIN RSA PRIVATE KEY` and its kin share `BEGIN `: one look for all.
  const spacedGroups: { firstWord: string; entries: KeywordEntry[] }[] = [];
  for (const entry of spaced) {
    const firstWord = entry.keyword.slice(0, entry.keyword.indexOf(' ') + 1);
    const group = spacedGroups.find(
      candidate => candidate.firstWord === firstWord,
    );
    if (group) {
      group.entries.push(entry);
    } else {
      spacedGroups.push({ firstWord, entries: [entry] });
    }
  }

  const table = createTable(
    [...entries.values()].filter(entry => !spaced.includes(entry)),
  );

  // Marks targets found in the current call without clearing an array
  // each time: a target is found when its stamp equals the call's.
  const stamps = new Uint32Array(targetCount);
  let generation = 0;
  let found: number[] = NONE;

  // One function for the whole life of the prefilter, not one per call.
  const addTargets = (entry: KeywordEntry): void => {
    for (const target of entry.targets) {
      if (stamps[target] !== generation) {
        stamps[target] = generation;
        found = found === NONE ? [target] : [...found, target];
      }
    }
  };

  const findTargets = (text: string): readonly number[] => {
    generation = generation === 0xffffffff ? 1 : generation + 1;
    if (generation === 1) {
      stamps.fill(0);
    }
    found = NONE;

    if (text.length < MIN_GATED_TOKEN_LENGTH) {
      return found;
    }

    for (const group of spacedGroups) {
      if (!text.includes(group.firstWord)) {
        continue;
      }
      for (const entry of group.entries) {
        if (text.includes(entry.keyword)) {
          addTargets(entry);
        }
      }
    }

    // Runs between spaces; `indexOf` skips prose faster than a loop. A
    // run may still hold other blanks, which only costs a longer scan.
    for (let start = 0; start < text.length;) {
      let end = text.indexOf(' ', start);
      if (end === -1) {
        end = text.length;
      }
      if (end - start >= MIN_GATED_TOKEN_LENGTH) {
        table.scan(text, start, end, addTargets);
      }
      start = end + 1;
    }
    return found;
  };

  return { findTargets };
}

// The shared answer when no keyword occurs, which is nearly always.
const NONE: number[] = [];

interface KeywordTable {
  scan: (
    text: string,
    start: number,
    end: number,
    onKeyword: (entry: KeywordEntry) => void,
  ) => void;
}

// `buckets[slots[a * 128 + b] - 1]` lists the keywords that start with the
// characters `a` and `b`; a slot of 0 means none do. Four words per bucket
// then mask the third characters those keywords go on with, so that
// common pairs (`re`, `st`) rarely lead to a comparison.
function createTable(entries: readonly KeywordEntry[]): KeywordTable {
  const slots = new Int32Array(ALPHABET * ALPHABET);
  const buckets: KeywordEntry[][] = [];
  const thirdCharMasks: number[] = [];
  for (const entry of entries) {
    const key =
      entry.keyword.charCodeAt(0) * ALPHABET + entry.keyword.charCodeAt(1);
    let slot = slots[key] ?? 0;
    if (slot === 0) {
      buckets.push([]);
      thirdCharMasks.push(0, 0, 0, 0);
      slot = buckets.length;
      slots[key] = slot;
    }
    buckets[slot - 1]?.push(entry);
    markThirdChar(thirdCharMasks, slot - 1, entry.keyword);
  }
  const masks = Uint32Array.from(thirdCharMasks);

  const scan: KeywordTable['scan'] = (text, start, end, onKeyword) => {
    let next = text.charCodeAt(start);
    for (let index = start; index < end - 1; index++) {
      const first = next;
      next = text.charCodeAt(index + 1);
      if (first >= ALPHABET || next >= ALPHABET) {
        continue;
      }

      const slot = slots[first * ALPHABET + next] ?? 0;
      if (slot === 0) {
        continue;
      }

      const third = index + 2 < end ? text.charCodeAt(index + 2) : 0;
      const mask =
        third < ALPHABET ? (masks[(slot - 1) * 4 + (third >> 5)] ?? 0) : 0;
      if ((mask & (1 << (third & 31))) === 0) {
        continue;
      }

      for (const entry of buckets[slot - 1] ?? []) {
        if (text.startsWith(entry.keyword, index)) {
          onKeyword(entry);
        }
      }
    }
  };
  return { scan };
}

// A two-character keyword goes on with anything: it sets every bit,
// including that of code 0, which stands for the end of the run.
function markThirdChar(masks: number[], bucket: number, keyword: string): void {
  for (let word = 0; word < 4; word++) {
    const index = bucket * 4 + word;
    if (keyword.length === 2) {
      masks[index] = 0xffffffff;
      continue;
    }
    const third = keyword.charCodeAt(2);
    if (third >> 5 === word) {
      masks[index] = ((masks[index] ?? 0) | (1 << (third & 31))) >>> 0;
    }
  }
}

function assertKeyword(keyword: string): void {
  // Control characters and non-ASCII cannot be indexed by the table.
  if (keyword.length < 2 || !/^[\u0020-\u007e]+$/u.test(keyword)) {
    throw new Error(
      `Prefilter keywords must be printable ASCII of two or more characters; found ${JSON.stringify(keyword)}.`,
    );
  }
}
