import { model } from "@medusajs/framework/utils"
import HandOffAttempt from "./hand-off-attempt"

/**
 * One outbound message, signed and delivered at least once: a store order handed off to
 * that store's distributor, or an immediate delivery of a fulfillment's lines to a
 * partner's service (`recipient_kind`). Both share this table, its claim, its attempt log
 * and its retry policy: one delivery machine, two kinds of recipient. The body is frozen
 * when the message is made, so every attempt sends the same bytes under the same
 * idempotency key and the recipient can apply it once. `pending` messages are retried
 * with back-off; after the last allowed attempt one becomes `failed`, which an admin can
 * still retry.
 */
const HandOff = model
  .define("hand_off", {
    id: model.id({ prefix: "hoff" }).primaryKey(),
    order_group_id: model.text(),
    order_id: model.text(),
    recipient_kind: model.enum(["distributor", "partner"]).default("distributor"),
    /** The distributor's store (distributor hand-offs). */
    federated_store_id: model.text().nullable(),
    /** The partner and the fulfillment it receives (partner deliveries). */
    partner_id: model.text().nullable(),
    fulfillment_id: model.text().nullable(),
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
    // One message per subject (a store order's hand-off, a fulfillment's partner delivery): its
    // key is made from the subject, so a repeated `order_group.placed` finds it instead of making another.
    { on: ["idempotency_key"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"] },
    { on: ["order_group_id"] },
    { on: ["recipient_kind", "partner_id"] },
    { on: ["status", "next_attempt_at"] },
  ])

export default HandOff
