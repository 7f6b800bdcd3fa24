import { httpSuite } from "../../helpers/http-suite"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { signHandOff } from "../../../src/distributor-client"
import { DISTRIBUTION_MODULE } from "../../../src/modules/distribution"
import type DistributionModuleService from "../../../src/modules/distribution/service"
import { PARTNER_MODULE } from "../../../src/modules/partner"
import type PartnerModuleService from "../../../src/modules/partner/service"
import { deliverDueHandOffsWorkflow } from "../../../src/workflows/deliver-due-hand-offs"
import { OpenPartnerDeliveriesInput, openPartnerDeliveriesStep } from "../../../src/workflows/steps/open-partner-deliveries"
import { PARTNER_DELIVERY_TEMPLATE } from "../../../src/workflows/utils/confirm-partner-deliveries"
import { adminHeaders } from "../../helpers/admin"
import { startReceiver } from "../../helpers/hand-offs"
import { settle } from "../../helpers/http"
import { createPartner, PartnerWithKey } from "../../helpers/partners"

// Any free port: the receiver says its own address.
const RECEIVER_PORT = Number(process.env.TEST_PARTNER_RECEIVER_PORT ?? 0)

/** What the `deliver-digital-lines` workflow does for an order's immediate lines, alone. */
const openDeliveries = createWorkflow(
  "test-open-partner-deliveries",
  (input: WorkflowData<OpenPartnerDeliveriesInput>) => new WorkflowResponse(openPartnerDeliveriesStep(input))
)

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
  const runJob = (now: Date) => deliverDueHandOffsWorkflow(getContainer()).run({ input: { now: now.toISOString() } })
  const deliveriesOf = async (query: string) => (await api.get(`/admin/partner-deliveries?${query}`, admin)).data.deliveries
  const mailsTo = (to: string) =>
    getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to, template: PARTNER_DELIVERY_TEMPLATE })

  /** A partner whose delivery URL is `url`, one of its players, and a paid order of that player. */
  async function partnerSale(url: string | null, name = "Salt Coast Online") {
    const partner = await createPartner(api, admin, name)
    if (url) {
      await api.post(`/admin/partners/${partner.id}`, { delivery_url: url }, admin)
    }
    const account = await getContainer().resolve<PartnerModuleService>(PARTNER_MODULE).upsertAccount({
      partner_id: partner.id,
      account_ref: "player-42",
      display_name: "Captain Ada",
      owned_product_handles: null,
    })
    const email = `player-${Math.random().toString(36).slice(2, 8)}@example.com`
    const [order] = await getContainer()
      .resolve(Modules.ORDER)
      .createOrders([{ currency_code: "usd", email, items: [{ title: "Turn pack", quantity: 2, unit_price: 25 }] }])
    const input = (fulfillmentId = `ful_${Math.random().toString(36).slice(2, 10)}`): OpenPartnerDeliveriesInput => ({
      order_group_id: "ogrp_test",
      order_id: order.id,
      fulfillment_id: fulfillmentId,
      partner_id: partner.id,
      partner_account_id: account.id,
      email,
      lines: [
        {
          line_item_id: order.items![0].id,
          product_id: "prod_turns",
          variant_id: "variant_turns_50",
          title: "Turn pack — 50 turns",
          quantity: 2,
        },
      ],
    })
    return { partner, account, order, email, input }
  }

  const open = (input: OpenPartnerDeliveriesInput) => openDeliveries(getContainer()).run({ input })

  it("delivers a fulfillment's lines to the partner's service, signed with its newest key, once however often the event comes", async () => {
    receiver = await startReceiver(RECEIVER_PORT)
    const { partner, account, order, email, input } = await partnerSale(null)
    await api.post(`/admin/partners/${partner.id}`, { delivery_url: receiver.url("salt") }, admin)
    receiver.knowSecret("salt", partner.secret)

    const first = input("ful_1")
    const { result } = await open(first)
    expect(result.delivery_ids).toHaveLength(1)
    const [delivery] = await deliveriesOf(`partner_id=${partner.id}`)
    expect(delivery).toMatchObject({
      id: result.delivery_ids[0],
      recipient_kind: "partner",
      status: "acknowledged",
      attempts: 1,
      idempotency_key: "partner-delivery:ful_1",
      partner: { id: partner.id, name: "Salt Coast Online" },
      partner_account: { id: account.id, account_ref: "player-42" },
      lines: [{ title: "Turn pack — 50 turns", quantity: 2 }],
    })
    expect(delivery.attempt_log.map((a: any) => [a.trigger, a.outcome])).toEqual([["placed", "acknowledged"]])

    expect(receiver.deliveries).toHaveLength(1)
    const sent = receiver.deliveries[0]
    expect(sent.verified).toBe(true)
    expect(sent.headers["x-federated-cart-key-id"]).toBe(partner.keyId)
    expect(JSON.parse(sent.rawBody)).toEqual({
      kind: "partner_delivery",
      idempotency_key: "partner-delivery:ful_1",
      order_group_id: "ogrp_test",
      order_id: order.id,
      fulfillment_id: "ful_1",
      partner_account: { id: account.id, account_ref: "player-42", display_name: "Captain Ada" },
      lines: first.lines,
    })

    // A redelivered event (the same fulfillment and lines) finds the delivery and sends nothing.
    const again = await open(first)
    expect(again.result.delivery_ids).toEqual(result.delivery_ids)
    expect(receiver.deliveries).toHaveLength(1)

    // After a rotation, deliveries are signed with the new key, and say which.
    const { data: rotated } = await api.post(`/admin/partners/${partner.id}/rotate-secret`, { overlap_minutes: 60 }, admin)
    receiver.knowSecret("salt", rotated.signing_key.secret)
    await open(input("ful_2"))
    expect(receiver.deliveries[1]).toMatchObject({ verified: true, key: "partner-delivery:ful_2" })
    expect(receiver.deliveries[1].headers["x-federated-cart-key-id"]).toBe(rotated.signing_key.key_id)

    // One confirmation e-mail per acknowledged delivery, naming what arrived and no code.
    const mails = await mailsTo(email)
    expect(mails).toHaveLength(2)
    expect(mails[0].data).toEqual({
      partner: "Salt Coast Online",
      account: "Captain Ada",
      order_display_id: order.display_id,
      lines: [{ title: "Turn pack — 50 turns", quantity: 2 }],
    })
    expect(JSON.stringify(mails)).not.toMatch(new RegExp(`${partner.secret}|${rotated.signing_key.secret}|code`, "i"))
  })

  it("ships a demo partner service that checks the signature with the named key and credits each key once", async () => {
    const base = String(api.defaults.baseURL).replace(/\/$/, "")
    const partner = await createPartner(api, admin, "Salt Coast Online")
    const demoUrl = `${base}/partner-demo/${partner.id}/deliveries`
    const { input } = await partnerSaleFor(partner, demoUrl)
    const { result } = await open(input("ful_demo"))
    const [delivery] = await deliveriesOf(`partner_id=${partner.id}`)
    expect(delivery).toMatchObject({ id: result.delivery_ids[0], status: "acknowledged" })

    const rawBody = JSON.stringify({
      order_id: "order_x",
      partner_account: { account_ref: "player-7" },
      lines: [{ title: "Turns", quantity: 1 }],
    })
    const send = (headers: Record<string, string>, body = rawBody) => settle(api.post(demoUrl, body, { headers }))
    const signed = (now = new Date(), keyId = partner.keyId, secret = partner.secret) =>
      signHandOff({ rawBody, secret, keyId, idempotencyKey: "partner-delivery:ful_x", attempt: 1, now })

    // The same key twice: applied once.
    expect((await send(signed())).data).toEqual({ received: true, applied: true })
    expect((await send(signed())).data).toEqual({ received: true, applied: false })
    // Tampered, stale, unknown key, unsigned: refused.
    expect((await send(signed(), rawBody.replace('"quantity":1', '"quantity":9'))).status).toBe(401)
    expect((await send(signed(new Date(Date.now() - 6 * 60_000)))).status).toBe(401)
    expect((await send(signed(new Date(), "pkey_unknown"))).status).toBe(401)
    expect((await send(signed(new Date(), partner.keyId, "not-the-secret"))).status).toBe(401)
    expect((await send({ "content-type": "application/json" })).status).toBe(401)

    const received = await api.get(`/partner-demo/${partner.id}/deliveries`)
    expect(received.data.received.map((r: any) => [r.idempotency_key, r.account_ref, r.deliveries])).toEqual([
      ["partner-delivery:ful_demo", "player-42", 1],
      ["partner-delivery:ful_x", "player-7", 2],
    ])

    const retried = await settle(api.post(`/admin/partner-deliveries/${delivery.id}/retry`, {}, admin))
    expect(retried.status).toBe(409)
    expect(retried.data.message).toMatch(/already acknowledged by the partner/)
  })

  /** As partnerSale, for a partner made already. */
  async function partnerSaleFor(partner: PartnerWithKey, url: string) {
    await api.post(`/admin/partners/${partner.id}`, { delivery_url: url }, admin)
    const account = await getContainer()
      .resolve<PartnerModuleService>(PARTNER_MODULE)
      .upsertAccount({ partner_id: partner.id, account_ref: "player-42", display_name: null, owned_product_handles: null })
    const [order] = await getContainer()
      .resolve(Modules.ORDER)
      .createOrders([
        { currency_code: "usd", email: "demo@example.com", items: [{ title: "Turn pack", quantity: 1, unit_price: 25 }] },
      ])
    const input = (fulfillmentId: string): OpenPartnerDeliveriesInput => ({
      order_group_id: "ogrp_demo",
      order_id: order.id,
      fulfillment_id: fulfillmentId,
      partner_id: partner.id,
      partner_account_id: account.id,
      email: "demo@example.com",
      lines: [
        {
          line_item_id: order.items![0].id,
          product_id: "prod_turns",
          variant_id: "variant_turns",
          title: "Turn pack",
          quantity: 1,
        },
      ],
    })
    return { input }
  }

  it("retries a failing partner service with growing back-off, and e-mails the shopper only once it acknowledges", async () => {
    receiver = await startReceiver(RECEIVER_PORT, { answer: (n) => (n <= 2 ? 503 : 200) })
    const { partner, email, input } = await partnerSale(null)
    await api.post(`/admin/partners/${partner.id}`, { delivery_url: receiver.url("flaky") }, admin)
    receiver.knowSecret("flaky", partner.secret)
    const openedAt = new Date()
    await open(input())

    let [delivery] = await deliveriesOf(`partner_id=${partner.id}`)
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, last_status: 503 })
    const firstWait = (new Date(delivery.next_attempt_at).getTime() - openedAt.getTime()) / 1000
    expect(firstWait).toBeGreaterThanOrEqual(29)
    expect(firstWait).toBeLessThan(40)
    expect(await mailsTo(email)).toHaveLength(0)

    await runJob(new Date()) // not due yet
    expect(receiver.deliveries).toHaveLength(1)

    const secondAt = new Date(new Date(delivery.next_attempt_at).getTime() + 1000)
    await runJob(secondAt)
    ;[delivery] = await deliveriesOf(`partner_id=${partner.id}`)
    expect(delivery).toMatchObject({ status: "pending", attempts: 2 })
    const secondWait = (new Date(delivery.next_attempt_at).getTime() - secondAt.getTime()) / 1000
    expect(secondWait).toBeGreaterThanOrEqual(59)
    expect(secondWait).toBeLessThan(70)

    await runJob(new Date(new Date(delivery.next_attempt_at).getTime() + 1000))
    ;[delivery] = await deliveriesOf(`partner_id=${partner.id}&status=acknowledged`)
    expect(delivery).toMatchObject({ status: "acknowledged", attempts: 3, next_attempt_at: null })
    expect(delivery.attempt_log.map((a: any) => [a.number, a.trigger, a.outcome, a.response_status])).toEqual([
      [1, "placed", "failed", 503],
      [2, "schedule", "failed", 503],
      [3, "schedule", "acknowledged", 200],
    ])
    expect(new Set(receiver.deliveries.map((d) => d.key)).size).toBe(1)
    expect(new Set(receiver.deliveries.map((d) => d.rawBody)).size).toBe(1)
    expect(await mailsTo(email)).toHaveLength(1)
  })

  it("gives up as failed after the last attempt; the admin sets the missing URL and retries it now", async () => {
    receiver = await startReceiver(RECEIVER_PORT)
    const { partner, email, input } = await partnerSale(null)
    const other = await createPartner(api, admin, "Other Game")
    receiver.knowSecret("late", partner.secret)
    await open(input())
    let [delivery] = await deliveriesOf(`partner_id=${partner.id}`)
    expect(delivery).toMatchObject({ status: "pending", attempts: 1 })
    expect(delivery.last_error).toMatch(/no delivery URL/)

    const { maxAttempts } = distribution().retryPolicy
    let clock = Date.now()
    for (let attempt = 2; attempt <= maxAttempts + 2; attempt++) {
      clock += 5 * 3600 * 1000
      await runJob(new Date(clock))
    }
    ;[delivery] = await deliveriesOf(`status=failed&partner_id=${partner.id}`)
    expect(delivery).toMatchObject({ status: "failed", attempts: maxAttempts, next_attempt_at: null })
    expect(await deliveriesOf(`status=failed&partner_id=${other.id}`)).toEqual([])
    expect(await deliveriesOf(`status=pending&partner_id=${partner.id}`)).toEqual([])
    expect(receiver.deliveries).toHaveLength(0)

    await api.post(`/admin/partners/${partner.id}`, { delivery_url: receiver.url("late") }, admin)
    const retried = await api.post(`/admin/partner-deliveries/${delivery.id}/retry`, {}, admin)
    expect(retried.data.delivery).toMatchObject({ status: "acknowledged", attempts: maxAttempts + 1, url: receiver.url("late") })
    expect(retried.data.delivery.attempt_log.at(-1)).toMatchObject({ trigger: "manual", outcome: "acknowledged" })
    expect(receiver.deliveries).toHaveLength(1)
    expect(await mailsTo(email)).toHaveLength(1)

    expect((await settle(api.post(`/admin/partner-deliveries/hoff_missing/retry`, {}, admin))).status).toBe(404)
    const bad = await settle(api.get(`/admin/partner-deliveries?status=lost`, admin))
    expect(bad.status).toBe(400)
    expect(bad.data.message).toMatch(/status/)
    const badUrl = await settle(api.post(`/admin/partners/${partner.id}`, { delivery_url: "ftp://x" }, admin))
    expect(badUrl.status).toBe(400)
    expect(badUrl.data.message).toMatch(/delivery_url/)
  })

  it("is claimed by one sender at a time when the job and 'retry now' race", async () => {
    // The first delivery is applied but its answer is lost (500): it must come again, under the same key.
    receiver = await startReceiver(RECEIVER_PORT, { answer: (n) => (n === 1 ? 500 : 200), delayMs: 300 })
    const { partner, email, input } = await partnerSale(null)
    await api.post(`/admin/partners/${partner.id}`, { delivery_url: receiver.url("racer") }, admin)
    receiver.knowSecret("racer", partner.secret)
    await open(input())
    const [pending] = await deliveriesOf(`partner_id=${partner.id}`)
    expect(pending.status).toBe("pending")
    await distribution().updateHandOffs({ id: pending.id, next_attempt_at: new Date(Date.now() - 1000) })

    const racers = await Promise.all([
      ...Array.from({ length: 5 }, () => runJob(new Date()).then(() => 200)),
      ...Array.from({ length: 5 }, () =>
        settle(api.post(`/admin/partner-deliveries/${pending.id}/retry`, {}, admin)).then((r) => r.status)
      ),
    ])
    expect(racers.every((status) => status === 200 || status === 409)).toBe(true)

    const [delivery] = await deliveriesOf(`partner_id=${partner.id}`)
    expect(delivery).toMatchObject({ status: "acknowledged", attempts: 2 })
    expect(receiver.maxInFlight()).toBe(1)
    expect(receiver.deliveries).toHaveLength(2)
    expect([...receiver.applied.keys()]).toEqual([delivery.idempotency_key])
    expect(await mailsTo(email)).toHaveLength(1)
  })
})
