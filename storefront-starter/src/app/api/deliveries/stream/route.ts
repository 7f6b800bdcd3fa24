import type { NextRequest } from "next/server"

import { getDeliveriesCartId } from "@lib/data/deliveries"
import { relayEventStream } from "@lib/util/event-stream-relay"

export const dynamic = "force-dynamic"

/**
 * Relays the shopper's delivery updates from Medusa. The cart id (the shopper's key to
 * them) comes from the cookie, never from the page. `after` is the cursor the page was
 * rendered at; a reconnecting browser's Last-Event-ID takes over from it.
 */
export async function GET(request: NextRequest) {
  const cartId = await getDeliveriesCartId()
  if (!cartId) {
    return new Response(null, { status: 404 })
  }
  const after = Number(request.nextUrl.searchParams.get("after") ?? 0)
  const query = Number.isInteger(after) && after > 0 ? `?after=${after}` : ""
  return relayEventStream(request, `/store/federated-carts/${encodeURIComponent(cartId)}/deliveries/stream${query}`)
}
