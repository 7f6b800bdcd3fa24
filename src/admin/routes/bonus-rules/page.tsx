import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Gift } from "@medusajs/icons"
import { BonusRulesPage } from "../../../../admin-extensions/bonus-rules/bonus-rules-page"

export const config = defineRouteConfig({
  label: "Bonus rules",
  icon: Gift,
})

export default BonusRulesPage
