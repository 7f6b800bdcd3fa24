import { model } from "@medusajs/framework/utils"
import HandOff from "./hand-off"

/** One delivery of a hand-off, for the admin's log: when, why, and what the distributor answered. */
const HandOffAttempt = model.define("hand_off_attempt", {
  id: model.id({ prefix: "hatt" }).primaryKey(),
  hand_off: model.belongsTo(() => HandOff, { mappedBy: "attempt_log" }),
  number: model.number(),
  trigger: model.enum(["placed", "schedule", "manual"]),
  outcome: model.enum(["acknowledged", "failed"]),
  response_status: model.number().nullable(),
  error: model.text().nullable(),
  started_at: model.dateTime(),
  duration_ms: model.number(),
})

export default HandOffAttempt
