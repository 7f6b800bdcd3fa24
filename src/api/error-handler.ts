import { errorHandler, MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const medusaErrorHandler = errorHandler()

/**
 * Medusa answers every CONFLICT with one generic sentence about idempotency keys. The
 * federation's conflicts (a store that still sells products, a busy cart, no free stock)
 * each tell the shopper or admin what to do, so their own message is kept. Everything
 * else is Medusa's handler, unchanged.
 */
export const keepConflictMessages: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if (MedusaError.isMedusaError(error) && error.type === MedusaError.Types.CONFLICT) {
    res.status(409).json({ type: MedusaError.Types.CONFLICT, code: "invalid_state_error", message: error.message })
    return
  }
  return medusaErrorHandler(error, req, res, next)
}
