import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import CartStateModule from "../modules/cart-state"

// A cart's state record names its cart: read-only, so there is no link table to keep in step.
export default defineLink({ linkable: CartStateModule.linkable.cartState, field: "cart_id" }, CartModule.linkable.cart, {
  readOnly: true,
})
