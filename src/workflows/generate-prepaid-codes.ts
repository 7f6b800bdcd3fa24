import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { generatePrepaidCodesStep } from "./steps/generate-prepaid-codes"

/** One CSV row per code, for the admin to hand the codes out (e.g. to a reseller). */
const csvOf = (codes: { code: string; last4: string }[], sku: string) =>
  ["code,last4,sku", ...codes.map((code) => `${code.code},${code.last4},${JSON.stringify(sku)}`)].join("\n") + "\n"

/**
 * An admin generates a batch of prepaid codes for a variant, outside any purchase (to
 * sell elsewhere or give away). The answer is the only place the codes exist in clear.
 */
export const generatePrepaidCodesWorkflow = createWorkflow(
  "generate-prepaid-codes",
  (input: WorkflowData<{ variant_id: string; count: number }>) => {
    const { data: variants } = useQueryGraphStep({
      entity: "variant",
      fields: ["id", "sku", "product_id"],
      filters: { id: input.variant_id },
      options: { throwIfKeyNotFound: true },
    })
    const batch = generatePrepaidCodesStep(
      transform({ input, variants }, ({ input, variants }) => ({
        product_id: variants[0].product_id!,
        variant_id: input.variant_id,
        count: input.count,
      }))
    )
    return new WorkflowResponse(
      transform({ batch, variants }, ({ batch, variants }) => ({
        batch_id: batch.batch_id,
        product_id: variants[0].product_id,
        variant_id: variants[0].id,
        codes: batch.codes.map(({ id, code, last4 }) => ({ id, code, last4 })),
        csv: csvOf(batch.codes, variants[0].sku ?? variants[0].id),
      }))
    )
  }
)
