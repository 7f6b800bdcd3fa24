import { httpSuite } from "../../helpers/http-suite"
import { readyForCheckout } from "../../helpers/checkout"
import { settle } from "../../helpers/http"
import { gameWithProtectedTurns, tokenFor } from "../../helpers/partners"
import { demoProduct, newCart } from "../../helpers/visibility"

export default httpSuite(({ api, getContainer }) => {
  const fixture = gameWithProtectedTurns(api, getContainer)
  let { demo, admin, game, turns } = fixture
  beforeEach(() => {
    ;({ demo, admin, game, turns } = fixture)
  })

  const limitTurns = (rule: Record<string, unknown>) => settle(api.post(`/admin/products/${turns.id}/purchase-rule`, rule, admin))
  /** A shopper's cart, arrived from the game as `account`. */
  const cartOf = async (account: string, owns?: string[]) => {
    const cartId = await newCart(api, demo)
    await api.post(
      `/store/federated-carts/${cartId}/partner-handshake`,
      { token: tokenFor(game, account, { owns }) },
      demo.storeHeaders
    )
    return cartId
  }
  const addTurns = (cartId: string, quantity: number) =>
    settle(
      api.post(`/store/carts/${cartId}/line-items`, { variant_id: turns.variantTitled("10 turns"), quantity }, demo.storeHeaders)
    )
  const complete = (cartId: string) => settle(api.post(`/store/carts/${cartId}/complete`, {}, demo.storeHeaders))

  describe("a partner account's limit", () => {
    it("an admin sets a product's limits; bad ones are refused", async () => {
      expect((await limitTurns({ limit_quantity: 3, limit_amount: 250, limit_period_days: 30 })).data.purchase_rule).toEqual({
        product_id: turns.id,
        limit_quantity: 3,
        limit_amount: 250,
        limit_period_days: 30,
        requires_product_id: null,
      })
      expect((await limitTurns({ limit_quantity: 0 })).status).toBe(400)
      expect((await limitTurns({ limit_period_days: 7 })).status).toBe(400)
      expect((await limitTurns({ requires_product_id: turns.id })).status).toBe(400)
      expect((await limitTurns({ requires_product_id: "prod_nope" })).status).toBe(404)
      const { data } = await api.get(`/admin/products/${turns.id}/purchase-rule`, admin)
      expect(data.purchase_rule.limit_quantity).toBe(3)
    })

    it("adding and growing lines stops at the account's quantity limit, counting what the cart holds", async () => {
      await limitTurns({ limit_quantity: 3 })
      const cartId = await cartOf("player-1")
      const first = await addTurns(cartId, 2)
      expect(first.status).toBe(200)
      const over = await addTurns(cartId, 2)
      expect(over.status).toBe(400)
      // The 2 in the cart count: 1 more may be added.
      expect(over.data.message).toBe("Turn Pack is limited to 3 per account: this account can buy 1 more.")
      const lineId = first.data.cart.items[0].id
      const grow = (quantity: number) =>
        settle(api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity }, demo.storeHeaders))
      expect((await grow(4)).status).toBe(400)
      expect((await grow(3)).status).toBe(200)
      // Another account of the game has its own limit.
      expect((await addTurns(await cartOf("player-2"), 3)).status).toBe(200)
    })

    it("holds a money limit per period", async () => {
      await limitTurns({ limit_amount: 10, limit_period_days: 30 })
      const cartId = await cartOf("player-3")
      expect((await addTurns(cartId, 2)).status).toBe(200)
      const over = await addTurns(cartId, 1)
      expect(over.status).toBe(400)
      expect(over.data.message).toBe("Turn Pack is limited to 10.00 per account every 30 days: this account can spend 0.02 more.")
    })

    it("counts what the account's other open carts hold when a line is added", async () => {
      await limitTurns({ limit_quantity: 3 })
      expect((await addTurns(await cartOf("player-two-carts"), 2)).status).toBe(200)
      const second = await cartOf("player-two-carts")
      const over = await addTurns(second, 2)
      expect([over.status, over.data.message]).toEqual([
        400,
        "Turn Pack is limited to 3 per account: this account can buy 1 more.",
      ])
      expect((await addTurns(second, 1)).status).toBe(200)

      // The admin's Partners page reads the same count.
      const { data } = await api.get(`/admin/partners/${game.id}/spend`, admin)
      expect(data.limits).toEqual([
        { product_id: turns.id, title: "Turn Pack", limit_quantity: 3, limit_amount: null, limit_period_days: null },
      ])
      const account = data.accounts.find((a: { account_ref: string }) => a.account_ref === "player-two-carts")
      expect(account.spend).toEqual([
        { product_id: turns.id, bought: { quantity: 0, amount: 0 }, held: { quantity: 3, amount: expect.closeTo(14.97, 2) } },
      ])
    })

    it("is never passed by concurrent adds of one account from many carts", async () => {
      await limitTurns({ limit_amount: 100 })
      const carts = await Promise.all(Array.from({ length: 10 }, () => cartOf("player-burst")))
      // Ten carts of one account each add 50 turns ($19.99) at once, against $100: five fit.
      const answers = await Promise.all(
        carts.map((cartId) =>
          settle(
            api.post(
              `/store/carts/${cartId}/line-items`,
              { variant_id: turns.variantTitled("50 turns"), quantity: 1 },
              demo.storeHeaders
            )
          )
        )
      )
      expect(answers.filter((answer) => answer.status === 200)).toHaveLength(5)
      const refused = answers.filter((answer) => answer.status !== 200)
      expect(refused).toHaveLength(5)
      for (const answer of refused) {
        expect([answer.status, answer.data.message]).toEqual([
          400,
          "Turn Pack is limited to 100.00 per account: this account can spend 0.05 more.",
        ])
      }
    })

    it("is never passed by concurrent checkouts of one account from many carts", async () => {
      // Six carts fill within a limit of 6; the admin then lowers it to 3 before they check out.
      await limitTurns({ limit_quantity: 6 })
      const carts: string[] = []
      for (let i = 0; i < 6; i++) {
        const cartId = await cartOf("player-race")
        expect((await addTurns(cartId, 1)).status).toBe(200)
        await readyForCheckout(api, demo.storeHeaders, cartId)
        carts.push(cartId)
      }
      await limitTurns({ limit_quantity: 3 })
      const answers = await Promise.all(carts.map(complete))
      const orders = answers.filter((answer) => answer.status === 200 && answer.data.type === "order")
      const refused = answers.filter((answer) => answer.status === 400)
      expect(orders).toHaveLength(3)
      expect(refused).toHaveLength(3)
      for (const answer of refused) {
        expect(answer.data.message).toBe("Turn Pack is limited to 3 per account: this account can buy 0 more.")
      }
      // The orders count from then on, in any new cart of the account.
      const later = await addTurns(await cartOf("player-race"), 1)
      expect(later.data.message).toBe("Turn Pack is limited to 3 per account: this account can buy 0 more.")
    })
  })

  describe("a product that needs another", () => {
    const needsMembership = "Turn Pack needs Guild Membership: add Guild Membership to the cart first."
    let membership: Awaited<ReturnType<typeof demoProduct>>
    beforeEach(async () => {
      membership = await demoProduct(getContainer(), "guild-membership")
      await limitTurns({ requires_product_id: membership.id })
    })
    const addMembership = (cartId: string) =>
      api.post(`/store/carts/${cartId}/line-items`, { variant_id: membership.variantIds[0], quantity: 1 }, demo.storeHeaders)

    it("is refused until the cart holds it; taking it out again blocks the checkout", async () => {
      const cartId = await cartOf("player-new")
      const refused = await addTurns(cartId, 1)
      expect([refused.status, refused.data.message]).toEqual([400, needsMembership])
      const { data } = await addMembership(cartId)
      expect((await addTurns(cartId, 1)).status).toBe(200)
      await readyForCheckout(api, demo.storeHeaders, cartId)

      const membershipLine = data.cart.items[0].id
      await api.delete(`/store/carts/${cartId}/line-items/${membershipLine}`, demo.storeHeaders)
      const blocked = await complete(cartId)
      expect([blocked.status, blocked.data.message]).toEqual([400, needsMembership])

      await addMembership(cartId)
      await readyForCheckout(api, demo.storeHeaders, cartId)
      const done = await complete(cartId)
      expect(done.data.type).toBe("order")
      // Bought once, owned from then on: the account's next cart needs no membership.
      expect((await addTurns(await cartOf("player-new"), 1)).status).toBe(200)
    })

    it("is allowed when the partner's handshake says the account owns it", async () => {
      expect((await addTurns(await cartOf("player-member", ["guild-membership"]), 1)).status).toBe(200)
      // Ownership follows the latest handshake.
      expect((await addTurns(await cartOf("player-member"), 1)).data.message).toBe(needsMembership)
    })
  })
})
