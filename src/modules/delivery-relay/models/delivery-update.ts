import { model } from "@medusajs/framework/utils"

/** The steps of a fulfillment a shopper hears about, in the order they happen. */
export const DELIVERY_KINDS = ["created", "shipped", "delivered"] as const
export type DeliveryKind = (typeof DELIVERY_KINDS)[number]

/**
 * One step of one store order's fulfillment, as relayed to the shopper. `cursor` numbers
 * the updates in the order they were recorded, across all carts: a shopper's feed and
 * stream resume after the last cursor they saw. One update per fulfillment and kind, so a
 * redelivered event records nothing new.
 */
const DeliveryUpdate = model
  .define("delivery_update", {
    id: model.id({ prefix: "dlvu" }).primaryKey(),
    cursor: model.autoincrement(),
    order_group_id: model.text(),
    cart_id: model.text(),
    order_id: model.text(),
    federated_store_id: model.text().nullable(),
    fulfillment_id: model.text(),
    kind: model.enum([...DELIVERY_KINDS]),
    happened_at: model.dateTime(),
  })
  .indexes([
    { on: ["fulfillment_id", "kind"], unique: true, where: "deleted_at IS NULL" },
    { on: ["cart_id", "cursor"], where: "deleted_at IS NULL" },
  ])

export default DeliveryUpdate
