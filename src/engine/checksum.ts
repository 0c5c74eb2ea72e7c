const BASE62_ALPHABET =
  '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

// The CRC-32 (IEEE 802.3) table, built once.
const CRC32_TABLE = createCrc32Table();

function createCrc32Table(): Uint32Array {
  const table = new Uint32Array(256);
  for (let index = 0; index < 256; index++) {
    let value = index;
    for (let bit = 0; bit < 8; bit++) {
      value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    }
    table[index] = value >>> 0;
  }
  return table;
}

/** The CRC-32 of the character codes of `text`, which must be ASCII. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let index = 0; index < text.length; index++) {
    const byte = text.charCodeAt(index) & 0xff;
    crc = (crc >>> 8) ^ (CRC32_TABLE[(crc ^ byte) & 0xff] ?? 0);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** `value` in base 62 (`0-9A-Za-z`), left-padded with `0` to `width`. */
export function toBase62(value: number, width: number): string {
  let rest = value;
  let digits = '';
  do {
    digits = BASE62_ALPHABET.charAt(rest % 62) + digits;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return digits.padStart(width, '0');
}

/**
 * Whether a GitHub-style token (`ghp_…`, `npm_…`) ends with the six base62
 * characters of the CRC-32 of the random part between its prefix and that
 * checksum, as GitHub and npm document for their token formats.
 */
export function hasBase62Crc32Checksum(
  token: string,
  prefixLength: number,
): boolean {
  const random = token.slice(prefixLength, -6);
  if (random === '') {
    return false;
  }
  return toBase62(crc32(random), 6) === token.slice(-6);
}
