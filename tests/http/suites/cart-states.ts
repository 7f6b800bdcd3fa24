import { httpSuite } from "../../helpers/http-suite"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { CART_STATE_MODULE } from "../../../src/modules/cart-state"
import type CartStateModuleService from "../../../src/modules/cart-state/service"
import { TICKETING_MODULE } from "../../../src/modules/ticketing"
import type TicketingModuleService from "../../../src/modules/ticketing/service"
import { seedDemo } from "../../helpers/demo-federation"
import { adminHeaders } from "../../helpers/admin"
import { readyForCheckout, reservedUnits, sharedPrint, shopperCarts } from "../../helpers/checkout"
import { settle } from "../../helpers/http"

const CART_NUMBER = /^\d{8}-\d{6}[+-]\d{4}-[2-9A-HJKMNP-Z]{4}$/

export default httpSuite(({ api, getContainer }) => {
  let demo: Awaited<ReturnType<typeof seedDemo>>
  let admin: Awaited<ReturnType<typeof adminHeaders>>
  let print: Awaited<ReturnType<typeof sharedPrint>>

  beforeAll(async () => {
    demo = await seedDemo(getContainer())
    admin = await adminHeaders(getContainer())
    print = await sharedPrint(getContainer())
  })

  const store = () => demo.storeHeaders
  const newCart = async () => (await api.post("/store/carts", { region_id: demo.region_id }, store())).data.cart.id as string
  const add = (cartId: string, quantity = 1) =>
    settle(api.post(`/store/carts/${cartId}/line-items`, { variant_id: print.variantIds[0], quantity }, store()))
  const move = (cartId: string, to: string) => settle(api.post(`/store/federated-carts/${cartId}/state`, { to }, store()))
  const complete = (cartId: string) => settle(api.post(`/store/carts/${cartId}/complete`, {}, store()))
  const stateOf = async (cartId: string) =>
    (await api.get(`/store/federated-carts/${cartId}`, store())).data.federated_cart as {
      state: string
      number: string
      allowed_moves: string[]
    }
  const movesOf = async (cartId: string) =>
    (await api.get(`/admin/federated-carts/${cartId}`, admin)).data.federated_cart.moves as {
      from: string
      to: string
      actor: string
      reason: string | null
    }[]
  const ticketsOf = (container: MedusaContainer, cartId: string) =>
    (container.resolve(TICKETING_MODULE) as TicketingModuleService).listTickets({ cart_id: cartId })
  const orderOf = async (container: MedusaContainer, cartId: string) => {
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: cartId } })
    return data[0]?.completed_at ?? null
  }

  it("moves a standard Medusa client's cart new → shop on its first add and shop → full → done at checkout, logging each move", async () => {
    const cartId = await newCart()
    expect(await stateOf(cartId)).toMatchObject({ state: "new", allowed_moves: ["shop", "void"] })
    expect((await stateOf(cartId)).number).toMatch(CART_NUMBER)

    expect((await add(cartId)).status).toBe(200)
    expect((await stateOf(cartId)).state).toBe("shop")

    await readyForCheckout(api, store(), cartId)
    const checkout = await complete(cartId)
    expect(checkout.status).toBe(200)
    expect(checkout.data.type).toBe("order")
    expect((await stateOf(cartId)).state).toBe("done")
    expect((await movesOf(cartId)).map(({ from, to, actor, reason }) => [from, to, actor, reason])).toEqual([
      ["new", "shop", "system", "first add"],
      ["shop", "full", "system", "checkout"],
      ["full", "done", "system", "order group placed"],
    ])

    // Done never changes again, on any path.
    for (const refused of [
      await add(cartId),
      await move(cartId, "void"),
      await settle(api.post(`/store/carts/${cartId}`, { email: "late@example.com" }, store())),
    ]) {
      expect(refused.status).toBe(409)
      expect(refused.data.message).toMatch(/done \(checked out\).*No moves are allowed/)
    }
  })

  it("starts a cart created with lines, as Medusa's create-cart allows, in shop", async () => {
    const { data } = await api.post(
      "/store/carts",
      { region_id: demo.region_id, items: [{ variant_id: print.variantIds[0], quantity: 1 }] },
      store()
    )
    expect((await stateOf(data.cart.id)).state).toBe("shop")
    expect((await movesOf(data.cart.id)).map(({ from, to, actor }) => `${from}>${to}:${actor}`)).toEqual(["new>shop:system"])
  })

  it("closes a full cart's lines on every path, keeps its checkout details open, extends its holds, and reopens it for shopping", async () => {
    const container = getContainer()
    const cartId = await newCart()
    const lineId = (await add(cartId, 2)).data.cart.items[0].id
    const [before] = await ticketsOf(container, cartId)
    const [elsewhere] = await container
      .resolve(Modules.REGION)
      .createRegions([{ name: "Canada", currency_code: "cad", countries: ["ca"] }])

    const full = await move(cartId, "full")
    expect(full.status).toBe(200)
    expect(full.data.federated_cart).toMatchObject({ state: "full", allowed_moves: ["shop", "void"] })
    const [extended] = await ticketsOf(container, cartId)
    expect(new Date(extended.expires_at).getTime()).toBeGreaterThan(new Date(before.expires_at).getTime())

    const refusals = [
      await add(cartId),
      await settle(api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 3 }, store())),
      await settle(api.delete(`/store/carts/${cartId}/line-items/${lineId}`, store())),
      await settle(
        api.post(
          `/store/federated-carts/${cartId}/line-items`,
          { variant_id: print.variantIds[1], quantity: 1, bookmark: { url: "/stores/lantern-forge" } },
          store()
        )
      ),
      await settle(api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["WELCOME"] }, store())),
      await settle(api.post(`/store/carts/${cartId}`, { region_id: elsewhere.id }, store())),
    ]
    for (const refused of refusals) {
      expect(refused.status).toBe(409)
      expect(refused.data.message).toMatch(
        /^This cart's state is full \(lines closed, awaiting payment\): .*Allowed moves: shop, void\.$/
      )
    }
    expect((await api.get(`/store/carts/${cartId}`, store())).data.cart.items[0].quantity).toBe(2)

    // Checkout details stay open while the cart awaits payment.
    await readyForCheckout(api, store(), cartId)
    expect((await settle(api.post(`/store/carts/${cartId}`, { email: "payer@example.com" }, store()))).status).toBe(200)

    expect((await move(cartId, "shop")).status).toBe(200)
    expect((await add(cartId)).status).toBe(200)
    expect((await api.get(`/store/carts/${cartId}`, store())).data.cart.items[0].quantity).toBe(3)
    expect((await movesOf(cartId)).map(({ to, actor }) => `${to}:${actor}`)).toEqual([
      "shop:system",
      "full:customer",
      "shop:customer",
    ])
  })

  it("voids a cart from new, shop or full, releasing its tickets; a void cart never changes again", async () => {
    const container = getContainer()
    const [fresh, shopping, paying] = [await newCart(), await newCart(), await newCart()]
    await add(shopping, 3)
    await add(paying, 2)
    await move(paying, "full")
    const reservedBefore = await reservedUnits(container, print.inventoryItemId)

    for (const cartId of [fresh, shopping, paying]) {
      const voided = await move(cartId, "void")
      expect(voided.status).toBe(200)
      expect(voided.data.federated_cart).toMatchObject({ state: "void", allowed_moves: [] })
    }
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(reservedBefore - 5)
    for (const ticket of [...(await ticketsOf(container, shopping)), ...(await ticketsOf(container, paying))]) {
      expect(ticket).toMatchObject({ status: "released", end_reason: "cart void" })
    }

    const refusals = [
      await add(fresh),
      await move(shopping, "shop"),
      await complete(paying),
      await settle(api.post(`/store/carts/${paying}`, { email: "x@example.com" }, store())),
      await settle(api.post(`/store/federated-carts/${shopping}/holds/extend`, {}, store())),
      await settle(api.post(`/store/payment-collections`, { cart_id: shopping }, store())),
    ]
    for (const refused of refusals) {
      expect(refused.status).toBe(409)
      expect(refused.data.message).toMatch(/void \(cancelled\).*No moves are allowed: it never changes again\./)
    }
  })

  it("answers an illegal move with a 409 naming the state and the allowed moves", async () => {
    const cartId = await newCart()
    const skip = await move(cartId, "full")
    expect(skip.status).toBe(409)
    expect(skip.data.message).toBe("This cart's state is new: it cannot move to full. Allowed moves: shop, void.")
    const checkout = await complete(cartId)
    expect(checkout.status).toBe(409)
    expect(checkout.data.message).toMatch(/new: it cannot be checked out\. Allowed moves: shop, void/)
    expect((await move(cartId, "done")).status).toBe(409)
    expect((await move(cartId, "paid")).status).toBe(400)
    expect((await stateOf(cartId)).state).toBe("new")
    expect(await movesOf(cartId)).toEqual([])
  })

  it("ends void racing checkout in exactly one consistent state, cart by cart", async () => {
    const container = getContainer()
    const carts = await Promise.all(Array.from({ length: 6 }, () => newCart()))
    for (const cartId of carts) {
      await add(cartId)
      await readyForCheckout(api, store(), cartId)
    }
    const raced = await Promise.all(
      carts.map(async (cartId, i) => {
        // Half the carts send the void first, half the checkout: both orders are raced.
        const [checkout, voided] =
          i % 2
            ? await Promise.all([complete(cartId), move(cartId, "void")])
            : (await Promise.all([move(cartId, "void"), complete(cartId)])).reverse()
        return { cartId, checkout, voided }
      })
    )
    for (const { cartId, checkout, voided } of raced) {
      const { state } = await stateOf(cartId)
      const tickets = await ticketsOf(container, cartId)
      if (state === "done") {
        expect(checkout.status).toBe(200)
        expect(checkout.data.type).toBe("order")
        expect(voided.status).toBe(409)
        expect(await orderOf(container, cartId)).not.toBeNull()
        expect(tickets.length).toBeGreaterThan(0)
        expect(tickets.every((ticket) => ticket.status === "purchased")).toBe(true)
      } else {
        expect(state).toBe("void")
        expect(voided.status).toBe(200)
        expect(checkout.status).toBe(409)
        expect(await orderOf(container, cartId)).toBeNull()
        expect(tickets.every((ticket) => ticket.status === "released")).toBe(true)
      }
      const moves = await movesOf(cartId)
      expect(moves[moves.length - 1].to).toBe(state)
    }
  })

  it("lets no promotion code land after a racing move to full, cart by cart", async () => {
    const container = getContainer()
    await container.resolve(Modules.PROMOTION).createPromotions([
      {
        code: "RACE10",
        type: "standard",
        status: "active",
        application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10 },
      },
    ])
    const cartStates: CartStateModuleService = container.resolve(CART_STATE_MODULE)
    for (let round = 0; round < 6; round++) {
      const cartId = await newCart()
      await add(cartId)
      const [toFull, coded] = await Promise.all([
        move(cartId, "full"),
        settle(api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["RACE10"] }, store())),
      ])
      expect([200, 409]).toContain(coded.status)
      expect(toFull.status).toBe(200)
      const { data } = await container.resolve("query").graph({
        entity: "cart",
        fields: ["promotions.code", "items.adjustments.created_at"],
        filters: { id: cartId },
      })
      const applied = (data[0].promotions ?? []).some((p: { code?: string } | null) => p?.code === "RACE10")
      expect(applied).toBe(coded.status === 200)
      const [toFullMove] = await cartStates.listCartMoves({ cart_id: cartId, to: "full" })
      for (const item of data[0].items ?? []) {
        for (const adjustment of item?.adjustments ?? []) {
          expect(new Date(adjustment!.created_at as string).getTime()).toBeLessThanOrEqual(
            new Date(toFullMove.moved_at).getTime()
          )
        }
      }
    }
  })

  it("lets no line removal land after a racing move to full, cart by cart", async () => {
    const container = getContainer()
    const cartModule = container.resolve(Modules.CART)
    for (let round = 0; round < 6; round++) {
      const cartId = await newCart()
      await add(cartId)
      await settle(api.post(`/store/carts/${cartId}/line-items`, { variant_id: print.variantIds[1], quantity: 1 }, store()))
      const lines = await cartModule.listLineItems({ cart_id: cartId })
      expect(lines).toHaveLength(2)

      const removals = lines.map((line) => settle(api.delete(`/store/carts/${cartId}/line-items/${line.id}`, store())))
      const [toFull, ...removed] = await Promise.all([move(cartId, "full"), ...removals])
      for (const answer of removed) {
        expect([200, 409]).toContain(answer.status)
      }

      const after = await cartModule.listLineItems({ cart_id: cartId }, { withDeleted: true })
      const gone = after.filter((line) => line.deleted_at)
      expect(gone).toHaveLength(removed.filter((answer) => answer.status === 200).length)
      if (toFull.status === 200) {
        const cartStates: CartStateModuleService = container.resolve(CART_STATE_MODULE)
        const [toFullMove] = await cartStates.listCartMoves({ cart_id: cartId, to: "full" })
        const movedAt = new Date(toFullMove.moved_at).getTime()
        for (const line of gone) {
          expect(new Date(line.deleted_at!).getTime()).toBeLessThanOrEqual(movedAt)
        }
      }
      // A removed line's ticket is released; a kept line's is held.
      const tickets = await ticketsOf(container, cartId)
      for (const line of after) {
        const ticket = tickets.find((t) => t.line_item_id === line.id)
        expect(ticket?.status).toBe(line.deleted_at ? "released" : "held")
      }
    }
  })

  it("serializes many concurrent moves on one cart: the log is one unbroken path and every success is in it", async () => {
    const cartId = await newCart()
    await add(cartId)
    const asked = Array.from({ length: 24 }, (_, i) => (i === 17 ? "void" : i % 2 ? "shop" : "full"))
    const answers = await Promise.all(asked.map((to) => move(cartId, to)))
    for (const answer of answers) {
      expect([200, 409]).toContain(answer.status)
    }
    const moves = await movesOf(cartId)
    const customerMoves = moves.filter((m) => m.actor === "customer")
    expect(customerMoves).toHaveLength(answers.filter((answer) => answer.status === 200).length)
    let at = "new"
    for (const { from, to } of moves) {
      expect(from).toBe(at)
      at = to
    }
    expect((await stateOf(cartId)).state).toBe(at)
    expect(at).toBe("void")
  })

  it("lists carts for the admin with state and number, newest first by the instant they were opened", async () => {
    const carts = await shopperCarts(getContainer(), demo, 3)
    for (const cart of carts) {
      await stateOf(cart.id)
    }
    await move(carts[1].id, "void")
    const { data } = await api.get("/admin/federated-carts?limit=200", admin)
    const opened = data.federated_carts.map((row: { opened_at: string }) => new Date(row.opened_at).getTime())
    expect(opened).toEqual([...opened].sort((a, b) => b - a))
    for (const row of data.federated_carts) {
      expect(row.number).toMatch(CART_NUMBER)
    }
    const voided = await api.get("/admin/federated-carts?state=void&limit=200", admin)
    expect(voided.data.federated_carts.map((row: { cart_id: string }) => row.cart_id)).toContain(carts[1].id)
    expect(voided.data.federated_carts.every((row: { state: string }) => row.state === "void")).toBe(true)

    const adminVoid = await settle(
      api.post(`/admin/federated-carts/${carts[0].id}/state`, { to: "void", reason: "abandoned" }, admin)
    )
    expect(adminVoid.status).toBe(200)
    const [logged] = await movesOf(carts[0].id)
    expect(logged).toMatchObject({ from: "new", to: "void", actor: "admin" })
    expect(logged.reason).toMatch(/abandoned$/)

    const totals = await api.get("/admin/federated-carts/daily-totals?from=2026-11-01&to=2026-11-02", admin)
    expect(totals.data.days.map((day: { hours: number }) => day.hours)).toEqual([25, 24])
  })
})
