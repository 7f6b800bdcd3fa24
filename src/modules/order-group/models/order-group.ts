import { model } from "@medusajs/framework/utils"

/**
 * What one checkout produced: one payment (the cart's payment collection) and one Medusa
 * order per store, related through module links. One group per cart, ever: the unique
 * cart id is what makes a retried or racing completion find the group instead of making
 * a second one.
 */
const OrderGroup = model
  .define("order_group", {
    id: model.id({ prefix: "ogrp" }).primaryKey(),
    cart_id: model.text(),
    email: model.text().nullable(),
    currency_code: model.text(),
    /** What was paid: the sum of the store orders' totals. */
    total: model.bigNumber(),
    store_count: model.number(),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["cart_id"], unique: true, where: "deleted_at IS NULL" }])

export default OrderGroup
