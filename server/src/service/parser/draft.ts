/**
 * The model (model.ts) is readonly for everything that reads it: no rule, fix or feature can
 * change what the parser found. The parser alone assembles it step by step (a date's role is
 * known only once the period and the 落款 are found, a row's statutory place only once the whole
 * table is read), and does so on drafts: the same shapes, writable one level down.
 */

/** An array type made writable (`readonly T[]` becomes `T[]`); any other type unchanged. */
type WritableArray<A> = A extends readonly (infer E)[] ? E[] : A;

/**
 * A model object while the parser builds it: its own properties writable, and its array
 * properties writable arrays. One level only: the objects it holds stay as readonly as the model's
 * (a draft that must change those holds drafts of them, e.g. `Draft<Part>[]`). A draft is assignable
 * to the readonly type it drafts, so the parser returns it as is: no copy, no cast.
 */
export type Draft<T> = { -readonly [K in keyof T]: WritableArray<T[K]> };
