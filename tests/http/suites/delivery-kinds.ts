import { httpSuite } from "../../helpers/http-suite"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DISTRIBUTION_MODULE } from "../../../src/modules/distribution"
import type DistributionModuleService from "../../../src/modules/distribution/service"
import { PREPAID_CODE_MODULE } from "../../../src/modules/prepaid-code"
import type PrepaidCodeModuleService from "../../../src/modules/prepaid-code/service"
import { ORDER_GROUP_PLACED } from "../../../src/modules/order-group/events"
import deliverDigitalLines from "../../../src/subscribers/deliver-digital-lines"
import { DIGITAL_PROVIDERS } from "../../../src/workflows/steps/ensure-digital-shipping-options"
import { address, payWithSystemProvider, shopperCarts } from "../../helpers/checkout"
import { eventually } from "../../helpers/fulfillment"
import { settle } from "../../helpers/http"
import { createPartner, tokenFor } from "../../helpers/partners"
import { demoProduct, demoWithAdmin } from "../../helpers/visibility"

type Product = Awaited<ReturnType<typeof demoProduct>>
type Line = {
  id: string
  variant_id: string
  quantity: number
  requires_shipping: boolean
  metadata: Record<string, unknown> | null
}

/** Where the payment says the shopper lives: mail goes here, not to the typed shipping address. */
const BILLING = { ...address, address_1: "7 Verified Lane" }
const ELSEWHERE = { ...address, address_1: "99 Somewhere Else" }

