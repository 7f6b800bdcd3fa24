import type { NextRequest } from "next/server"

import { cartHeaders } from "@lib/data/access"
import { relayEventStream } from "@lib/util/event-stream-relay"

export const dynamic = "force-dynamic"

/** Relays Medusa's live stock stream to the browser (see relayEventStream for why). */
export async function GET(request: NextRequest) {
  const variantIds = request.nextUrl.searchParams.get("variant_ids") ?? ""
  return relayEventStream(
    request,
    `/store/federated-stock/stream?variant_ids=${encodeURIComponent(variantIds)}`,
    // Counts of products the cart unlocked are left out for anyone else.
    await cartHeaders()
  )
}
