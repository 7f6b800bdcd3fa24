import { defineRouteConfig } from "@medusajs/admin-sdk"
import { PaperPlane } from "@medusajs/icons"
import { PartnerDeliveriesPage } from "../../../../admin-extensions/partner-deliveries/deliveries-page"

export const config = defineRouteConfig({
  label: "Deliveries",
  icon: PaperPlane,
})

export default PartnerDeliveriesPage
