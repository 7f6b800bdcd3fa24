import { model } from "@medusajs/framework/utils"
import { CART_MOVE_ACTORS, CART_STATES } from "../rules"

/** One move of a cart's state, and who or what made it: the cart's history for the admin. */
const CartMove = model
  .define("cart_move", {
    id: model.id({ prefix: "cmv" }).primaryKey(),
    cart_id: model.text(),
    from: model.enum([...CART_STATES]),
    to: model.enum([...CART_STATES]),
    actor: model.enum([...CART_MOVE_ACTORS]),
    // What made it, in words: "first add", "checkout", "shopper", an admin's id.
    reason: model.text().nullable(),
    moved_at: model.dateTime(),
  })
  .indexes([{ on: ["cart_id", "moved_at"] }])

export default CartMove
