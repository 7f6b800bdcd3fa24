import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Envelope } from "@medusajs/icons"
import { InvitationsPage } from "../../../../admin-extensions/invitations/invitations-page"

export const config = defineRouteConfig({
  label: "Invitations",
  icon: Envelope,
})

export default InvitationsPage
