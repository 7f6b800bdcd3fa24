import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { PrepaidCodesPage } from "../../../../admin-extensions/prepaid-codes/prepaid-codes-page"

export const config = defineRouteConfig({
  label: "Prepaid codes",
  icon: ReceiptPercent,
})

export default PrepaidCodesPage
