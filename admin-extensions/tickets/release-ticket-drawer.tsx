import { Alert, Drawer, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { FormField } from "../federation/form-field"
import { DrawerFormFooter } from "../lib/drawer-form-footer"
import { errorMessage } from "../lib/error-message"
import { useReleaseTicket } from "./hooks"
import type { AdminTicket } from "./types"

// The API's bounds for a reason (see the release route's validator).
const REASON_MIN = 3
const REASON_MAX = 500

type ReleaseTicketDrawerProps = {
  ticket: AdminTicket
  onClose: () => void
}

const describe = (ticket: AdminTicket) =>
  `${ticket.quantity} × ${ticket.product?.title ?? "a deleted product"}${ticket.variant.title ? ` (${ticket.variant.title})` : ""}`

// Mounted only while a ticket is being released, so the mutation and the reason start fresh.
export const ReleaseTicketDrawer = ({ ticket, onClose }: ReleaseTicketDrawerProps) => {
  const release = useReleaseTicket()
  const [reason, setReason] = useState("")
  const [touched, setTouched] = useState(false)
  const trimmed = reason.trim()
  const invalid =
    trimmed.length < REASON_MIN
      ? `Say why the hold is released (at least ${REASON_MIN} characters).`
      : trimmed.length > REASON_MAX
        ? `At most ${REASON_MAX} characters.`
        : undefined

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setTouched(true)
    if (invalid) {
      return
    }
    release.mutate(
      { id: ticket.id, reason: trimmed },
      {
        onSuccess: () => {
          toast.success(`Released ${describe(ticket)}`)
          onClose()
        },
        onError: (error) => toast.error(errorMessage(error, "Could not release the hold")),
      }
    )
  }

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="ticket-release-drawer">
        <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Release hold</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <Text size="small">
              {describe(ticket)} held for cart <code>{ticket.cart_id}</code>
              {ticket.federated_store && ` at ${ticket.federated_store.name}`}. Releasing frees the units for every shopper at
              once; the line stays in the shopper's cart without a hold.
            </Text>
            <FormField id="ticket-release-reason" label="Reason" error={touched ? invalid : undefined}>
              <Textarea
                id="ticket-release-reason"
                rows={4}
                maxLength={REASON_MAX}
                placeholder="e.g. Shopper asked by phone to drop the hold"
                value={reason}
                aria-invalid={touched && Boolean(invalid)}
                onChange={(event) => setReason(event.target.value)}
              />
            </FormField>
            <Text size="xsmall" className="text-ui-fg-subtle">
              Kept on the ticket with your name.
            </Text>
            {release.isError && (
              <Alert variant="error" data-testid="ticket-release-error">
                {errorMessage(release.error, "Could not release the hold")}
              </Alert>
            )}
          </Drawer.Body>
          <DrawerFormFooter
            submitLabel="Release"
            variant="danger"
            isSubmitting={release.isPending}
            submitTestId="ticket-release-submit"
          />
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