export default httpSuite(({ api, getContainer }) => {
  const fixture = demoWithAdmin(getContainer)
  let guild: Product // web service, immediate only
  let turns: Product // web service, immediate or prepaid codes (immediate by default)
  let cap: Product // merchandise: mail

  const container = () => getContainer()
  const store = () => fixture.demo.storeHeaders
  const setDelivery = (productId: string, body: Record<string, unknown>) =>
    settle(api.post(`/admin/products/${productId}/delivery`, body, fixture.admin))
  const addLine = (cartId: string, variantId: string, quantity = 1, metadata?: Record<string, unknown>) =>
    settle(
      api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: variantId, quantity, ...(metadata ? { metadata } : {}) },
        store()
      )
    )
  const choose = (cartId: string, lineId: string, kind: string) =>
    settle(api.post(`/store/federated-carts/${cartId}/line-items/${lineId}/delivery`, { kind }, store()))
  const linesOf = async (cartId: string): Promise<Line[]> => {
    const { data } = await api.get(`/store/carts/${cartId}?fields=*items`, store())
    return data.cart.items
  }
  const lineOf = async (cartId: string, variantId: string) =>
    (await linesOf(cartId)).find((line) => line.variant_id === variantId)!

  beforeEach(async () => {
    ;[guild, turns, cap] = await Promise.all(
      ["guild-membership", "turn-pack", "harbor-crew-cap"].map((handle) => demoProduct(container(), handle))
    )
    expect((await setDelivery(guild.id, { goods: "web_service", kinds: ["immediate"] })).status).toBe(200)
    expect(
      (await setDelivery(turns.id, { goods: "web_service", kinds: ["immediate", "prepaid_code"], default_kind: "immediate" }))
        .status
    ).toBe(200)
  })

  async function newCart() {
    const [cart] = await shopperCarts(container(), fixture.demo, 1)
    return cart.id as string
  }

  /** Binds the cart to a game account through the partner handshake: where immediate deliveries go. */
  async function bindToGame(cartId: string) {
    const game = await createPartner(api, fixture.admin, "Salt Coast Online")
    const bound = await api.post(
      `/store/federated-carts/${cartId}/partner-handshake`,
      { token: tokenFor(game, "player-7") },
      store()
    )
    expect(bound.status).toBe(200)
  }

  /** Medusa's standard checkout, with a shipping method only for the stores that mail something. */
  async function checkOut(cartId: string) {
    await api.post(`/store/carts/${cartId}`, { shipping_address: ELSEWHERE, billing_address: BILLING }, store())
    const { data } = await api.get(`/store/federated-carts/${cartId}/shipping-options`, store())
    for (const share of data.stores) {
      if (share.requires_shipping) {
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: share.shipping_options[0].id }, store())
      }
    }
    await payWithSystemProvider(api, store(), cartId)
    return settle(api.post(`/store/carts/${cartId}/complete`, {}, store()))
  }

  const storeOrders = async (groupId: string) => {
    const { data } = await container()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "order_group",
        fields: [
          "orders.id",
          "orders.shipping_address.address_1",
          "orders.shipping_methods.id",
          "orders.items.id",
          "orders.items.variant_id",
          "orders.items.quantity",
          "orders.items.requires_shipping",
          "orders.items.metadata",
          "orders.fulfillments.id",
          "orders.fulfillments.provider_id",
        ],
        filters: { id: groupId },
      })
    return (data[0].orders ?? []).flatMap((order) => (order ? [order] : []))
  }
  const orderWith = async (groupId: string, variantId: string) =>
    (await storeOrders(groupId)).find((order) => (order.items ?? []).some((item) => item?.variant_id === variantId))!
  const codesOf = (orderId: string) =>
    container().resolve<PrepaidCodeModuleService>(PREPAID_CODE_MODULE).listPrepaidCodes({ issued_order_id: orderId })
  const partnerDeliveriesOf = (orderId: string) =>
    container()
      .resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
      .listHandOffs({ order_id: orderId, recipient_kind: "partner" })

  describe("an admin", () => {
    it("sets a product's goods and delivery kinds; a web service then ships nothing", async () => {
      const { data: unset } = await api.get(`/admin/products/${cap.id}/delivery`, fixture.admin)
      expect(unset.product_delivery).toEqual({ product_id: cap.id, goods: "merchandise", kinds: ["mail"], default_kind: "mail" })

      const { data } = await api.get(`/admin/products/${turns.id}/delivery`, fixture.admin)
      expect(data.product_delivery).toMatchObject({
        goods: "web_service",
        kinds: ["immediate", "prepaid_code"],
        default_kind: "immediate",
      })
      const requiresShipping = async (product: Product) => {
        const { data } = await container()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "product_variant",
            fields: ["inventory_items.inventory.requires_shipping"],
            filters: { id: product.variantIds },
          })
        return [
          ...new Set(
            data.flatMap((variant) => (variant.inventory_items ?? []).map((link) => link?.inventory?.requires_shipping))
          ),
        ]
      }
      expect(await requiresShipping(turns)).toEqual([false])

      expect((await setDelivery(turns.id, { goods: "merchandise", kinds: ["mail"] })).status).toBe(200)
      expect(await requiresShipping(turns)).toEqual([true])
    })

    it("is refused illegal combinations with a 400 that says why", async () => {
      const mailedService = await setDelivery(guild.id, { goods: "web_service", kinds: ["immediate", "mail"] })
      expect(mailedService.status).toBe(400)
      expect(mailedService.data.message).toContain("mail is not possible for a web service")

      const prepaidShirt = await setDelivery(cap.id, { goods: "merchandise", kinds: ["prepaid_code"] })
      expect(prepaidShirt.status).toBe(400)
      expect(prepaidShirt.data.message).toContain("prepaid codes is not possible for merchandise")

      const strayDefault = await setDelivery(guild.id, {
        goods: "web_service",
        kinds: ["immediate"],
        default_kind: "prepaid_code",
      })
      expect(strayDefault.status).toBe(400)
      expect(strayDefault.data.message).toContain("must be one of the allowed kinds")

      const { data } = await api.get(`/admin/products/${guild.id}/delivery`, fixture.admin)
      expect(data.product_delivery).toMatchObject({ goods: "web_service", kinds: ["immediate"] })
    })
  })

  describe("a shopper", () => {
    it("gets the product's default kind on every add path, and a repeated add joins that line", async () => {
      const cartId = await newCart()
      const tenTurns = turns.variantTitled("10 turns")
      expect((await addLine(cartId, tenTurns)).status).toBe(200)
      expect((await addLine(cartId, tenTurns)).status).toBe(200)
      const federated = await settle(
        api.post(
          `/store/federated-carts/${cartId}/line-items`,
          { variant_id: guild.variantIds[0], quantity: 1, bookmark: { url: "/stores/lantern-forge" } },
          store()
        )
      )
      expect(federated.status).toBe(200)
      expect((await addLine(cartId, cap.variantIds[0])).status).toBe(200)

      const lines = await linesOf(cartId)
      expect(lines).toHaveLength(3)
      expect(lines.find((line) => line.variant_id === tenTurns)).toMatchObject({
        quantity: 2,
        requires_shipping: false,
        metadata: { delivery_kind: "immediate" },
      })
      expect(lines.find((line) => line.variant_id === guild.variantIds[0])).toMatchObject({
        requires_shipping: false,
        metadata: { delivery_kind: "immediate" },
      })
      expect(lines.find((line) => line.variant_id === cap.variantIds[0])).toMatchObject({
        requires_shipping: true,
        metadata: { delivery_kind: "mail" },
      })

      // Asking for a kind the product does not allow is refused when adding too.
      const mailedGuild = await addLine(cartId, guild.variantIds[0], 1, { delivery_kind: "mail" })
      expect(mailedGuild.status).toBe(400)
      expect(mailedGuild.data.message).toContain("cannot be delivered by mail")
    })

    it("changes a line's kind among the allowed ones; the rest is refused", async () => {
      const cartId = await newCart()
      const tenTurns = turns.variantTitled("10 turns")
      await addLine(cartId, tenTurns, 2)
      await addLine(cartId, cap.variantIds[0])
      const turnsLine = await lineOf(cartId, tenTurns)
      const capLine = await lineOf(cartId, cap.variantIds[0])

      const chosen = await choose(cartId, turnsLine.id, "prepaid_code")
      expect(chosen.status).toBe(200)
      const shown = chosen.data.federated_cart.stores.flatMap((share: { items: unknown[] }) => share.items)
      expect(shown.find((line: { id: string }) => line.id === turnsLine.id).delivery).toEqual({
        kind: "prepaid_code",
        choices: ["immediate", "prepaid_code"],
        forced: false,
      })
      expect((await lineOf(cartId, tenTurns)).metadata).toMatchObject({ delivery_kind: "prepaid_code" })
      // Adding more of the variant joins the line as it now is.
      await addLine(cartId, tenTurns)
      expect(await linesOf(cartId)).toHaveLength(2)
      expect(await lineOf(cartId, tenTurns)).toMatchObject({ quantity: 3, metadata: { delivery_kind: "prepaid_code" } })

      const mailed = await choose(cartId, turnsLine.id, "mail")
      expect(mailed.status).toBe(400)
      expect(mailed.data.message).toContain("cannot be delivered by mail")
      const immediateCap = await choose(cartId, capLine.id, "immediate")
      expect(immediateCap.status).toBe(400)
      expect(immediateCap.data.message).toContain("cannot be delivered by immediate delivery")
      expect((await choose(cartId, "cali_nope", "immediate")).status).toBe(404)
      expect(
        (
          await settle(
            api.post(`/store/federated-carts/${cartId}/line-items/${turnsLine.id}/delivery`, { kind: "pigeon" }, store())
          )
        ).status
      ).toBe(400)
    })

    it("cannot change the kind of a line bought with a prepaid code: it is always immediate", async () => {
      const cartId = await newCart()
      const tenTurns = turns.variantTitled("10 turns")
      await addLine(cartId, tenTurns)
      const line = await lineOf(cartId, tenTurns)
      // What a redemption leaves on its line (the prepaid-code suite makes it through the route).
      await container()
        .resolve(Modules.CART)
        .updateLineItems(line.id, { metadata: { delivery_kind: "immediate", prepaid_code_id: "ppc_redeemed" } })

      const refused = await choose(cartId, line.id, "prepaid_code")
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("prepaid code: it is always delivered immediately")
      const { data } = await api.get(`/store/federated-carts/${cartId}`, store())
      const shown = data.federated_cart.stores.flatMap((share: { items: { id: string }[] }) => share.items)
      expect(shown.find((item: { id: string }) => item.id === line.id).delivery).toEqual({
        kind: "immediate",
        choices: ["immediate"],
        forced: true,
      })
    })

    it("checks out a store of digital lines only without any shipping method", async () => {
      const cartId = await newCart()
      await bindToGame(cartId)
      await addLine(cartId, guild.variantIds[0])
      await addLine(cartId, turns.variantTitled("10 turns"))
      const { data } = await api.get(`/store/federated-carts/${cartId}/shipping-options`, store())
      expect(data.stores).toEqual([expect.objectContaining({ requires_shipping: false })])

      const done = await checkOut(cartId)
      expect(done.status).toBe(200)
      // A checked-out cart never changes again, its lines' delivery included.
      const afterwards = await choose(cartId, (await lineOf(cartId, guild.variantIds[0])).id, "prepaid_code")
      expect(afterwards.status).toBe(409)
      const [order] = await storeOrders(done.data.order_group.id)
      expect(order.shipping_methods ?? []).toHaveLength(0)
      expect((order.items ?? []).every((item) => item?.requires_shipping === false)).toBe(true)
      // Both lines go to the game at once (turn packs default to immediate): one fulfillment.
      const delivered = await eventually(
        () => orderWith(done.data.order_group.id, guild.variantIds[0]),
        (o) => (o.fulfillments ?? []).length > 0,
        30_000
      )
      expect((delivered.fulfillments ?? []).map((f) => f?.provider_id)).toEqual([DIGITAL_PROVIDERS.immediate])
      await eventually(
        () => partnerDeliveriesOf(order.id),
        (rows) => rows.length === 1,
        30_000
      )
    })

    it("cannot pay for an immediate line without a partner account to deliver it to", async () => {
      const cartId = await newCart()
      await addLine(cartId, guild.variantIds[0])
      const refused = await checkOut(cartId)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("is delivered straight to your account at the partner")
    })
  })

  describe("after payment", () => {
    /** Guild (immediate) and 2 turn packs (prepaid codes) from Lantern Forge, a cap (mail) from Harbor Thread. */
    async function placeEveryKind() {
      const cartId = await newCart()
      await bindToGame(cartId)
      await addLine(cartId, guild.variantIds[0])
      await addLine(cartId, turns.variantTitled("10 turns"), 2)
      await addLine(cartId, cap.variantIds[0])
      expect((await choose(cartId, (await lineOf(cartId, turns.variantTitled("10 turns"))).id, "prepaid_code")).status).toBe(200)
      const done = await checkOut(cartId)
      expect(done.status).toBe(200)
      const groupId = done.data.order_group.id as string
      const digital = await eventually(
        () => orderWith(groupId, guild.variantIds[0]),
        (order) => (order.fulfillments ?? []).length === 2,
        30_000
      )
      await eventually(
        () => codesOf(digital.id),
        (codes) => codes.length === 2,
        30_000
      )
      return { groupId, digital, mailed: await orderWith(groupId, cap.variantIds[0]) }
    }

    it("delivers each kind its own way: partner delivery, one code per unit, mail to the billing address", async () => {
      const { digital, mailed } = await placeEveryKind()

      const providers = (digital.fulfillments ?? []).map((f) => f?.provider_id).sort()
      expect(providers).toEqual([DIGITAL_PROVIDERS.immediate, DIGITAL_PROVIDERS.prepaid_code].sort())
      const kinds = Object.fromEntries((digital.items ?? []).map((item) => [item!.variant_id, item!.metadata?.delivery_kind]))
      expect(kinds).toEqual({ [guild.variantIds[0]]: "immediate", [turns.variantTitled("10 turns")]: "prepaid_code" })

      const prepaid = (digital.fulfillments ?? []).find((f) => f?.provider_id === DIGITAL_PROVIDERS.prepaid_code)!
      const codes = await codesOf(digital.id)
      expect(codes.map((code) => code.issued_fulfillment_id)).toEqual([prepaid.id, prepaid.id])
      expect(codes.map((code) => code.issued_unit).sort()).toEqual([0, 1])

      const immediate = (digital.fulfillments ?? []).find((f) => f?.provider_id === DIGITAL_PROVIDERS.immediate)!
      const deliveries = await partnerDeliveriesOf(digital.id)
      expect(deliveries.map((delivery) => delivery.fulfillment_id)).toEqual([immediate.id])

      // Mail waits for the store's own (manual) fulfillment, and goes to the payment's address.
      expect(mailed.fulfillments ?? []).toHaveLength(0)
      expect(mailed.shipping_methods).toHaveLength(1)
      expect(mailed.shipping_address?.address_1).toBe(BILLING.address_1)
    })

    it("makes nothing twice when order_group.placed is delivered again, even twice at once", async () => {
      const { groupId, digital } = await placeEveryKind()
      const redeliver = () =>
        deliverDigitalLines({
          event: { name: ORDER_GROUP_PLACED, data: { id: groupId } },
          container: container(),
          pluginOptions: {},
        })
      await Promise.all([redeliver(), redeliver()])
      await redeliver()

      const again = await orderWith(groupId, guild.variantIds[0])
      expect((again.fulfillments ?? []).map((f) => f?.id).sort()).toEqual((digital.fulfillments ?? []).map((f) => f?.id).sort())
      expect(await codesOf(digital.id)).toHaveLength(2)
      expect(await partnerDeliveriesOf(digital.id)).toHaveLength(1)
    })
  })
})
