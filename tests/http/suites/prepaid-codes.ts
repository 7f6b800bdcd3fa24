import { httpSuite } from "../../helpers/http-suite"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PREPAID_CODE_MODULE } from "../../../src/modules/prepaid-code"
import type PrepaidCodeModuleService from "../../../src/modules/prepaid-code/service"
import { TICKETING_MODULE } from "../../../src/modules/ticketing"
import type TicketingModuleService from "../../../src/modules/ticketing/service"
import {
  IssuePrepaidCodesInput,
  issuePrepaidCodesStep,
  PREPAID_CODES_TEMPLATE,
} from "../../../src/workflows/steps/issue-prepaid-codes"
import { address, payWithSystemProvider, readyForCheckout } from "../../helpers/checkout"
import { eventually } from "../../helpers/fulfillment"
import { settle } from "../../helpers/http"
import { gameWithProtectedTurns, tokenFor } from "../../helpers/partners"
import { asCart, newCart } from "../../helpers/visibility"

const CODE_FORMAT = /^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{4}(-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{4}){3}$/
const INVALID = "This code is not valid."
const TEN_TURNS_PRICE = 4.99
let nextClient = 1
/** A client address of its own, so one test's attempts do not brake another's. */
const newClient = () => `198.51.100.${nextClient++ % 250}`

// The issuing step, run on its own: what a replayed delivery of one fulfillment does.
const issueOnce = createWorkflow("test-issue-prepaid-codes", (input: IssuePrepaidCodesInput) => {
  return new WorkflowResponse(issuePrepaidCodesStep(input))
})

type Mail = { to: string; template: string; data: { order_id: string; items: { title: string; codes: string[] }[] } }

