/**
 * Ratcliff/Obershelp pattern matching as Python's `difflib.SequenceMatcher` does it without
 * a junk heuristic (`isjunk=None, autojunk=False`), on code points.
 */

/** A pair of ranges, [aLow, aHigh) of a and [bLow, bHigh) of b, still to be matched. */
type Ranges = [aLow: number, aHigh: number, bLow: number, bHigh: number];

/** `SequenceMatcher(None, a, b, autojunk=False).ratio()`: 2M / (|a| + |b|). */
export function similarity(a: string, b: string): number {
  const first = Array.from(a);
  const second = Array.from(b);
  const length = first.length + second.length;
  if (length === 0) return 1;
  return (2 * matchingCharacters(first, second)) / length;
}

/**
 * M: the characters in the matching blocks. The longest common block is found first, then
 * the same is done on the parts left of it and right of it, until no block remains.
 */
export function matchingCharacters(a: readonly string[], b: readonly string[]): number {
  const positions = positionsInB(b);
  const pending: Ranges[] = [[0, a.length, 0, b.length]];
  let matched = 0;

  for (let ranges = pending.pop(); ranges !== undefined; ranges = pending.pop()) {
    const [aLow, aHigh, bLow, bHigh] = ranges;
    const [i, j, size] = longestMatch(a, positions, ranges);
    if (size === 0) continue;

    matched += size;
    if (aLow < i && bLow < j) pending.push([aLow, i, bLow, j]);
    if (i + size < aHigh && j + size < bHigh) pending.push([i + size, aHigh, j + size, bHigh]);
  }
  return matched;
}

/**
 * The longest block a[i, i+size) = b[j, j+size) within the ranges; of several equally long,
 * the one earliest in a, then earliest in b (difflib's `find_longest_match`).
 */
function longestMatch(
  a: readonly string[],
  positions: Map<string, number[]>,
  [aLow, aHigh, bLow, bHigh]: Ranges,
): [number, number, number] {
  let best: [number, number, number] = [aLow, bLow, 0];
  // Lengths of the blocks that end at a[i - 1] and b[j], by j.
  let endingAt = new Map<number, number>();

  for (let i = aLow; i < aHigh; i += 1) {
    const next = new Map<number, number>();
    for (const j of positions.get(a[i] as string) ?? []) {
      if (j < bLow) continue;
      if (j >= bHigh) break;
      const size = (endingAt.get(j - 1) ?? 0) + 1;
      next.set(j, size);
      if (size > best[2]) best = [i - size + 1, j - size + 1, size];
    }
    endingAt = next;
  }
  return best;
}

/** Where each character occurs in b, ascending. */
function positionsInB(b: readonly string[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  b.forEach((character, index) => {
    const list = positions.get(character);
    if (list === undefined) positions.set(character, [index]);
    else list.push(index);
  });
  return positions;
}
