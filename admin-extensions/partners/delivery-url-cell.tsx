import { Button, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/error-message"
import { useUpdatePartner } from "./hooks"
import type { Partner } from "./types"

/**
 * Where the partner's immediate deliveries go, edited in place. Deliveries read it at each
 * attempt, so fixing it and pressing "Retry now" on the Deliveries page reaches the partner.
 */
export const DeliveryUrlCell = ({ partner }: { partner: Partner }) => {
  const [editing, setEditing] = useState(false)
  const [url, setUrl] = useState(partner.delivery_url ?? "")
  const update = useUpdatePartner()

  const save = () =>
    update.mutate(
      { id: partner.id, body: { delivery_url: url.trim() || null } },
      {
        onSuccess: () => setEditing(false),
        onError: (error) => toast.error(errorMessage(error, "Could not save the delivery URL")),
      }
    )

  if (!editing) {
    return (
      <div className="flex items-center gap-x-2">
        <Text size="xsmall" className="break-all" data-testid="partner-delivery-url">
          {partner.delivery_url ?? "—"}
        </Text>
        <Button size="small" variant="transparent" onClick={() => setEditing(true)}>
          Edit
        </Button>
      </div>
    )
  }
  return (
    <div className="flex items-center gap-x-2">
      <Input
        size="small"
        aria-label={`Delivery URL of ${partner.name}`}
        placeholder="https://game.example/purchases"
        value={url}
        onChange={(event) => setUrl(event.target.value)}
      />
      <Button size="small" onClick={save} isLoading={update.isPending}>
        Save
      </Button>
    </div>
  )
}
