import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { FEDERATION_MODULE } from "../../src/modules/federation"
import { ORDER_GROUP_MODULE } from "../../src/modules/order-group"
import type OrderGroupModuleService from "../../src/modules/order-group/service"
import { address } from "./checkout"
import type { DemoFederation } from "./demo-federation"

type StoreOfVariant = { id: string; name: string; sales_channel: { id: string } }

export type PlacedStoreOrder = {
  order_id: string
  store_id: string
  store_name: string
  location_id: string
  items: { id: string; quantity: number }[]
}

/**
 * What a federated checkout leaves behind, made directly: one Medusa order per store
 * (with that store's shipping option and the stock reservations Medusa's fulfillment
 * workflow looks for), an order group for the cart, and the group and store links. Lets
 * the delivery relay be tested apart from the checkout itself.
 */
export async function placeOrderGroup(
  container: MedusaContainer,
  demo: DemoFederation,
  { cartId, lines }: { cartId: string; lines: { sku: string; quantity: number }[] }
): Promise<{ group_id: string; orders: PlacedStoreOrder[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "sku",
      "title",
      "product.title",
      "product.federated_store.id",
      "product.federated_store.name",
      "product.federated_store.sales_channel.id",
      "inventory_items.inventory_item_id",
    ],
    filters: { sku: lines.map((line) => line.sku) },
  })
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "amount", "service_zone.fulfillment_set.location.id"],
  })

  const orders: PlacedStoreOrder[] = []
  for (const line of lines) {
    // One line per store in these tests, so one order per line.
    const variant = variants.find((candidate) => candidate.sku === line.sku)!
    // Typed here: the plugin's links are in Medusa's generated query types only once regenerated.
    const store = (variant.product as { federated_store?: StoreOfVariant }).federated_store!
    const option = options.find((candidate) => candidate.name.startsWith(`${store.name}:`))!
    const locationId = (option.service_zone as { fulfillment_set: { location: { id: string } } }).fulfillment_set.location.id
    const { result: order } = await createOrderWorkflow(container).run({
      input: {
        region_id: demo.region_id as string,
        // Each store's order is in that store's own sales channel, as the checkout makes it.
        sales_channel_id: store.sales_channel.id,
        email: "ada@example.com",
        currency_code: "usd",
        shipping_address: address,
        billing_address: address,
        items: [{ variant_id: variant.id, quantity: line.quantity, title: variant.title ?? line.sku }],
        shipping_methods: [{ name: option.name, amount: 5, shipping_option_id: option.id }],
      },
    })
    const items = (order.items ?? []).map((item) => ({ id: item.id, quantity: Number(item.quantity) }))
    await container.resolve(Modules.INVENTORY).createReservationItems(
      items.map((item) => ({
        line_item_id: item.id,
        inventory_item_id: variant.inventory_items![0]!.inventory_item_id,
        location_id: locationId,
        quantity: item.quantity,
      }))
    )
    orders.push({ order_id: order.id, store_id: store.id, store_name: store.name, location_id: locationId, items })
  }

  const orderGroups: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
  const group = await orderGroups.createOrderGroups({
    cart_id: cartId,
    email: "ada@example.com",
    currency_code: "usd",
    total: 0,
    store_count: orders.length,
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create(
    orders.flatMap((order) => [
      { [ORDER_GROUP_MODULE]: { order_group_id: group.id }, [Modules.ORDER]: { order_id: order.order_id } },
      { [FEDERATION_MODULE]: { federated_store_id: order.store_id }, [Modules.ORDER]: { order_id: order.order_id } },
    ])
  )
  return { group_id: group.id, orders }
}
