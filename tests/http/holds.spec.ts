// Tickets on shared inventory: holds, races for the last units, live counts, the admin's tickets.
// One Medusa app for the group; each suite on a database of its own (tests/helpers/http-suite.ts).
import { runHttpSuites } from "../helpers/http-suite"
import adminTickets from "./suites/admin-tickets"
import cartTickets from "./suites/cart-tickets"
import liveStock from "./suites/live-stock"
import medusaInventoryTables from "./suites/medusa-inventory-tables"
import ticketHolds from "./suites/ticket-holds"

jest.setTimeout(600_000)

runHttpSuites({
  "ticket holds": ticketHolds,
  "cart tickets": cartTickets,
  "live stock": liveStock,
  "admin: tickets": adminTickets,
  "Medusa's inventory tables": medusaInventoryTables,
})
