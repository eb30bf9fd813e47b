/** A source of numbers in [0, 1), like Math.random; injectable so tests can replay a sample exactly. */
export type Random = () => number;

/** Web Crypto rather than Math.random: available in Node, Electron and browsers alike, and not guessable. */
export const cryptoRandom: Random = () => globalThis.crypto.getRandomValues(new Uint32Array(1))[0] / 2 ** 32;

/** Mulberry32: tiny, fast and good enough to make test samples repeatable; never for secrets. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** An integer from min to max, both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function randomHex(random: Random, length: number): string {
  let hex = '';
  for (let i = 0; i < length; i++) hex += Math.floor(random() * 16).toString(16);
  return hex;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}
