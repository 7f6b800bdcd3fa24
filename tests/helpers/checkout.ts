import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { addShippingMethodToCartWorkflow, updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { addToCartWithTicketsWorkflow } from "../../src/workflows"
import { TICKETING_MODULE } from "../../src/modules/ticketing"
import type TicketingModuleService from "../../src/modules/ticketing/service"
import type { DemoFederation } from "./demo-federation"
import type { Api, Headers } from "./http"

/** The shared print: one inventory item of 50 units, sold by Tidewater and Lantern Forge. */
export async function sharedPrint(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { sku: ["TW-LIGHTHOUSE-A3", "LF-COVER-PRINT"] },
  })
  return {
    variantIds: data.map((variant) => variant.id),
    inventoryItemId: data[0].inventory_items![0]!.inventory_item_id,
  }
}

/** Shoppers' carts in the federation's sales channel and the demo region. */
export async function shopperCarts(container: MedusaContainer, demo: DemoFederation, count: number) {
  const channels = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { select: ["id", "metadata"] })
  const federation = channels.find((channel) => channel.metadata?.federation_wide === true)!
  return container.resolve(Modules.CART).createCarts(
    Array.from({ length: count }, (_, i) => ({
      currency_code: "usd",
      region_id: demo.region_id as string,
      sales_channel_id: federation.id,
      email: `shopper${i}@example.com`,
    }))
  )
}

export async function reservedUnits(container: MedusaContainer, inventoryItemId: string) {
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId })
  return levels.reduce((sum, level) => sum + Number(level.reserved_quantity), 0)
}

export async function heldUnits(container: MedusaContainer, inventoryItemId: string) {
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  const tickets = await ticketing.listTickets({ inventory_item_id: inventoryItemId, status: "held" })
  return tickets.reduce((sum, ticket) => sum + ticket.quantity, 0)
}

/**
 * Medusa's books agree with the tickets: every level's `reserved_quantity` equals the sum
 * of its reservations, and every held ticket is backed by a reservation of its size.
 */
export async function expectLedgerBalanced(container: MedusaContainer, inventoryItemId: string) {
  const inventory = container.resolve(Modules.INVENTORY)
  const [levels, reservations] = await Promise.all([
    inventory.listInventoryLevels({ inventory_item_id: inventoryItemId }),
    inventory.listReservationItems({ inventory_item_id: inventoryItemId }),
  ])
  for (const level of levels) {
    const reserved = reservations
      .filter((reservation) => reservation.location_id === level.location_id)
      .reduce((sum, reservation) => sum + Number(reservation.quantity), 0)
    expect({ location: level.location_id, reserved: Number(level.reserved_quantity) }).toEqual({
      location: level.location_id,
      reserved,
    })
  }
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  const held = await ticketing.listTickets({ inventory_item_id: inventoryItemId, status: "held" })
  const quantityOf = new Map(reservations.map((reservation) => [reservation.id, Number(reservation.quantity)]))
  expect(held.map((ticket) => quantityOf.get(ticket.reservation_id ?? ""))).toEqual(held.map((ticket) => ticket.quantity))
}

export const address = {
  first_name: "Ada",
  last_name: "Shopper",
  address_1: "1 Harbor Road",
  city: "Portland",
  postal_code: "04101",
  country_code: "us",
}

/**
 * Everything Medusa's standard checkout asks before completion, through the store API:
 * addresses, a shipping method for every store (each ships its own profile), a payment
 * session.
 */
export async function readyForCheckout(api: Api, headers: Headers, cartId: string) {
  await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, headers)
  await chooseShipping(api, headers, cartId)
  await payWithSystemProvider(api, headers, cartId)
}

/**
 * A cart holding `variantIds` (one unit each, added to what it holds) readied as `readyForCheckout` readies it, for
 * tests whose subject is what comes after: the lines (with their tickets), the addresses and
 * every store's shipping method each go in one run of the workflow the store route runs,
 * instead of one request per line and per method. On a busy machine that is the difference
 * between seconds and minutes for 50 carts.
 */
export async function readiedCart(container: MedusaContainer, api: Api, headers: Headers, cartId: string, variantIds: string[]) {
  if (variantIds.length) {
    await addToCartWithTicketsWorkflow(container).run({
      input: { cart_id: cartId, items: variantIds.map((variant_id) => ({ variant_id, quantity: 1 })) },
    })
  }
  await updateCartWorkflow(container).run({ input: { id: cartId, shipping_address: address, billing_address: address } })
  const options = await shippingChoices(api, headers, cartId)
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cartId, options: options.map((id) => ({ id })) } })
  await payWithSystemProvider(api, headers, cartId)
}

/** The first shipping option of every shipping profile in the cart: one per store. */
async function shippingChoices(api: Api, headers: Headers, cartId: string) {
  const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
  const firstOfProfile = new Map<string, string>()
  for (const option of data.shipping_options as { id: string; shipping_profile_id: string }[]) {
    if (!firstOfProfile.has(option.shipping_profile_id)) firstOfProfile.set(option.shipping_profile_id, option.id)
  }
  return [...firstOfProfile.values()]
}

/** The first shipping option of every shipping profile in the cart, each chosen through the store route. */
export async function chooseShipping(api: Api, headers: Headers, cartId: string) {
  for (const optionId of await shippingChoices(api, headers, cartId)) {
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, headers)
  }
}

/** A payment session of Medusa's system provider for the cart's (current) total. */
export async function payWithSystemProvider(api: Api, headers: Headers, cartId: string) {
  const collection = await api.post(`/store/payment-collections`, { cart_id: cartId }, headers)
  await api.post(
    `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    headers
  )
}
