import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { Broadcast, Listener } from "../../lib/broadcast"
import DeliveryUpdate, { DeliveryKind } from "./models/delivery-update"

export type DeliveryRelayOptions = {
  /** With it, new updates reach streams on every instance through Redis pub/sub; without, this process only. */
  redisUrl?: string
  channel?: string
}

export const DEFAULT_DELIVERY_RELAY_CHANNEL = "federated_cart:delivery_relay"

/** Most updates one read of the feed returns. */
export const MAX_FEED_PAGE = 100

export type NewDeliveryUpdate = {
  order_group_id: string
  cart_id: string
  order_id: string
  federated_store_id: string | null
  fulfillment_id: string
  kind: DeliveryKind
  happened_at: Date
}

export type RecordedDeliveryUpdate = NewDeliveryUpdate & { id: string; cursor: number }

/** "This cart has updates up to `cursor`": streams read the updates themselves from the table. */
export type DeliveryNotice = { cart_id: string; cursor: number }

type Logger = { warn(message: string): void }

// Any constant shared by every writer: pg_advisory_xact_lock takes a 64-bit key.
const RECORD_LOCK_KEY = 0x64_6c_76_75 // "dlvu"

class DeliveryRelayModuleService extends MedusaService({ DeliveryUpdate }) {
  private readonly notices: Broadcast<DeliveryNotice>

  constructor(container: { logger?: Logger }, options: DeliveryRelayOptions = {}, ...moduleArgs: unknown[]) {
    super(container, options, ...moduleArgs)
    this.notices = new Broadcast<DeliveryNotice>("delivery-relay", {
      redisUrl: options.redisUrl,
      channel: options.channel ?? DEFAULT_DELIVERY_RELAY_CHANNEL,
      logger: container.logger ?? console,
    })
  }

  /**
   * Records, in the order given, the updates not recorded yet and returns those it
   * recorded (a redelivered event returns none). Writers first take one transaction-wide
   * lock, so cursors are drawn in commit order: whoever has read cursor N can never later
   * find a committed update below N, and a feed resuming after N skips nothing. Updates
   * are a few per fulfillment, so serialising their writes costs nothing that matters.
   */
  @InjectTransactionManager()
  async recordDeliveryUpdates(
    updates: NewDeliveryUpdate[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedDeliveryUpdate[]> {
    if (!updates.length) {
      return []
    }
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(`SELECT pg_advisory_xact_lock(?)`, [RECORD_LOCK_KEY])
    const recorded: RecordedDeliveryUpdate[] = []
    for (const update of updates) {
      const rows: RecordedDeliveryUpdate[] = await manager.execute(
        `INSERT INTO delivery_update
           (id, order_group_id, cart_id, order_id, federated_store_id, fulfillment_id, kind, happened_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (fulfillment_id, kind) WHERE deleted_at IS NULL DO NOTHING
         RETURNING id, "cursor", order_group_id, cart_id, order_id, federated_store_id, fulfillment_id, kind, happened_at`,
        [
          generateEntityId(undefined, "dlvu"),
          update.order_group_id,
          update.cart_id,
          update.order_id,
          update.federated_store_id,
          update.fulfillment_id,
          update.kind,
          update.happened_at,
        ]
      )
      recorded.push(...rows.map((row) => ({ ...row, cursor: Number(row.cursor) })))
    }
    return recorded
  }

  /** A cart's updates after a cursor, oldest first, at most `limit` of them. */
  @InjectManager()
  async listCartUpdatesAfter(
    cartId: string,
    { after = 0, limit = MAX_FEED_PAGE }: { after?: number; limit?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedDeliveryUpdate[]> {
    const updates = await this.listDeliveryUpdates(
      { cart_id: cartId, cursor: { $gt: after } },
      { order: { cursor: "ASC" }, take: limit },
      sharedContext
    )
    return updates.map((update) => ({ ...update, cursor: Number(update.cursor) }))
  }

  /** Tells the streams of every instance that a cart has new updates. */
  async announce(notice: DeliveryNotice) {
    await this.notices.publish(notice)
  }

  /** Calls `listener` for every notice announced from any instance; returns the unsubscribe. */
  listen(listener: Listener<DeliveryNotice>): () => void {
    return this.notices.subscribe(listener)
  }

  __hooks = {
    onApplicationShutdown: async () => {
      await this.notices.close()
    },
  }
}

export default DeliveryRelayModuleService
