import type { MedusaResponse } from "@medusajs/framework/http"

const HEARTBEAT_MS = 20_000
// How long a browser's EventSource waits before reconnecting after the stream ends.
const RECONNECT_MS = 3_000

export type EventStream = {
  /**
   * `id` becomes the browser's `Last-Event-ID`: an EventSource that reconnects sends it
   * back, so a stream whose events are numbered can resume after the last one received.
   */
  send: (event: string, data: unknown, id?: string | number) => void
  end: () => void
  /** Runs once the client has gone (or the stream was ended). */
  onClose: (cleanUp: () => void) => void
}

/**
 * Turns the response into a Server-Sent Events stream. A comment line every 20 s keeps
 * proxies and load balancers from closing an idle connection; `no-transform` keeps
 * Medusa's optional compression from buffering the events.
 */
export function openEventStream(res: MedusaResponse): EventStream {
  res.writeHead(200, {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache, no-transform",
    Connection: "keep-alive",
    "X-Accel-Buffering": "no",
  })
  res.write(`retry: ${RECONNECT_MS}\n\n`)
  const heartbeat = setInterval(() => res.write(": heartbeat\n\n"), HEARTBEAT_MS)
  // The response's "close", not the request's: a request may close once its body is read.
  res.on("close", () => clearInterval(heartbeat))
  return {
    send: (event, data, id) => {
      res.write(`${id === undefined ? "" : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
    },
    end: () => res.end(),
    onClose: (cleanUp) => res.on("close", cleanUp),
  }
}
