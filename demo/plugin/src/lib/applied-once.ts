/**
 * What a demo receiver (distributor or partner, inside this server) has applied, by
 * idempotency key: the first delivery of a key is applied, later ones only counted. In
 * memory on purpose: a stand-in for the recipient's own database, so it forgets everything
 * when the server restarts (a real recipient keeps its keys in a table with a unique index).
 */
export function appliedOnceLog<T extends object>() {
  type Entry = T & { idempotency_key: string; first_received_at: string; deliveries: number }
  const applied = new Map<string, Entry>()
  return {
    /** Applies `record()` under `idempotencyKey` once; a later delivery of the key only counts. */
    apply(idempotencyKey: string, record: () => T) {
      const known = applied.get(idempotencyKey)
      if (known) {
        known.deliveries += 1
        return { applied: false, record: known }
      }
      const entry = {
        ...record(),
        idempotency_key: idempotencyKey,
        first_received_at: new Date().toISOString(),
        deliveries: 1,
      } as Entry
      applied.set(idempotencyKey, entry)
      return { applied: true, record: entry }
    },
    list: (keep: (entry: Entry) => boolean) => [...applied.values()].filter(keep),
  }
}
