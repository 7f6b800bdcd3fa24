/**
 * The wire contract of an outbound message — a distributor hand-off or an immediate
 * partner delivery — and what a recipient runs to check one. Standalone on purpose
 * (node:crypto only), so a distributor or partner can copy this file.
 *
 * Each message is `POST <distributor_url | partner delivery_url>` with a JSON body (one
 * store's order, or one fulfillment's lines for a partner account) and:
 * - `x-federated-cart-timestamp`: Unix seconds when this attempt was signed;
 * - `x-federated-cart-signature`: `v1=` + hex HMAC-SHA256 of `<timestamp>.<raw body>`
 *   under the store's distributor secret;
 * - `idempotency-key`: the same for every attempt of one hand-off: apply each key once;
 * - `x-federated-cart-attempt`: 1, 2, … (informational);
 * - `x-federated-cart-key-id` (partner deliveries only): the id of the partner key that
 *   signed it, so a partner rotating its secret knows which one to check with.
 * Answer 2xx once the order is stored (or was already applied); anything else is retried.
 */
import { createHmac, timingSafeEqual } from "node:crypto"

export const HAND_OFF_HEADERS = {
  timestamp: "x-federated-cart-timestamp",
  signature: "x-federated-cart-signature",
  idempotencyKey: "idempotency-key",
  attempt: "x-federated-cart-attempt",
  keyId: "x-federated-cart-key-id",
} as const

/** How far a hand-off's timestamp may be from the receiver's clock. */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60

export const handOffSignature = (timestamp: number | string, rawBody: string, secret: string) =>
  `v1=${createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex")}`

/** The headers that go with one attempt of a hand-off. */
export function signHandOff({
  rawBody,
  secret,
  idempotencyKey,
  attempt,
  keyId,
  now = new Date(),
}: {
  rawBody: string
  secret: string
  idempotencyKey: string
  attempt: number
  keyId?: string
  now?: Date
}): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000)
  return {
    "content-type": "application/json",
    [HAND_OFF_HEADERS.timestamp]: String(timestamp),
    [HAND_OFF_HEADERS.signature]: handOffSignature(timestamp, rawBody, secret),
    [HAND_OFF_HEADERS.idempotencyKey]: idempotencyKey,
    [HAND_OFF_HEADERS.attempt]: String(attempt),
    ...(keyId ? { [HAND_OFF_HEADERS.keyId]: keyId } : {}),
  }
}

export type HandOffVerdict =
  | { ok: true; idempotencyKey: string; body: unknown }
  | { ok: false; reason: "missing headers" | "stale timestamp" | "bad signature" | "bad body" }

type Headers = Record<string, string | string[] | undefined>

const header = (headers: Headers, name: string) => {
  const value = headers[name] ?? headers[name.toLowerCase()]
  return Array.isArray(value) ? value[0] : value
}

/**
 * Checks a received hand-off. `rawBody` must be the bytes as received (before any JSON
 * parsing): the signature covers them exactly. Refuses timestamps further than
 * `toleranceSeconds` from `now`, so a captured request cannot be replayed later; within the
 * window, the idempotency key makes a replay harmless.
 */
export function verifyHandOff({
  headers,
  rawBody,
  secret,
  now = new Date(),
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
}: {
  headers: Headers
  rawBody: string
  secret: string
  now?: Date
  toleranceSeconds?: number
}): HandOffVerdict {
  const timestamp = header(headers, HAND_OFF_HEADERS.timestamp)
  const signature = header(headers, HAND_OFF_HEADERS.signature)
  const idempotencyKey = header(headers, HAND_OFF_HEADERS.idempotencyKey)
  if (!timestamp || !signature || !idempotencyKey || !/^\d+$/.test(timestamp)) {
    return { ok: false, reason: "missing headers" }
  }
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > toleranceSeconds) {
    return { ok: false, reason: "stale timestamp" }
  }
  const expected = Buffer.from(handOffSignature(timestamp, rawBody, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: "bad signature" }
  }
  try {
    return { ok: true, idempotencyKey, body: JSON.parse(rawBody) }
  } catch {
    return { ok: false, reason: "bad body" }
  }
}
