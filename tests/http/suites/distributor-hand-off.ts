import { httpSuite } from "../../helpers/http-suite"
import { Modules } from "@medusajs/framework/utils"
import { signHandOff, verifyHandOff } from "../../../src/distributor-client"
import { DISTRIBUTION_MODULE } from "../../../src/modules/distribution"
import type DistributionModuleService from "../../../src/modules/distribution/service"
import { ORDER_GROUP_PLACED } from "../../../src/modules/order-group/events"
import { deliverDueHandOffsWorkflow } from "../../../src/workflows/deliver-due-hand-offs"
import { handOffOrderGroupWorkflow } from "../../../src/workflows/hand-off-order-group"
import { adminHeaders } from "../../helpers/admin"
import { eventually } from "../../helpers/fulfillment"
import { placedOrderGroup, startReceiver } from "../../helpers/hand-offs"
import { settle } from "../../helpers/http"

const RECEIVER_PORT = Number(process.env.TEST_RECEIVER_PORT ?? 54372)

export default httpSuite(({ api, getContainer }) => {
  let admin: Awaited<ReturnType<typeof adminHeaders>>
  let receiver: Awaited<ReturnType<typeof startReceiver>> | null = null

  beforeEach(async () => {
    admin = await adminHeaders(getContainer())
  })
  afterEach(async () => {
    await receiver?.close()
    receiver = null
  })

  const distribution = () => getContainer().resolve<DistributionModuleService>(DISTRIBUTION_MODULE)

  /** Stores whose distributor is the test's receiver, which learns each secret from the one answer that shows it. */
  async function storesAt(rx: NonNullable<typeof receiver>, handles: string[]) {
    const ids: string[] = []
    for (const handle of handles) {
      const { data } = await api.post(
        "/admin/federated-stores",
        { name: `Store ${handle}`, handle, contact_email: `${handle}@stores.example`, distributor_url: rx.url(handle) },
        admin
      )
      rx.knowSecret(handle, data.distributor_secret.secret)
      ids.push(data.federated_store.id)
    }
    return ids
  }

  const handOffsOf = async (groupId: string) =>
    (await api.get(`/admin/hand-offs?order_group_id=${groupId}`, admin)).data.hand_offs
  const runJob = (now: Date) => deliverDueHandOffsWorkflow(getContainer()).run({ input: { now: now.toISOString() } })

  it("shows a store's distributor secret once, at creation and at each rotation", async () => {
    const { data } = await api.post(
      "/admin/federated-stores",
      { name: "North", handle: "north", contact_email: "n@stores.example", distributor_url: "https://north.example/in" },
      admin
    )
    const { secret, hint } = data.distributor_secret
    expect(secret).toHaveLength(43)
    expect(hint).toBe(secret.slice(-4))
    const id = data.federated_store.id

    const stored = await distribution().listDistributorSecrets({ federated_store_id: id })
    expect(stored[0].secret_ciphertext).not.toContain(secret)
    const shown = await api.get(`/admin/federated-stores/${id}/distributor-secret`, admin)
    expect(shown.data.distributor_secret).toEqual({ hint, updated_at: expect.any(String) })
    const store = await api.get(`/admin/federated-stores/${id}`, admin)
    expect(JSON.stringify(store.data)).not.toContain(secret)

    const rotated = await api.post(`/admin/federated-stores/${id}/distributor-secret`, {}, admin)
    expect(rotated.data.distributor_secret.secret).not.toBe(secret)
    expect(await distribution().signingSecret(id)).toBe(rotated.data.distributor_secret.secret)

    const missing = await settle(api.post(`/admin/federated-stores/fst_missing/distributor-secret`, {}, admin))
    expect(missing.status).toBe(404)
    expect(missing.data.message).toMatch(/fst_missing/)
  })

  it("hands each store order of a placed group to its store's distributor, signed with that store's secret", async () => {
    receiver = await startReceiver(RECEIVER_PORT)
    const stores = await storesAt(receiver, ["tide", "harbor"])
    const { groupId, orderIds } = await placedOrderGroup(getContainer(), stores)

    await getContainer()
      .resolve(Modules.EVENT_BUS)
      .emit({ name: ORDER_GROUP_PLACED, data: { id: groupId } })
    const handOffs = await eventually(
      () => handOffsOf(groupId),
      (rows) => rows.length === 2 && rows.every((r: any) => r.status === "acknowledged"),
      15_000
    )

    expect(handOffs.map((h: any) => h.order_id).sort()).toEqual([...orderIds].sort())
    expect(handOffs.every((h: any) => h.attempts === 1 && h.attempt_log[0].trigger === "placed")).toBe(true)
    expect(receiver.deliveries).toHaveLength(2)
    expect(receiver.deliveries.every((d) => d.verified)).toBe(true)
    const body = JSON.parse(receiver.deliveries[0].rawBody)
    expect(body).toMatchObject({
      order_group_id: groupId,
      order: {
        currency_code: "usd",
        items: [{ quantity: 2, unit_price: 15, sku: expect.stringMatching(/^SKU-/) }],
        shipping_address: { city: "Astoria", country_code: "us" },
        totals: { total: 30 },
      },
    })
    expect(orderIds).toContain(body.order.id)

    // A distributor refuses what was changed on the way, or signed with another store's secret.
    const tampered = receiver.deliveries[0]
    const secretOf = await distribution().signingSecret(stores[0])
    const check = (rawBody: string, headers = tampered.headers, secret = secretOf) =>
      verifyHandOff({ headers, rawBody, secret }).ok
    const sentByTide =
      check(tampered.rawBody) || check(tampered.rawBody, tampered.headers, await distribution().signingSecret(stores[1]))
    expect(sentByTide).toBe(true)
    expect(check(tampered.rawBody.replace('"quantity":2', '"quantity":20'))).toBe(false)
    expect(
      check(tampered.rawBody, { ...tampered.headers, "x-federated-cart-timestamp": String(Math.floor(Date.now() / 1000) - 3600) })
    ).toBe(false)

    // The event again (a redelivery) makes no second hand-off and sends nothing new.
    await handOffOrderGroupWorkflow(getContainer()).run({ input: { order_group_id: groupId } })
    expect(await handOffsOf(groupId)).toHaveLength(2)
    expect(receiver.deliveries).toHaveLength(2)
  })

  it("retries a failing distributor with growing back-off until it acknowledges", async () => {
    receiver = await startReceiver(RECEIVER_PORT, { answer: (n) => (n <= 2 ? 503 : 200) })
    const stores = await storesAt(receiver, ["flaky"])
    const { groupId } = await placedOrderGroup(getContainer(), stores)
    const placedAt = new Date()
    await handOffOrderGroupWorkflow(getContainer()).run({ input: { order_group_id: groupId } })

    let [handOff] = await handOffsOf(groupId)
    expect(handOff).toMatchObject({ status: "pending", attempts: 1, last_status: 503 })
    const firstWait = (new Date(handOff.next_attempt_at).getTime() - placedAt.getTime()) / 1000
    expect(firstWait).toBeGreaterThanOrEqual(29)
    expect(firstWait).toBeLessThan(40)

    await runJob(new Date()) // not due yet: nothing is sent
    expect(receiver.deliveries).toHaveLength(1)

    const secondAt = new Date(new Date(handOff.next_attempt_at).getTime() + 1000)
    await runJob(secondAt)
    ;[handOff] = await handOffsOf(groupId)
    expect(handOff).toMatchObject({ status: "pending", attempts: 2 })
    const secondWait = (new Date(handOff.next_attempt_at).getTime() - secondAt.getTime()) / 1000
    expect(secondWait).toBeGreaterThanOrEqual(59)
    expect(secondWait).toBeLessThan(70)

    await runJob(new Date(new Date(handOff.next_attempt_at).getTime() + 1000))
    ;[handOff] = await handOffsOf(groupId)
    expect(handOff).toMatchObject({ status: "acknowledged", attempts: 3, last_status: 200, next_attempt_at: null })
    expect(handOff.attempt_log.map((a: any) => [a.number, a.trigger, a.outcome, a.response_status])).toEqual([
      [1, "placed", "failed", 503],
      [2, "schedule", "failed", 503],
      [3, "schedule", "acknowledged", 200],
    ])
    expect(new Set(receiver.deliveries.map((d) => d.key)).size).toBe(1)
    expect(receiver.deliveries.map((d) => d.attempt)).toEqual(["1", "2", "3"])
  })

  it("is applied once by the distributor however often it arrives, and the job and 'retry now' never send one attempt twice", async () => {
    // The first delivery is applied but its answer is lost (500): it must come again, under the same key.
    receiver = await startReceiver(RECEIVER_PORT, { answer: (n) => (n === 1 ? 500 : 200), delayMs: 300 })
    const stores = await storesAt(receiver, ["racer"])
    const { groupId } = await placedOrderGroup(getContainer(), stores)
    await handOffOrderGroupWorkflow(getContainer()).run({ input: { order_group_id: groupId } })
    const [pending] = await handOffsOf(groupId)
    expect(pending.status).toBe("pending")
    await distribution().updateHandOffs({ id: pending.id, next_attempt_at: new Date(Date.now() - 1000) })

    const racers = await Promise.all([
      ...Array.from({ length: 5 }, () => runJob(new Date()).then(() => 200)),
      ...Array.from({ length: 5 }, () =>
        settle(api.post(`/admin/hand-offs/${pending.id}/retry`, {}, admin)).then((r) => r.status)
      ),
    ])
    expect(racers.every((status) => status === 200 || status === 409)).toBe(true)

    const [handOff] = await handOffsOf(groupId)
    expect(handOff.status).toBe("acknowledged")
    expect(receiver.maxInFlight()).toBe(1)
    expect(receiver.deliveries).toHaveLength(handOff.attempts)
    expect(handOff.attempts).toBe(2)
    expect([...receiver.applied.keys()]).toEqual([handOff.idempotency_key])
    expect(new Set(receiver.deliveries.map((d) => d.rawBody)).size).toBe(1)
  })

  it("gives up after the last attempt as failed, and the admin can still retry it now", async () => {
    let up = false
    receiver = await startReceiver(RECEIVER_PORT, { answer: () => (up ? 200 : 503) })
    const stores = await storesAt(receiver, ["down"])
    const { groupId, orderIds } = await placedOrderGroup(getContainer(), stores)
    await handOffOrderGroupWorkflow(getContainer()).run({ input: { order_group_id: groupId } })
    const { maxAttempts } = distribution().retryPolicy
    let clock = Date.now()
    for (let attempt = 2; attempt <= maxAttempts + 2; attempt++) {
      clock += 5 * 3600 * 1000
      await runJob(new Date(clock))
    }
    let [handOff] = await handOffsOf(groupId)
    expect(handOff).toMatchObject({ status: "failed", attempts: maxAttempts, next_attempt_at: null, last_status: 503 })

    const byStatus = await api.get(`/admin/hand-offs?status=failed&order_id=${orderIds[0]}`, admin)
    expect(byStatus.data.hand_offs.map((h: any) => h.id)).toEqual([handOff.id])
    expect(JSON.stringify(byStatus.data)).not.toMatch(/claim_token|payload/)

    up = true
    const retried = await api.post(`/admin/hand-offs/${handOff.id}/retry`, {}, admin)
    expect(retried.data.hand_off).toMatchObject({ status: "acknowledged", attempts: maxAttempts + 1 })
    expect(retried.data.hand_off.attempt_log.at(-1)).toMatchObject({ trigger: "manual", outcome: "acknowledged" })

    const again = await settle(api.post(`/admin/hand-offs/${handOff.id}/retry`, {}, admin))
    expect(again.status).toBe(409)
    expect(again.data.message).toMatch(/already acknowledged/)
    const unknown = await settle(api.post(`/admin/hand-offs/hoff_missing/retry`, {}, admin))
    expect(unknown.status).toBe(404)
    const bad = await settle(api.get(`/admin/hand-offs?status=lost`, admin))
    expect(bad.status).toBe(400)
    expect(bad.data.message).toMatch(/status/)
    ;[handOff] = await handOffsOf(groupId)
    expect(handOff.attempts).toBe(maxAttempts + 1)
  })

  it("shows an order's group, its other store orders and their hand-offs for the order page", async () => {
    receiver = await startReceiver(RECEIVER_PORT)
    const stores = await storesAt(receiver, ["left", "right"])
    const { groupId, orderIds } = await placedOrderGroup(getContainer(), stores)
    await handOffOrderGroupWorkflow(getContainer()).run({ input: { order_group_id: groupId } })

    const { data } = await api.get(`/admin/orders/${orderIds[0]}/order-group`, admin)
    expect(data.order_group).toMatchObject({ id: groupId, store_count: 2 })
    expect(data.order_group.orders.map((o: any) => o.federated_store.name).sort()).toEqual(["Store left", "Store right"])
    expect(data.order_group.orders.map((o: any) => o.display_id).every(Number.isInteger)).toBe(true)
    expect(data.hand_offs.map((h: any) => h.status)).toEqual(["acknowledged", "acknowledged"])

    const [plain] = await getContainer()
      .resolve(Modules.ORDER)
      .createOrders([{ currency_code: "usd", items: [] }])
    const none = await api.get(`/admin/orders/${plain.id}/order-group`, admin)
    expect(none.data).toEqual({ order_group: null, hand_offs: [] })
  })

  it("ships a demo distributor that checks signature and time, and applies each key once", async () => {
    const base = String(api.defaults.baseURL).replace(/\/$/, "")
    const { data } = await api.post(
      "/admin/federated-stores",
      {
        name: "Demo",
        handle: "demo-shop",
        contact_email: "d@stores.example",
        distributor_url: `${base}/distributor-demo/demo-shop`,
      },
      admin
    )
    const { groupId } = await placedOrderGroup(getContainer(), [data.federated_store.id])
    await handOffOrderGroupWorkflow(getContainer()).run({ input: { order_group_id: groupId } })
    const [handOff] = await handOffsOf(groupId)
    expect(handOff.status).toBe("acknowledged")

    const rawBody = JSON.stringify({ order: { id: "order_x", display_id: 7 } })
    const send = (headers: Record<string, string>, body = rawBody) =>
      settle(api.post("/distributor-demo/demo-shop", body, { headers }))
    const signed = (now = new Date()) =>
      signHandOff({ rawBody, secret: data.distributor_secret.secret, idempotencyKey: "hand-off:order_x", attempt: 1, now })

    expect((await send(signed())).data).toEqual({ received: true, applied: true })
    expect((await send(signed())).data).toEqual({ received: true, applied: false })
    expect((await send(signed(), rawBody.replace("7", "8"))).status).toBe(401)
    expect((await send(signed(new Date(Date.now() - 6 * 60_000)))).status).toBe(401)
    expect((await send({ "content-type": "application/json" })).status).toBe(401)

    const received = await api.get("/distributor-demo/demo-shop")
    expect(received.data.received.map((r: any) => [r.idempotency_key, r.deliveries])).toEqual([
      [handOff.idempotency_key, 1],
      ["hand-off:order_x", 2],
    ])
  })
})