export default httpSuite(({ api, getContainer }) => {
  const fixture = gameWithProtectedTurns(api, getContainer)
  let { demo, admin, game, turns } = fixture
  /**
   * The e-mails as the notification provider sent them. Stored notifications keep only
   * the last 4 of each code, so the clear codes are read where they left the server:
   * the local provider's log line of the data it was given.
   */
  let sent: Mail[] = []
  beforeEach(() => {
    ;({ demo, admin, game, turns } = fixture)
    sent = []
    const logger = getContainer().resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    const info = logger.info.bind(logger)
    jest.spyOn(logger, "info").mockImplementation((message: string) => {
      const mail =
        /^Attempting to send a notification to: '(.*)' on the channel: 'email' with template: '(.*)' and data: '(.*)'$/s.exec(
          message
        )
      if (mail) sent.push({ to: mail[1], template: mail[2], data: JSON.parse(mail[3]) })
      return info(message)
    })
  })
  afterEach(() => jest.restoreAllMocks())

  const prepaidCodes = () => getContainer().resolve<PrepaidCodeModuleService>(PREPAID_CODE_MODULE)
  const tenTurns = () => turns.variantTitled("10 turns")
  /** A shopper's cart, arrived from the game as `account`. */
  const cartOf = async (account: string) => {
    const cartId = await newCart(api, demo)
    await api.post(`/store/federated-carts/${cartId}/partner-handshake`, { token: tokenFor(game, account) }, demo.storeHeaders)
    return cartId
  }
  const redeem = (cartId: string, code: string, client = newClient()) =>
    settle(
      api.post(
        `/store/federated-carts/${cartId}/prepaid-codes`,
        { code },
        {
          headers: { ...demo.storeHeaders.headers, "x-forwarded-for": client },
        }
      )
    )
  const batch = async (count: number) => {
    const { data } = await api.post("/admin/prepaid-codes/batches", { variant_id: tenTurns(), count }, admin)
    return data as { batch_id: string; csv: string; codes: { id: string; code: string; last4: string }[] }
  }
  /** Checkout details for a cart of digital lines only: addresses and payment, no shipping method (nothing ships). */
  const readyDigital = async (cartId: string, email = "shopper@example.com") => {
    await api.post(`/store/carts/${cartId}`, { email, billing_address: address }, demo.storeHeaders)
    await payWithSystemProvider(api, demo.storeHeaders, cartId)
  }
  const complete = (cartId: string) => settle(api.post(`/store/carts/${cartId}/complete`, {}, demo.storeHeaders))
  const lines = async (cartId: string) => (await api.get(`/store/carts/${cartId}`, demo.storeHeaders)).data.cart.items as any[]

  describe("issuing at purchase", () => {
    it("issues one code per unit when the order is paid, e-mails them, and stores only their keyed hash and last 4", async () => {
      await api.post(
        `/admin/products/${turns.id}/delivery`,
        { goods: "web_service", kinds: ["immediate", "prepaid_code"] },
        admin
      )
      const cartId = await cartOf("buyer-1")
      await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: tenTurns(), quantity: 3, metadata: { delivery_kind: "prepaid_code" } },
        demo.storeHeaders
      )
      await readyDigital(cartId, "buyer@example.com")
      const paid = await complete(cartId)
      expect([paid.status, paid.data.message]).toEqual([200, undefined])

      const mails = await eventually(
        async () => sent.filter((mail) => mail.template === PREPAID_CODES_TEMPLATE),
        (found) => found.length > 0,
        20_000
      )
      expect(mails).toHaveLength(1)
      expect(mails[0].to).toBe("buyer@example.com")
      const clear = mails[0].data.items.flatMap((item) => item.codes)
      expect(clear).toHaveLength(3)
      clear.forEach((code) => expect(code).toMatch(CODE_FORMAT))
      expect(new Set(clear).size).toBe(3)

      // Marked sent just after the provider took the mail.
      const stored = await eventually(
        () => prepaidCodes().listPrepaidCodes({ issued_order_id: mails[0].data.order_id }),
        (codes) => codes.length === 3 && codes.every((code) => code.sent_at)
      )
      expect(stored.map((code) => code.last4).sort()).toEqual(clear.map((code) => code.slice(-4)).sort())
      expect(stored.map((code) => code.issued_unit).sort()).toEqual([0, 1, 2])
      expect(stored.every((code) => code.status === "issued" && /^[0-9a-f]{64}$/.test(code.code_hash) && code.sent_at)).toBe(true)
      expect(JSON.stringify(stored)).not.toContain(clear[0].replace(/-/g, "").slice(0, 8))
      // The stored notification keeps the last 4 only.
      const [notification] = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ template: PREPAID_CODES_TEMPLATE })
      expect(JSON.stringify(notification.data)).not.toContain(clear[0])
      expect(JSON.stringify(notification.data)).toContain(`XXXX-XXXX-XXXX-${clear[0].slice(-4)}`)
      // The order shows the last 4 (the admin's order widget reads this list).
      const { data } = await api.get(`/admin/prepaid-codes?order_id=${mails[0].data.order_id}`, admin)
      expect(data.prepaid_codes.map((code: any) => code.last4).sort()).toEqual(stored.map((code) => code.last4).sort())
      // A mailed code works.
      expect((await redeem(await cartOf("friend-1"), clear[0])).status).toBe(200)
    })

    it("makes nothing twice when the delivery of a fulfillment is replayed", async () => {
      const input: IssuePrepaidCodesInput = {
        order_group_id: "og_replay",
        order_id: "order_replay",
        fulfillment_id: "ful_replay",
        email: "replay@example.com",
        lines: [
          { line_item_id: "ordli_a", product_id: turns.id, variant_id: tenTurns(), title: "Turn Pack", quantity: 2 },
          { line_item_id: "ordli_b", product_id: turns.id, variant_id: tenTurns(), title: "Turn Pack", quantity: 1 },
        ],
      }
      const first = await issueOnce(getContainer()).run({ input })
      const [again, racing] = await Promise.all([
        issueOnce(getContainer()).run({ input }),
        issueOnce(getContainer()).run({ input }),
      ])
      expect(first.result.codes).toHaveLength(3)
      expect(again.result.codes).toEqual(first.result.codes)
      expect(racing.result.codes).toEqual(first.result.codes)
      expect(await prepaidCodes().listPrepaidCodes({ issued_fulfillment_id: "ful_replay" })).toHaveLength(3)
      expect(sent.filter((mail) => mail.to === "replay@example.com")).toHaveLength(1)
    })
  })

  describe("an admin's batch", () => {
    it("generates codes shown once with a CSV, finds them by last 4 and status, and revokes them", async () => {
      const made = await batch(3)
      expect(made.codes).toHaveLength(3)
      made.codes.forEach((code) => expect(code.code).toMatch(CODE_FORMAT))
      const csv = made.csv.trim().split("\n")
      expect(csv[0]).toBe("code,last4,sku")
      expect(csv.slice(1).map((row) => row.split(",")[0])).toEqual(made.codes.map((code) => code.code))

      const { data: found } = await api.get(`/admin/prepaid-codes?last4=${made.codes[0].last4.toLowerCase()}`, admin)
      expect(found.prepaid_codes.map((code: any) => code.id)).toContain(made.codes[0].id)
      expect(found.prepaid_codes[0]).not.toHaveProperty("code_hash")
      expect(found.prepaid_codes[0].product_title).toBe("Turn Pack")

      const revoked = await api.post(`/admin/prepaid-codes/${made.codes[0].id}/revoke`, {}, admin)
      expect(revoked.data.prepaid_code.status).toBe("revoked")
      const { data: byStatus } = await api.get(`/admin/prepaid-codes?status=revoked`, admin)
      expect(byStatus.prepaid_codes.map((code: any) => code.id)).toEqual([made.codes[0].id])
      expect(
        (await settle(api.post("/admin/prepaid-codes/batches", { variant_id: "variant_nope", count: 1 }, admin))).status
      ).toBe(404)
      expect((await settle(api.post("/admin/prepaid-codes/batches", { variant_id: tenTurns(), count: 0 }, admin))).status).toBe(
        400
      )
    })
  })

  describe("redemption", () => {
    it("puts the product in the cart at $0 with its list price and immediate delivery, opening a hidden prepaid product", async () => {
      await api.post(`/admin/products/${turns.id}/visibility`, { kind: "prepaid" }, admin)
      const [{ code }] = (await batch(1)).codes
      const cartId = await cartOf("player-redeems")
      const sees = async () =>
        (await api.get(`/store/products?handle=turn-pack`, asCart(demo.storeHeaders, cartId))).data.products.length
      expect(await sees()).toBe(0)

      const answer = await redeem(cartId, code.toLowerCase().replace(/-/g, " "))
      expect(answer.status).toBe(200)
      expect(await sees()).toBe(1)
      const [line] = await lines(cartId)
      expect([line.variant_id, line.quantity, line.unit_price]).toEqual([tenTurns(), 1, 0])
      expect(line.metadata).toEqual(expect.objectContaining({ list_price: TEN_TURNS_PRICE, delivery_kind: "immediate" }))
      const [stored] = await prepaidCodes().listPrepaidCodes({ id: line.metadata.prepaid_code_id })
      expect([stored.status, stored.reserved_cart_id, stored.reserved_line_item_id]).toEqual(["reserved", cartId, line.id])
      // The line holds its unit with a ticket, like any line.
      const tickets = await getContainer()
        .resolve<TicketingModuleService>(TICKETING_MODULE)
        .listTickets({ line_item_id: line.id, status: "held" })
      expect(tickets).toHaveLength(1)
    })

    it("needs the partner handshake first", async () => {
      const [{ code }] = (await batch(1)).codes
      const answer = await redeem(await newCart(api, demo), code)
      expect([answer.status, answer.data.message]).toEqual([400, INVALID])
    })

    it("redeems a code at most once when 50 carts enter it at the same moment", async () => {
      const [{ code, id }] = (await batch(1)).codes
      const carts: string[] = []
      for (let i = 0; i < 50; i++) carts.push(await cartOf(`racer-${i}`))
      const answers = await Promise.all(carts.map((cartId) => redeem(cartId, code)))
      expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1)
      expect(answers.filter((answer) => answer.status === 400 && answer.data.message === INVALID)).toHaveLength(49)
      const winner = carts[answers.findIndex((answer) => answer.status === 200)]
      const [stored] = await prepaidCodes().listPrepaidCodes({ id })
      expect([stored.status, stored.reserved_cart_id]).toEqual(["reserved", winner])
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "line_item", fields: ["id", "cart_id"], filters: { cart_id: carts } })
      expect(data.map((line) => line.cart_id)).toEqual([winner])
    })

    it("lets the reservation lapse with its line: removed, voided cart, or a hold that ran out", async () => {
      const [{ code }] = (await batch(1)).codes
      const first = await cartOf("lapse-1")
      expect((await redeem(first, code)).status).toBe(200)
      expect((await redeem(await cartOf("lapse-2"), code)).data.message).toBe(INVALID)

      // Removed from the cart: free again.
      const [line] = await lines(first)
      await api.delete(`/store/carts/${first}/line-items/${line.id}`, demo.storeHeaders)
      const second = await cartOf("lapse-3")
      expect((await redeem(second, code)).status).toBe(200)

      // The cart voided: free again.
      await api.post(`/store/federated-carts/${second}/state`, { to: "void" }, demo.storeHeaders)
      const third = await cartOf("lapse-4")
      expect((await redeem(third, code)).status).toBe(200)

      // An abandoned cart: its hold runs out, and with it the reservation, without a sweep.
      const ticketing = getContainer().resolve<TicketingModuleService>(TICKETING_MODULE)
      const [thirdLine] = await lines(third)
      const [ticket] = await ticketing.listTickets({ line_item_id: thirdLine.id, status: "held" })
      await ticketing.updateTickets({ id: ticket.id, expires_at: new Date(Date.now() - 1000) })
      const fourth = await cartOf("lapse-5")
      expect((await redeem(fourth, code)).status).toBe(200)

      // The cart that lost it cannot check the code out.
      await readyDigital(third)
      const lost = await complete(third)
      expect(lost.status).toBe(400)
      expect(lost.data.message).toMatch(/no longer reserved/)
    })

    it("answers unknown, revoked, redeemed and malformed codes with one generic error, and 429 after repeated failures", async () => {
      const made = await batch(2)
      await api.post(`/admin/prepaid-codes/${made.codes[0].id}/revoke`, {}, admin)
      const cartId = await cartOf("guesser")
      const client = newClient()
      // One character off the live code (a different last character, whatever the code drew).
      const live = made.codes[1].code
      const nearMiss = live.slice(0, -1) + (live.endsWith("2") ? "3" : "2")
      const tries = [made.codes[0].code, "2345-6789-ABCD-EFGH", "not a code", nearMiss]
      for (const typed of tries) {
        const answer = await redeem(cartId, typed, client)
        expect([answer.status, answer.data.message]).toEqual([400, INVALID])
      }
      expect((await redeem(cartId, "2345-6789-ABCD-EFGJ", client)).status).toBe(400)
      const braked = await redeem(cartId, made.codes[1].code, client)
      expect(braked.status).toBe(429)
      expect(Number(braked.headers["retry-after"])).toBeGreaterThan(0)
      // A revoked code in a cart that reserved it does not check out.
      const reserved = await cartOf("revoked-later")
      const other = (await batch(1)).codes[0]
      expect((await redeem(reserved, other.code)).status).toBe(200)
      await api.post(`/admin/prepaid-codes/${other.id}/revoke`, {}, admin)
      await readyDigital(reserved)
      expect((await complete(reserved)).status).toBe(400)
    })

    it("counts a redeemed item at its list value against the account's purchase limit, at add and at checkout", async () => {
      await api.post(`/admin/products/${turns.id}/purchase-rule`, { limit_amount: 10, limit_period_days: 30 }, admin)
      const codes = (await batch(2)).codes
      const cartId = await cartOf("limited")
      expect((await redeem(cartId, codes[0].code)).status).toBe(200)
      // 4.99 counted for the $0 line: a second unit (9.98) fits, a third does not.
      expect(
        (await settle(api.post(`/store/carts/${cartId}/line-items`, { variant_id: tenTurns(), quantity: 1 }, demo.storeHeaders)))
          .status
      ).toBe(200)
      const over = await redeem(cartId, codes[1].code)
      expect(over.status).toBe(400)
      expect(over.data.message).toMatch(/limited to 10.00 per account/)
      await readyForCheckout(api, demo.storeHeaders, cartId)
      expect((await complete(cartId)).status).toBe(200)
      // Bought: 9.98 at list value (4.99 paid). Another cart of the account cannot add 4.99 more.
      const later = await cartOf("limited")
      const refused = await settle(
        api.post(`/store/carts/${later}/line-items`, { variant_id: tenTurns(), quantity: 1 }, demo.storeHeaders)
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/can spend 0.02 more/)
    })

    it("marks the code redeemed by the order at checkout, once, for one unit", async () => {
      const [{ code, id }] = (await batch(1)).codes
      const cartId = await cartOf("checks-out")
      expect((await redeem(cartId, code)).status).toBe(200)
      await readyDigital(cartId)
      // A code pays for one unit, whatever route grew the line.
      const [line] = await lines(cartId)
      const grow = (quantity: number) =>
        settle(api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity }, demo.storeHeaders))
      if ((await grow(2)).status === 200) {
        const grown = await complete(cartId)
        expect([grown.status, grown.data.message]).toEqual([
          400,
          "A prepaid code pays for one unit: set that item's quantity to 1.",
        ])
        expect((await grow(1)).status).toBe(200)
        await payWithSystemProvider(api, demo.storeHeaders, cartId)
      }
      const done = await complete(cartId)
      expect([done.status, done.data.message]).toEqual([200, undefined])
      const [stored] = await prepaidCodes().listPrepaidCodes({ id })
      expect(stored.status).toBe("redeemed")
      const { data } = await api.get(`/admin/prepaid-codes?status=redeemed`, admin)
      const row = data.prepaid_codes.find((candidate: any) => candidate.id === id)
      expect(row.redeemed_order.id).toBe(stored.redeemed_order_id)
      const { data: orders } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["id", "items.unit_price", "items.metadata"],
          filters: { id: stored.redeemed_order_id! },
        })
      expect(orders[0].items!.map((item) => [Number(item!.unit_price), item!.metadata?.prepaid_code_id])).toEqual([[0, id]])
      // Spent: no other cart can redeem it, and a redeemed code cannot be revoked.
      expect((await redeem(await cartOf("too-late"), code)).data.message).toBe(INVALID)
      expect((await settle(api.post(`/admin/prepaid-codes/${id}/revoke`, {}, admin))).status).toBe(400)
    })
  })
})
