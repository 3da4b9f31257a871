/**
 * Document numbers for the index: postings hold numbers (3 bytes), not message ids. A number is
 * never reused, so a message that moved to a new id gets a new number and the old one is dead.
 */
export class DocTable {
  readonly ids: string[] = [];
  /** Message dates (ms), the tie-break between equal scores: newer first. */
  readonly dates: number[] = [];
  readonly #docOf = new Map<string, number>();
  /** Expunged, or gone from the store (moved to a new id): matched but never answered. */
  readonly #dead = new Set<number>();

  get size(): number {
    return this.ids.length;
  }

  docOf(id: string): number | undefined {
    return this.#docOf.get(id);
  }

  add(id: string, date: number): number {
    const doc = this.ids.length;
    this.ids.push(id);
    this.dates.push(date);
    this.#docOf.set(id, doc);
    return doc;
  }

  kill(doc: number): void {
    this.#dead.add(doc);
  }

  readonly alive = (doc: number): boolean => !this.#dead.has(doc);
}
