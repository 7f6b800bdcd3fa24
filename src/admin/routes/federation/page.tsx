import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { FederationPage } from "../../../../admin-extensions/federation/federation-page"

export const config = defineRouteConfig({
  label: "Federation",
  icon: BuildingStorefront,
})

export default FederationPage
