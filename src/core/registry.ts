/**
 * A registry: a closed, typed table of entries keyed by id (standards,
 * indicators, critical errors, seed documents). Ids arrive from outside
 * (story tags, saves, links), so membership is an own-property check:
 * "constructor" or "__proto__" must never count as a registered id.
 */
export interface Registry<E extends Readonly<Record<string, unknown>>> {
  /** The entries as written (typed per id). */
  readonly entries: E;
  /** Every id, in the order the entries were written. */
  readonly ids: readonly (keyof E & string)[];
  /** True if `id` names an entry (own properties only). */
  has(id: string): id is keyof E & string;
  /** The entry of a registered id. */
  get<K extends keyof E & string>(id: K): E[K];
  /** The entry of an id read from outside, or undefined if it is not registered. */
  find(id: string): E[keyof E] | undefined;
}

/**
 * Define a registry from its entries. Write the entries `as const satisfies
 * Record<string, Entry>` to keep literal ids as the key type.
 */
export function defineRegistry<const E extends Readonly<Record<string, unknown>>>(entries: E): Registry<E> {
  const ids = Object.freeze(Object.keys(entries)) as readonly (keyof E & string)[];
  const has = (id: string): id is keyof E & string => Object.prototype.hasOwnProperty.call(entries, id);
  const get = <K extends keyof E & string>(id: K): E[K] => entries[id];
  const find = (id: string): E[keyof E] | undefined => (has(id) ? get(id) : undefined);
  return { entries, ids, has, get, find };
}
