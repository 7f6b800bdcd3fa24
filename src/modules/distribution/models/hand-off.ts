import { model } from "@medusajs/framework/utils"
import HandOffAttempt from "./hand-off-attempt"

/**
 * One store order handed off to that store's distributor. The body is frozen when the
 * hand-off is made, so every attempt sends the same bytes under the same idempotency key
 * and the distributor can apply it once. `pending` hand-offs are retried with back-off;
 * after the last allowed attempt one becomes `failed`, which an admin can still retry.
 */
const HandOff = model
  .define("hand_off", {
    id: model.id({ prefix: "hoff" }).primaryKey(),
    order_group_id: model.text(),
    order_id: model.text(),
    federated_store_id: model.text(),
    url: model.text(),
    idempotency_key: model.text(),
    payload: model.json(),
    status: model.enum(["pending", "acknowledged", "failed"]).default("pending"),
    attempts: model.number().default(0),
    next_attempt_at: model.dateTime().nullable(),
    /**
     * Who may send right now: set by the one conditional UPDATE that claims an attempt,
     * cleared when its outcome is recorded. A claim runs out at `claimed_until`, so a
     * crashed sender does not block the hand-off for ever.
     */
    claim_token: model.text().nullable(),
    claimed_until: model.dateTime().nullable(),
    last_status: model.number().nullable(),
    last_error: model.text().nullable(),
    acknowledged_at: model.dateTime().nullable(),
    attempt_log: model.hasMany(() => HandOffAttempt, { mappedBy: "hand_off" }),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true, where: "deleted_at IS NULL" },
    // One hand-off per store order: a repeated `order_group.placed` finds it instead of making another.
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_group_id"] },
    { on: ["status", "next_attempt_at"] },
  ])

export default HandOff
