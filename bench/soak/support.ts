// Small helpers every part of the soak shares.
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SAMPLES_DIR = join(ROOT, 'public', 'samples');
export const MB = 1024 * 1024;
export const round = (value: number, digits = 1) => Number(value.toFixed(digits));
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small seeded generator (mulberry32), so every run speaks the same script. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
