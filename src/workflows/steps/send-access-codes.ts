import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVITATION_MODULE } from "../../modules/invitation"
import { maskedCode } from "../../lib/codes"
import type InvitationModuleService from "../../modules/invitation/service"
import type { IssuedCode } from "../../modules/invitation/service"

export const ACCESS_CODE_TEMPLATE = "federated-cart-access-code"

// The module's generated update is missing from its public type; redacting a sent code needs it.
type RedactingNotifications = INotificationModuleService & {
  updateNotifications(data: { id: string; data: Record<string, unknown> }[]): Promise<unknown>
}

/**
 * E-mails each invitee their code through Medusa's notification module, then masks the
 * code in the stored notification: a code lives only in the e-mail. Last step of its
 * workflow: an e-mail cannot be unsent.
 */
export const sendAccessCodesStep = createStep(
  "send-access-codes",
  async (input: { codes: IssuedCode[]; products: { title: string }[]; expires_at?: Date | string | null }, { container }) => {
    const invitees = input.codes.filter((code) => code.email)
    if (!invitees.length) {
      return new StepResponse([])
    }
    const notifications = container.resolve<RedactingNotifications>(Modules.NOTIFICATION)
    const mail = (shown: string) => ({
      code: shown,
      products: input.products.map((product) => product.title),
      expires_at: input.expires_at ?? null,
    })
    const sent = await notifications.createNotifications(
      invitees.map((code) => ({
        to: code.email!,
        channel: "email",
        template: ACCESS_CODE_TEMPLATE,
        resource_id: code.id,
        resource_type: "access_code",
        data: mail(code.code),
      }))
    )
    await notifications.updateNotifications(
      sent.map((notification, i) => ({ id: notification.id, data: mail(maskedCode(invitees[i].last4)) }))
    )
    const invitations: InvitationModuleService = container.resolve(INVITATION_MODULE)
    await invitations.updateAccessCodes(invitees.map((code) => ({ id: code.id, sent_at: new Date() })))
    return new StepResponse(sent.map((notification) => notification.id))
  }
)
