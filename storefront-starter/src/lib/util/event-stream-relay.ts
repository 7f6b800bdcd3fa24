import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "@lib/config"

/**
 * Relays one of Medusa's Server-Sent Events streams to the browser. Medusa's /store
 * routes need the `x-publishable-api-key` header, which a browser's EventSource cannot
 * send; relaying through a route of this app (rather than reading the stream with fetch
 * in the browser) keeps the backend address and any cart id server-side as everywhere
 * else in this starter, and lets the page use the browser's own EventSource with its
 * built-in reconnection. The cost is one open connection per watching page on this
 * server, closed when the page goes.
 */
export async function relayEventStream(request: Request, path: string, headers: Record<string, string> = {}): Promise<Response> {
  // A reconnecting EventSource names the last event it received; the stream resumes after it.
  const lastEventId = request.headers.get("last-event-id")
  const upstream = await fetch(`${MEDUSA_BACKEND_URL}${path}`, {
    headers: {
      accept: "text/event-stream",
      "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY ?? "",
      ...(lastEventId ? { "last-event-id": lastEventId } : {}),
      ...headers,
    },
    // Hanging up on Medusa when the page goes away.
    signal: request.signal,
    cache: "no-store",
  }).catch(() => null)

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
