/**
 * `Equals<A, B>` is true only when A and B are mutually assignable and identical in modifiers;
 * used to pin a zod schema to a hand-written interface so neither can drift alone.
 */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Fails to compile unless its argument is `true`. */
export function assertType<T extends true>(_proof?: T): void {}
