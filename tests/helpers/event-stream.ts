/** One Server-Sent Event as a client sees it, with when it arrived. */
export type ReceivedEvent = { event: string; data: any; received_at: number }

function parseEvent(block: string): Omit<ReceivedEvent, "received_at"> | null {
  let event = "message"
  const data: string[] = []
  for (const line of block.split("\n")) {
    if (line.startsWith("event:")) event = line.slice(6).trim()
    else if (line.startsWith("data:")) data.push(line.slice(5).trimStart())
  }
  // Comment-only blocks (heartbeats) and `retry:` blocks carry no event.
  return data.length ? { event, data: JSON.parse(data.join("\n")) } : null
}

/**
 * Reads a text/event-stream response as a browser would: `next()` resolves with the next
 * event, or rejects when none arrives in time. `close()` hangs up, like leaving the page.
 */
export async function openEventStream(url: string, headers: Record<string, string>) {
  const hangUp = new AbortController()
  const response = await fetch(url, { headers, signal: hangUp.signal })
  const received: ReceivedEvent[] = []
  let wake: (() => void) | undefined
  let buffer = ""
  const decoder = new TextDecoder()
  const reading = (async () => {
    const reader = response.body!.getReader()
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buffer += decoder.decode(chunk.value, { stream: true })
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const parsed = parseEvent(buffer.slice(0, end))
        buffer = buffer.slice(end + 2)
        if (parsed) {
          received.push({ ...parsed, received_at: Date.now() })
          wake?.()
        }
      }
    }
  })().catch(() => undefined)

  return {
    response,
    async next(timeoutMs = 5_000): Promise<ReceivedEvent> {
      const giveUpAt = Date.now() + timeoutMs
      while (!received.length) {
        const left = giveUpAt - Date.now()
        if (left <= 0) {
          throw new Error(`no event within ${timeoutMs} ms`)
        }
        await new Promise<void>((resolve) => {
          wake = resolve
          setTimeout(resolve, left)
        })
      }
      return received.shift()!
    },
    async close() {
      hangUp.abort()
      await reading
    },
  }
}
