import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Puzzle } from "@medusajs/icons"
import { PartnersPage } from "../../../../admin-extensions/partners/partners-page"

export const config = defineRouteConfig({
  label: "Partners",
  icon: Puzzle,
})

export default PartnersPage
