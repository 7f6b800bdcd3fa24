import { model } from "@medusajs/framework/utils"

/**
 * A time-limited hold on units of one inventory item at one location, for one cart line.
 * While `held` and before `expires_at` it is backed by a Medusa reservation, so the units
 * are unavailable everywhere Medusa computes stock. It ends `purchased`, `released` or
 * `expired`, and then no longer has a reservation.
 */
const Ticket = model
  .define("ticket", {
    id: model.id({ prefix: "tkt" }).primaryKey(),
    cart_id: model.text(),
    line_item_id: model.text(),
    variant_id: model.text(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    quantity: model.number(),
    reservation_id: model.text().nullable(),
    status: model.enum(["held", "released", "expired", "purchased"]).default("held"),
    expires_at: model.dateTime(),
    ended_at: model.dateTime().nullable(),
    end_reason: model.text().nullable(),
  })
  .indexes([
    { on: ["inventory_item_id", "status"] },
    { on: ["line_item_id"] },
    { on: ["cart_id"] },
    { on: ["status", "expires_at"] },
  ])

export default Ticket
