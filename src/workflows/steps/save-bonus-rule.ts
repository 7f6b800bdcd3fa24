import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BONUS_MODULE } from "../../modules/bonus"
import type BonusModuleService from "../../modules/bonus/service"

export type BonusRuleFields = {
  title?: string | null
  threshold_amount: number
  currency_code: string
  variant_id: string
  quantity: number
  active: boolean
}
export type BonusRuleInput = { id?: string } & Partial<BonusRuleFields>

/** A bonus gives away a variant that exists: refused with a 404 otherwise. */
export const validateBonusVariantStep = createStep(
  "validate-bonus-variant",
  async ({ variant_id }: { variant_id?: string }, { container }) => {
    if (variant_id) {
      const { data } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["id"], filters: { id: variant_id } })
      if (!data.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `No product variant with id ${variant_id}: a bonus must give away a variant that exists.`
        )
      }
    }
    return new StepResponse(variant_id)
  }
)

const fieldsOf = (rule: BonusRuleFields & { id: string }) => ({
  id: rule.id,
  title: rule.title ?? null,
  threshold_amount: Number(rule.threshold_amount),
  currency_code: rule.currency_code,
  variant_id: rule.variant_id,
  quantity: rule.quantity,
  active: rule.active,
})

type SaveUndo = { created_id: string | null; previous: ReturnType<typeof fieldsOf> | null }

/** Creates a rule (no id) or changes one; undone by deleting it or restoring what it was. */
export const saveBonusRuleStep = createStep(
  "save-bonus-rule",
  async ({ id, ...fields }: BonusRuleInput, { container }) => {
    const bonus: BonusModuleService = container.resolve(BONUS_MODULE)
    const normalised = { ...fields, ...(fields.currency_code ? { currency_code: fields.currency_code.toLowerCase() } : {}) }
    if (!id) {
      const created = await bonus.createBonusRules(normalised as BonusRuleFields)
      return new StepResponse(created, { created_id: created.id, previous: null } as SaveUndo)
    }
    const previous = await bonus.retrieveBonusRule(id)
    const saved = await bonus.updateBonusRules({ id, ...normalised })
    return new StepResponse(saved, {
      created_id: null,
      previous: fieldsOf({ ...previous, threshold_amount: Number(previous.threshold_amount) }),
    } as SaveUndo)
  },
  async (undo, { container }) => {
    const bonus: BonusModuleService = container.resolve(BONUS_MODULE)
    if (undo?.created_id) {
      await bonus.deleteBonusRules(undo.created_id)
    } else if (undo?.previous) {
      await bonus.updateBonusRules(undo.previous)
    }
  }
)
