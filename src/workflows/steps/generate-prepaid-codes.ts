import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PREPAID_CODE_MODULE } from "../../modules/prepaid-code"
import type PrepaidCodeModuleService from "../../modules/prepaid-code/service"

/** An admin's batch of codes; the codes come back in clear this once. */
export const generatePrepaidCodesStep = createStep(
  "generate-prepaid-codes",
  async (input: { product_id: string; variant_id: string; count: number }, { container }) => {
    const batch = await container.resolve<PrepaidCodeModuleService>(PREPAID_CODE_MODULE).generateBatch(input)
    return new StepResponse(
      batch,
      batch.codes.map((code) => code.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<PrepaidCodeModuleService>(PREPAID_CODE_MODULE).deletePrepaidCodes(ids)
    }
  }
)

/** Revokes one code not yet redeemed; undone by putting its status back. */
export const revokePrepaidCodeStep = createStep(
  "revoke-prepaid-code",
  async (id: string, { container }) => {
    const prepaidCodes: PrepaidCodeModuleService = container.resolve(PREPAID_CODE_MODULE)
    const before = await prepaidCodes.retrievePrepaidCode(id, { select: ["id", "status"] })
    if (before.status === "redeemed") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This code is redeemed already; it cannot be revoked.")
    }
    const revoked = await prepaidCodes.revoke([id])
    return new StepResponse(revoked.length > 0, revoked.length ? { id, status: before.status } : null)
  },
  async (previous, { container }) => {
    if (previous) {
      await container
        .resolve<PrepaidCodeModuleService>(PREPAID_CODE_MODULE)
        .updatePrepaidCodes({ id: previous.id, status: previous.status, revoked_at: null })
    }
  }
)
