import { createHmac } from "node:crypto"
import { HAND_OFF_HEADERS, signHandOff, verifyHandOff } from "../../src/distributor-client"

const now = new Date("2026-11-22T12:00:00Z")
const rawBody = JSON.stringify({ order: { id: "order_1", display_id: 4 }, order_group_id: "ogrp_1" })
const headers = (extra: Partial<Parameters<typeof signHandOff>[0]> = {}) =>
  signHandOff({ rawBody, secret: "s3cret", idempotencyKey: "hand-off:order_1", attempt: 2, now, ...extra })

describe("a distributor hand-off signature", () => {
  it("is HMAC-SHA256 over `timestamp.body` with the store's secret, which the shipped verifier accepts", () => {
    const signed = headers()
    const timestamp = signed[HAND_OFF_HEADERS.timestamp]
    expect(timestamp).toBe(String(now.getTime() / 1000))
    const expected = createHmac("sha256", "s3cret").update(`${timestamp}.${rawBody}`).digest("hex")
    expect(signed[HAND_OFF_HEADERS.signature]).toBe(`v1=${expected}`)
    expect(signed).toMatchObject({ "idempotency-key": "hand-off:order_1", "x-federated-cart-attempt": "2" })
    expect(verifyHandOff({ headers: signed, rawBody, secret: "s3cret", now })).toEqual({
      ok: true,
      idempotencyKey: "hand-off:order_1",
      body: JSON.parse(rawBody),
    })
  })

  it.each([
    ["a changed body", { rawBody: rawBody.replace('"display_id":4', '"display_id":5') }, "bad signature"],
    ["another store's secret", { secret: "other" }, "bad signature"],
    ["a timestamp 6 minutes old", { now: new Date(now.getTime() + 6 * 60_000) }, "stale timestamp"],
    ["a timestamp 6 minutes ahead", { now: new Date(now.getTime() - 6 * 60_000) }, "stale timestamp"],
  ])("is refused with %s", (_name, change, reason) => {
    const check = { headers: headers(), rawBody, secret: "s3cret", now, ...change }
    expect(verifyHandOff(check)).toEqual({ ok: false, reason })
  })

  it("is refused when a header is missing or the timestamp is swapped for another signed one", () => {
    const signed = headers()
    const { [HAND_OFF_HEADERS.idempotencyKey]: _key, ...withoutKey } = signed
    expect(verifyHandOff({ headers: withoutKey, rawBody, secret: "s3cret", now })).toEqual({
      ok: false,
      reason: "missing headers",
    })
    const later = { ...signed, [HAND_OFF_HEADERS.timestamp]: String(now.getTime() / 1000 + 60) }
    expect(verifyHandOff({ headers: later, rawBody, secret: "s3cret", now })).toEqual({ ok: false, reason: "bad signature" })
  })

  it("accepts 5 minutes of clock skew either way", () => {
    const edge = (ms: number) =>
      verifyHandOff({ headers: headers(), rawBody, secret: "s3cret", now: new Date(now.getTime() + ms) }).ok
    expect([edge(300_000), edge(-300_000), edge(301_000)]).toEqual([true, true, false])
  })
})
