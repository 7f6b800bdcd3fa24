import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Stopwatch } from "@medusajs/icons"
import { TicketsPage } from "../../../../admin-extensions/tickets/tickets-page"

export const config = defineRouteConfig({
  label: "Tickets",
  icon: Stopwatch,
})

export default TicketsPage
