import { model } from "@medusajs/framework/utils"
import { CART_STATES } from "../rules"

/**
 * Where one Medusa cart stands in the federation's cart state machine, and its number.
 * `opened_at` is the instant the cart was created: lists sort and days total by it; the
 * number only shows it to people, in the merchant's time zone (`time_zone`).
 */
const CartState = model
  .define("cart_state", {
    id: model.id({ prefix: "cst" }).primaryKey(),
    cart_id: model.text(),
    state: model.enum([...CART_STATES]).default("new"),
    number: model.text(),
    opened_at: model.dateTime(),
    time_zone: model.text(),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["number"], unique: true, where: "deleted_at IS NULL" },
    { on: ["opened_at"] },
  ])

export default CartState
