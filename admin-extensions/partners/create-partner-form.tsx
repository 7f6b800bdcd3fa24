import { Button, Input, Label, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/error-message"
import { useCreatePartner } from "./hooks"
import type { PartnerWithSecretResponse } from "./types"

type FieldProps = { id: string; label: string; placeholder?: string; value: string; onChange: (value: string) => void }

const Field = ({ id, label, placeholder, value, onChange }: FieldProps) => (
  <div className="flex flex-col gap-y-1">
    <Label size="small" htmlFor={id}>
      {label}
    </Label>
    <Input id={id} size="small" placeholder={placeholder} value={value} onChange={(event) => onChange(event.target.value)} />
  </div>
)

export const CreatePartnerForm = ({ onCreated }: { onCreated: (created: PartnerWithSecretResponse) => void }) => {
  const [name, setName] = useState("")
  const [returnUrl, setReturnUrl] = useState("")
  const [deliveryUrl, setDeliveryUrl] = useState("")
  const create = useCreatePartner()

  const submit = () =>
    create.mutate(
      { name: name.trim(), return_url: returnUrl.trim() || null, delivery_url: deliveryUrl.trim() || null },
      {
        onSuccess: (created) => {
          setName("")
          setReturnUrl("")
          setDeliveryUrl("")
          onCreated(created)
        },
        onError: (error) => toast.error(errorMessage(error, "Could not create the partner")),
      }
    )

  return (
    <div className="flex flex-wrap items-end gap-3">
      <Field id="partner-name" label="Name" value={name} onChange={setName} />
      <Field
        id="partner-return-url"
        label="Return URL"
        placeholder="https://game.example/back"
        value={returnUrl}
        onChange={setReturnUrl}
      />
      <Field
        id="partner-delivery-url"
        label="Delivery URL"
        placeholder="https://game.example/purchases"
        value={deliveryUrl}
        onChange={setDeliveryUrl}
      />
      <Button size="small" onClick={submit} disabled={!name.trim()} isLoading={create.isPending}>
        Add partner
      </Button>
    </div>
  )
}
