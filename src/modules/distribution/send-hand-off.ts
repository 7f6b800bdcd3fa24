import { signHandOff } from "../../distributor-client"

export type SendResult = { acknowledged: boolean; status: number | null; error: string | null; duration_ms: number }

/** One signed POST of an outbound message (hand-off or partner delivery). Any 2xx acknowledges it; everything else, a time-out included, is a failure to retry. */
export async function sendHandOff(input: {
  url: string
  rawBody: string
  secret: string
  keyId?: string
  idempotencyKey: string
  attempt: number
  timeoutMs: number
  now?: Date
}): Promise<SendResult> {
  const started = Date.now()
  const duration = () => Date.now() - started
  try {
    const response = await fetch(input.url, {
      method: "POST",
      headers: signHandOff(input),
      body: input.rawBody,
      signal: AbortSignal.timeout(input.timeoutMs),
      redirect: "manual",
    })
    const acknowledged = response.status >= 200 && response.status < 300
    const error = acknowledged ? null : `HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`
    return { acknowledged, status: response.status, error, duration_ms: duration() }
  } catch (error) {
    // fetch reports refused connections and DNS failures as "fetch failed" with the reason in `cause`.
    const reason = error instanceof Error && "cause" in error && error.cause instanceof Error ? error.cause : error
    const cause = reason instanceof Error ? reason.message : String(reason)
    return { acknowledged: false, status: null, error: cause.slice(0, 300), duration_ms: duration() }
  }
}
