import type { NextRequest } from "next/server"

import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "@lib/config"
import { cartHeaders } from "@lib/data/access"

export const dynamic = "force-dynamic"

/**
 * Relays Medusa's live stock stream to the browser. Medusa's /store routes need the
 * `x-publishable-api-key` header, which a browser's EventSource cannot send; relaying
 * through this route (rather than reading the stream with fetch in the browser) keeps
 * the backend address server-side as everywhere else in this starter, and lets the page
 * use the browser's own EventSource with its built-in reconnection. The cost is one
 * open connection per watching page on this server, closed when the page goes.
 */
export async function GET(request: NextRequest) {
  const variantIds = request.nextUrl.searchParams.get("variant_ids") ?? ""
  const upstream = await fetch(
    `${MEDUSA_BACKEND_URL}/store/federated-stock/stream?variant_ids=${encodeURIComponent(variantIds)}`,
    {
      headers: {
        accept: "text/event-stream",
        "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY ?? "",
        // Counts of products the cart unlocked are left out for anyone else.
        ...(await cartHeaders()),
      },
      // Hanging up on Medusa when the page goes away.
      signal: request.signal,
      cache: "no-store",
    }
  ).catch(() => null)

  // Any answer but a stream ends the EventSource for good: the page then polls.
  if (!upstream?.ok || !upstream.body) {
    return new Response(null, { status: upstream && upstream.status >= 400 ? upstream.status : 502 })
  }
  return new Response(upstream.body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: Next's compression would otherwise hold events back.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  })
}
