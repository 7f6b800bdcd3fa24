import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { ORDER_GROUP_MODULE } from "../../modules/order-group"
import type OrderGroupModuleService from "../../modules/order-group/service"
import { VISIBILITY_MODULE } from "../../modules/visibility"
import type VisibilityModuleService from "../../modules/visibility/service"
import { DeliveredItem, DigitalPlan, planDigitalDelivery } from "../utils/digital-lines"
import { DIGITAL_PROVIDERS, DigitalKind } from "./ensure-digital-shipping-options"

export type DigitalDeliveryInput = { order_group_id: string; order_id: string }

export type DigitalDelivery = {
  order_group_id: string
  order_id: string
  email: string | null
  /** The partner account the cart was bound to (its latest handshake): where immediate deliveries go. */
  partner: { partner_id: string; partner_account_id: string } | null
  plan: DigitalPlan
}

type ReadOrder = {
  id: string
  email?: string | null
  items?: (DeliveredItem | null)[] | null
  fulfillments?: ({ id: string; provider_id?: string | null; canceled_at?: unknown } | null)[] | null
  federated_store?: { stock_locations?: ({ id: string } | null)[] | null } | null
}

/** Reads what a store order delivers digitally, who to, and what was fulfilled before. */
export const readDigitalLinesStep = createStep("read-digital-lines", async (input: DigitalDeliveryInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, group] = await Promise.all([
    query.graph({
      entity: "order",
      fields: [
        "id",
        "email",
        "items.*",
        "fulfillments.id",
        "fulfillments.provider_id",
        "fulfillments.canceled_at",
        "federated_store.stock_locations.id",
      ],
      filters: { id: input.order_id },
    }),
    container
      .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
      .retrieveOrderGroup(input.order_group_id, { select: ["id", "cart_id"] }),
  ])
  // Typed here: the store link is in Medusa's generated query types only once they are regenerated.
  const order = data[0] as ReadOrder | undefined
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order with id ${input.order_id}.`)
  }
  const items = (order.items ?? []).flatMap((item) => (item ? [item] : []))
  const [reservations, partners] = await Promise.all([
    items.length
      ? container
          .resolve(Modules.INVENTORY)
          .listReservationItems({ line_item_id: items.map((item) => item.id) }, { select: ["line_item_id", "location_id"] })
      : [],
    container
      .resolve<VisibilityModuleService>(VISIBILITY_MODULE)
      .listUnlocks(
        { cart_id: group.cart_id, reason: "partner" },
        { select: ["partner_id", "partner_account_id"], order: { created_at: "DESC" }, take: 1 }
      ),
  ])
  const existing = Object.fromEntries(
    (Object.entries(DIGITAL_PROVIDERS) as [DigitalKind, string][]).flatMap(([kind, provider]) => {
      const made = (order.fulfillments ?? []).find((f) => f && f.provider_id === provider && !f.canceled_at)
      return made ? [[kind, made.id]] : []
    })
  )
  const partner =
    partners[0]?.partner_id && partners[0]?.partner_account_id
      ? { partner_id: partners[0].partner_id, partner_account_id: partners[0].partner_account_id }
      : null
  const delivery: DigitalDelivery = {
    order_group_id: input.order_group_id,
    order_id: order.id,
    email: order.email ?? null,
    partner,
    plan: planDigitalDelivery({
      items,
      reservedAt: new Map(
        reservations.flatMap((r) => (r.line_item_id ? [[r.line_item_id, r.location_id] as [string, string]] : []))
      ),
      storeLocationIds: (order.federated_store?.stock_locations ?? []).flatMap((location) => (location ? [location.id] : [])),
      existing,
    }),
  }
  return new StepResponse(delivery)
})
