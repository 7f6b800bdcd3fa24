import { model } from "@medusajs/framework/utils"

/**
 * One prepaid code: one unit of a product, paid for already, redeemable once at $0.
 * The code itself is never stored: only its keyed hash, for lookup, and its last 4
 * characters, for display. It comes from an order line (one code per unit) or from an
 * admin batch; a cart reserves it, the order of that cart redeems it.
 */
const PrepaidCode = model
  .define("prepaid_code", {
    id: model.id({ prefix: "ppc" }).primaryKey(),
    product_id: model.text(),
    variant_id: model.text(),
    code_hash: model.text(),
    last4: model.text(),
    status: model.enum(["issued", "reserved", "redeemed", "revoked"]).default("issued"),
    /** Where it was bought: the order, its line and fulfillment, and which unit of the line. */
    issued_order_id: model.text().nullable(),
    issued_order_group_id: model.text().nullable(),
    issued_line_item_id: model.text().nullable(),
    issued_fulfillment_id: model.text().nullable(),
    issued_unit: model.number().nullable(),
    /** Or the admin batch that generated it. */
    batch_id: model.text().nullable(),
    /** Who it was e-mailed to, and when. */
    email: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
    reserved_cart_id: model.text().nullable(),
    reserved_line_item_id: model.text().nullable(),
    reserved_at: model.dateTime().nullable(),
    redeemed_order_id: model.text().nullable(),
    redeemed_order_group_id: model.text().nullable(),
    redeemed_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["code_hash"], unique: true },
    // One code per unit of a fulfilled line, however often its delivery is replayed.
    {
      on: ["issued_fulfillment_id", "issued_line_item_id", "issued_unit"],
      unique: true,
      where: "issued_fulfillment_id IS NOT NULL",
    },
    { on: ["last4"] },
    { on: ["reserved_cart_id"], where: "reserved_cart_id IS NOT NULL" },
    { on: ["issued_order_id"], where: "issued_order_id IS NOT NULL" },
  ])

export default PrepaidCode
