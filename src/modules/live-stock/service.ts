import { RedisRelay } from "./redis-relay"

export type LiveStockOptions = {
  /** With it, changes reach every instance through Redis pub/sub; without, this process only. */
  redisUrl?: string
  channel?: string
}

/** The inventory items whose free units may have changed. */
export type StockChange = { inventory_item_ids: string[] }

export type StockListener = (change: StockChange) => void

type Logger = { warn(message: string): void }

export const DEFAULT_LIVE_STOCK_CHANNEL = "federated_cart:live_stock"

/**
 * Fans stock changes out to the shoppers watching counts on every server instance.
 * Medusa's Redis event bus hands an event to one instance only, so the subscriber that
 * hears a ticket change broadcasts it here. Listeners live in this process; with Redis,
 * a broadcast goes out and comes back to every instance through one subscriber
 * connection each, however many shoppers watch. No tables, so no MedusaService.
 */
export default class LiveStockModuleService {
  private readonly listeners = new Set<StockListener>()
  private readonly relay?: RedisRelay
  private readonly logger: Logger

  constructor({ logger }: { logger?: Logger }, options: LiveStockOptions = {}) {
    this.logger = logger ?? console
    if (options.redisUrl) {
      this.relay = new RedisRelay(
        options.redisUrl,
        options.channel ?? DEFAULT_LIVE_STOCK_CHANNEL,
        (change) => this.deliver(change),
        this.logger
      )
    }
  }

  async broadcast(change: StockChange) {
    if (!change.inventory_item_ids.length) {
      return
    }
    if (this.relay) {
      await this.relay.publish(change)
    } else {
      this.deliver(change)
    }
  }

  /** Calls `listener` for every change broadcast from any instance; returns the unsubscribe. */
  subscribe(listener: StockListener): () => void {
    this.relay?.listen()
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  /** How many listeners (open streams) this instance serves. */
  listenerCount() {
    return this.listeners.size
  }

  // One failing stream must not keep the change from the others.
  private deliver(change: StockChange) {
    for (const listener of [...this.listeners]) {
      try {
        listener(change)
      } catch (error) {
        this.logger.warn(`live-stock: a listener failed: ${(error as Error).message}`)
      }
    }
  }

  __hooks = {
    onApplicationShutdown: async () => {
      await this.relay?.close()
    },
  }
}
