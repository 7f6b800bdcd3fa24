import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { unitsNeeded, VARIANT_STOCK_FIELDS, VariantStock } from "../modules/ticketing/stock"
import { lockInventoryItemsStep, unlockInventoryItemsStep } from "./steps/lock-inventory-items"
import { placeTicketHoldStep } from "./steps/place-ticket-hold"
import { refuseWhenSoldOutStep } from "./steps/refuse-when-sold-out"
import { releaseExpiredTicketsStep } from "./steps/release-expired-tickets"

export type HoldTicketInput = {
  cart_id: string
  line_item_id: string
  variant_id: string
  /** The line's whole quantity after the change. */
  quantity: number
  /** The instant the hold is taken; defaults to now (tests pass their own clock). */
  now?: Date
  hold_minutes?: number
}

/**
 * Takes (or resizes) the tickets that hold a cart line's units: refuse at once when
 * nothing is free, lock the variant's inventory items in order, release tickets whose
 * hold ran out, then hold exactly what the line needs at a location serving the cart's
 * sales channel.
 */
export const holdTicketWorkflow = createWorkflow(
  "hold-ticket",
  (input: WorkflowData<HoldTicketInput>) => {
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: VARIANT_STOCK_FIELDS,
      filters: { id: input.variant_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-variant-inventory" })

    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "sales_channel_id"],
      filters: { id: input.cart_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-cart-channel" })

    const { data: channels } = useQueryGraphStep({
      entity: "sales_channel",
      fields: ["id", "stock_locations.id"],
      filters: transform({ carts }, ({ carts }) => ({ id: carts[0].sales_channel_id ?? "" })),
    }).config({ name: "get-channel-locations" })

    const plan = transform({ input, variants, channels }, ({ input, variants, channels }) => {
      const needs = unitsNeeded(variants[0] as VariantStock, input.quantity)
      const locationIds = (channels[0]?.stock_locations ?? []).flatMap((location) => (location ? [location.id] : []))
      return { needs, locationIds, now: input.now ?? new Date() }
    })

    refuseWhenSoldOutStep(
      transform({ input, plan }, ({ input, plan }) => ({
        line_item_id: input.line_item_id,
        needs: plan.needs,
        location_ids: plan.locationIds,
        now: plan.now,
      }))
    )
    const itemIds = transform({ plan }, ({ plan }) => plan.needs.map((need) => need.inventory_item_id))
    const locked = lockInventoryItemsStep(itemIds)
    releaseExpiredTicketsStep(
      transform({ itemIds, plan }, ({ itemIds, plan }) => ({ inventory_item_ids: itemIds, now: plan.now }))
    )
    const hold = placeTicketHoldStep(
      transform({ input, plan }, ({ input, plan }) => ({
        cart_id: input.cart_id,
        line_item_id: input.line_item_id,
        variant_id: input.variant_id,
        needs: plan.needs,
        location_ids: plan.locationIds,
        now: plan.now,
        hold_minutes: input.hold_minutes,
      }))
    )
    unlockInventoryItemsStep(locked)
    return new WorkflowResponse(hold)
  }
)
