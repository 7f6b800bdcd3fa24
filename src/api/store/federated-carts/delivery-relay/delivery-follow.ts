import type { MedusaContainer } from "@medusajs/framework/types"
import { SerialRun } from "../../../../lib/serial-run"
import { DELIVERY_RELAY_MODULE } from "../../../../modules/delivery-relay"
import type DeliveryRelayModuleService from "../../../../modules/delivery-relay/service"
import type { DeliveryNotice } from "../../../../modules/delivery-relay/service"
import { DeliveryUpdateView, readDeliveryFeed } from "./delivery-feed"

const PAGE = 100

export type DeliveryFollower = {
  push: (update: DeliveryUpdateView) => void
  /** Everything up to `cursor` has been pushed; sent once, after the replay. */
  caughtUp: (cursor: number) => void
  /** A read failed: the stream can no longer promise to be complete. */
  fail: (error: Error) => void
}

/**
 * Follows one cart's delivery updates for a stream: listens for notices first, then
 * replays every update after the cursor the client already has, then reads again
 * whenever a notice says the cart has updates past what was pushed. Reads never overlap
 * and always start after the last pushed cursor, so updates go out once each, in cursor
 * order, whatever order notices arrive in and however many come during a read.
 */
export class DeliveryFollow {
  private pushed: number
  private greeted = false
  private closed = false
  private readonly reads: SerialRun
  private readonly unsubscribe: () => void

  constructor(
    private readonly scope: MedusaContainer,
    private readonly cartId: string,
    after: number,
    private readonly follower: DeliveryFollower
  ) {
    this.pushed = after
    this.reads = new SerialRun(
      () => this.readPending(),
      (error) => {
        this.close()
        this.follower.fail(error)
      }
    )
    const relay: DeliveryRelayModuleService = scope.resolve(DELIVERY_RELAY_MODULE)
    this.unsubscribe = relay.listen((notice) => this.onNotice(notice))
    this.reads.request()
  }

  close() {
    this.closed = true
    this.reads.stop()
    this.unsubscribe()
  }

  private onNotice({ cart_id, cursor }: DeliveryNotice) {
    if (cart_id === this.cartId && cursor > this.pushed) {
      this.reads.request()
    }
  }

  // Reads pages until the feed has nothing more after the last pushed cursor.
  private async readPending() {
    for (let more = true; more;) {
      const page = await readDeliveryFeed(this.scope, this.cartId, { after: this.pushed, limit: PAGE })
      if (this.closed) {
        return
      }
      for (const update of page.deliveries) {
        this.follower.push(update)
      }
      this.pushed = page.next_cursor
      more = page.has_more
    }
    if (!this.greeted) {
      this.greeted = true
      this.follower.caughtUp(this.pushed)
    }
  }
}
