import { Button, Input, Label, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/error-message"
import { useCreatePartner } from "./hooks"
import type { PartnerWithSecretResponse } from "./types"

export const CreatePartnerForm = ({ onCreated }: { onCreated: (created: PartnerWithSecretResponse) => void }) => {
  const [name, setName] = useState("")
  const [returnUrl, setReturnUrl] = useState("")
  const create = useCreatePartner()

  const submit = () =>
    create.mutate(
      { name: name.trim(), return_url: returnUrl.trim() || null },
      {
        onSuccess: (created) => {
          setName("")
          setReturnUrl("")
          onCreated(created)
        },
        onError: (error) => toast.error(errorMessage(error, "Could not create the partner")),
      }
    )

  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-y-1">
        <Label size="small" htmlFor="partner-name">Name</Label>
        <Input id="partner-name" size="small" value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label size="small" htmlFor="partner-return-url">Return URL</Label>
        <Input
          id="partner-return-url"
          size="small"
          placeholder="https://game.example/back"
          value={returnUrl}
          onChange={(event) => setReturnUrl(event.target.value)}
        />
      </div>
      <Button size="small" onClick={submit} disabled={!name.trim()} isLoading={create.isPending}>
        Add partner
      </Button>
    </div>
  )
}
