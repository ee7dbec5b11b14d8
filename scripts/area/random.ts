// Every random choice of the area generator comes from a seeded stream per topic, so the output
// is the same on every run and every machine.
import { createRandom, seedFrom, type Random } from '../../core/random/seeded-random';

export { createRandom, seedFrom, type Random };

/** An independent generator for one topic of the data (boundary, cells, enterprises …). */
export function rngFor(topic: string): Random {
  return createRandom(seedFrom(`caohu-area/${topic}`));
}
