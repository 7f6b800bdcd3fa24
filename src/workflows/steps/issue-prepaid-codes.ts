import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { maskedCode } from "../../lib/codes"
import { PREPAID_CODE_MODULE } from "../../modules/prepaid-code"
import type PrepaidCodeModuleService from "../../modules/prepaid-code/service"
import type { IssuedPrepaidCode } from "../../modules/prepaid-code/service"

export const PREPAID_CODES_TEMPLATE = "federated-cart-prepaid-codes"

export type PrepaidCodeLine = {
  line_item_id: string
  product_id: string
  variant_id: string
  title: string
  quantity: number
}

export type IssuePrepaidCodesInput = {
  order_group_id: string
  order_id: string
  fulfillment_id: string
  email: string | null
  lines: PrepaidCodeLine[]
}

/** What the order shows of its codes: which line and unit, and the last 4 characters. */
export type IssuedCodeShown = { id: string; line_item_id: string; unit: number; last4: string }

// The module's generated update is missing from its public type; redacting a sent code needs it.
type RedactingNotifications = INotificationModuleService & {
  updateNotifications(data: { id: string; data: Record<string, unknown> }[]): Promise<unknown>
}

async function mailCodes(notifications: RedactingNotifications, input: IssuePrepaidCodesInput, issued: IssuedPrepaidCode[]) {
  const mail = (shown: (code: IssuedPrepaidCode) => string) => ({
    order_id: input.order_id,
    items: input.lines.flatMap((line) => {
      const codes = issued.filter((code) => code.line_item_id === line.line_item_id).map(shown)
      return codes.length ? [{ title: line.title, codes }] : []
    }),
  })
  const [sent] = await notifications.createNotifications([
    {
      to: input.email!,
      channel: "email",
      template: PREPAID_CODES_TEMPLATE,
      resource_id: input.order_id,
      resource_type: "order",
      data: mail((code) => code.code),
    },
  ])
  // Only the e-mail carries the codes: the stored notification keeps their last 4.
  await notifications.updateNotifications([{ id: sent.id, data: mail((code) => maskedCode(code.last4)) }])
}

/**
 * Issues one prepaid code per unit of the fulfillment's prepaid-code lines and e-mails
 * them to the buyer. Idempotent on (fulfillment, line): units already issued are not
 * issued or mailed again, so a redelivered `order_group.placed` makes nothing twice.
 * Returns every code of the fulfillment (last 4 only), for the order to show.
 */
export const issuePrepaidCodesStep = createStep(
  "issue-prepaid-codes",
  async (input: IssuePrepaidCodesInput, { container }) => {
    const prepaidCodes: PrepaidCodeModuleService = container.resolve(PREPAID_CODE_MODULE)
    const issued = await prepaidCodes.issueForOrder({
      order_id: input.order_id,
      order_group_id: input.order_group_id,
      fulfillment_id: input.fulfillment_id,
      email: input.email,
      lines: input.lines,
    })
    if (issued.length && input.email) {
      try {
        await mailCodes(container.resolve<RedactingNotifications>(Modules.NOTIFICATION), input, issued)
      } catch (error) {
        // Unmailed codes must not stay: a retry skips units already issued and would never mail them.
        await prepaidCodes.deletePrepaidCodes(issued.map((code) => code.id))
        throw error
      }
      await prepaidCodes.updatePrepaidCodes(issued.map((code) => ({ id: code.id, sent_at: new Date() })))
    }
    const all = await prepaidCodes.listPrepaidCodes(
      { issued_fulfillment_id: input.fulfillment_id },
      { select: ["id", "issued_line_item_id", "issued_unit", "last4"], order: { issued_line_item_id: "ASC", issued_unit: "ASC" } }
    )
    const codes: IssuedCodeShown[] = all.map((code) => ({
      id: code.id,
      line_item_id: code.issued_line_item_id!,
      unit: code.issued_unit!,
      last4: code.last4,
    }))
    return new StepResponse(
      { codes },
      issued.map((code) => code.id)
    )
  },
  // A later step failed: the codes made here go (they were mailed, but the retry mails fresh ones).
  async (madeIds, { container }) => {
    if (madeIds?.length) {
      await container.resolve<PrepaidCodeModuleService>(PREPAID_CODE_MODULE).deletePrepaidCodes(madeIds)
    }
  }
)
