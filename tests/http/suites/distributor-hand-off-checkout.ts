import { httpSuite } from "../../helpers/http-suite"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders } from "../../helpers/admin"
import { readyForCheckout, shopperCarts } from "../../helpers/checkout"
import { seedDemo } from "../../helpers/demo-federation"
import { eventually } from "../../helpers/fulfillment"
import { startReceiver } from "../../helpers/hand-offs"

const RECEIVER_PORT = Number(process.env.TEST_RECEIVER_PORT ?? 54373)
// One product of each demo store.
const THREE_STORES = ["TW-TALES-HC", "HT-CAP-NAVY", "LF-COVER-PRINT"]

export default httpSuite(({ api, getContainer }) => {
  it("hands each store's order of a real three-store checkout to that store's distributor, once, signed", async () => {
    const container = getContainer()
    const demo = await seedDemo(container)
    const admin = await adminHeaders(container)
    const receiver = await startReceiver(RECEIVER_PORT)
    try {
      // The demo stores were made with secrets nobody kept: rotate to learn them, as an admin would.
      const { data: listed } = await api.get("/admin/federated-stores?fields=id,handle", admin)
      for (const store of listed.federated_stores) {
        await api.post(`/admin/federated-stores/${store.id}`, { distributor_url: receiver.url(store.handle) }, admin)
        const { data } = await api.post(`/admin/federated-stores/${store.id}/distributor-secret`, {}, admin)
        receiver.knowSecret(store.handle, data.distributor_secret.secret)
      }

      const { data: variants } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: THREE_STORES } })
      const [cart] = await shopperCarts(container, demo, 1)
      for (const variant of variants) {
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variant.id, quantity: 1 }, demo.storeHeaders)
      }
      await readyForCheckout(api, demo.storeHeaders, cart.id)
      const done = await api.post(`/store/carts/${cart.id}/complete`, {}, demo.storeHeaders)
      const group = done.data.order_group
      expect(group.orders).toHaveLength(3)

      const handOffs = await eventually(
        async () => (await api.get(`/admin/hand-offs?order_group_id=${group.id}`, admin)).data.hand_offs,
        (rows: { status: string }[]) => rows.length === 3 && rows.every((row) => row.status === "acknowledged"),
        30_000
      )
      expect(handOffs.map((h: { status: string }) => h.status)).toEqual(["acknowledged", "acknowledged", "acknowledged"])
      expect(receiver.deliveries).toHaveLength(3)
      expect(receiver.deliveries.every((delivery) => delivery.verified)).toBe(true)
      for (const delivery of receiver.deliveries) {
        const body = JSON.parse(delivery.rawBody)
        const order = group.orders.find((o: { id: string }) => o.id === body.order.id)
        expect(body.order_group_id).toBe(group.id)
        expect(body.order.display_id).toBe(order.display_id)
        expect(body.order.items.map((item: { sku: string }) => item.sku)).toEqual(
          order.items.map((item: { variant_sku: string }) => item.variant_sku)
        )
        expect(body.order.totals.total).toBeCloseTo(Number(order.total), 6)
        expect(body.order.shipping_address.country_code).toBe("us")
        // Verified with the secret of the store it was addressed to, and about that store's order.
        expect(body.store.handle).toBe(delivery.handle)
        expect(body.store.id).toBe(order.federated_store.id)
      }
    } finally {
      await receiver.close()
    }
  })
})
