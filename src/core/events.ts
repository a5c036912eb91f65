/**
 * A tiny typed event emitter (after mitt): event names and payloads are
 * declared once as a type, so a misspelt event or a wrong payload is a
 * compile error rather than a silent no-op.
 */
export type Handler<T> = (payload: T) => void;

export class Emitter<Events extends Record<string, unknown>> {
  private readonly handlers = new Map<keyof Events, Set<Handler<never>>>();

  /** Subscribe to `type`; returns a function that unsubscribes. */
  on<K extends keyof Events>(type: K, handler: Handler<Events[K]>): () => void {
    let set = this.handlers.get(type);
    if (!set) this.handlers.set(type, (set = new Set()));
    set.add(handler as Handler<never>);
    return () => this.off(type, handler);
  }

  /** Unsubscribe a handler added with `on`. */
  off<K extends keyof Events>(type: K, handler: Handler<Events[K]>): void {
    this.handlers.get(type)?.delete(handler as Handler<never>);
  }

  /** Call every handler of `type` with `payload`, in subscription order. */
  emit<K extends keyof Events>(type: K, payload: Events[K]): void {
    const set = this.handlers.get(type);
    if (!set) return;
    for (const h of [...set]) (h as Handler<Events[K]>)(payload);
  }

  /** Remove every handler (used when a scene or session is torn down). */
  clear(): void {
    this.handlers.clear();
  }
}
