import { Broadcast, Listener } from "../../lib/broadcast"

export type LiveStockOptions = {
  /** With it, changes reach every instance through Redis pub/sub; without, this process only. */
  redisUrl?: string
  channel?: string
}

/** The inventory items whose free units may have changed. */
export type StockChange = { inventory_item_ids: string[] }

export type StockListener = Listener<StockChange>

type Logger = { warn(message: string): void }

export const DEFAULT_LIVE_STOCK_CHANNEL = "federated_cart:live_stock"

/**
 * Fans stock changes out to the shoppers watching counts on every server instance: the
 * subscriber that hears a ticket change broadcasts it here (see src/lib/broadcast.ts for
 * why the event bus alone does not reach them). No tables, so no MedusaService.
 */
export default class LiveStockModuleService {
  private readonly changes: Broadcast<StockChange>

  constructor({ logger }: { logger?: Logger }, options: LiveStockOptions = {}) {
    this.changes = new Broadcast<StockChange>("live-stock", {
      redisUrl: options.redisUrl,
      channel: options.channel ?? DEFAULT_LIVE_STOCK_CHANNEL,
      logger: logger ?? console,
    })
  }

  async broadcast(change: StockChange) {
    if (change.inventory_item_ids.length) {
      await this.changes.publish(change)
    }
  }

  /** Calls `listener` for every change broadcast from any instance; returns the unsubscribe. */
  subscribe(listener: StockListener): () => void {
    return this.changes.subscribe(listener)
  }

  /** How many listeners (open streams) this instance serves. */
  listenerCount() {
    return this.changes.listenerCount()
  }

  __hooks = {
    onApplicationShutdown: async () => {
      await this.changes.close()
    },
  }
}
