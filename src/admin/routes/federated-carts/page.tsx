import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingCart } from "@medusajs/icons"
import { CartsPage } from "../../../../admin-extensions/carts/carts-page"

export const config = defineRouteConfig({
  label: "Carts",
  icon: ShoppingCart,
})

export default CartsPage
