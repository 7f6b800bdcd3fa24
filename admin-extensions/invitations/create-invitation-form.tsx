import { Button, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/error-message"
import { useCreateInvitation } from "./hooks"
import type { CreateInvitationBody } from "./types"

const list = (text: string) => text.split(/[\s,;]+/).filter(Boolean)

/** Invitees' addresses get one code each by e-mail; without them, one shared code for `uses` shoppers. */
const toBody = (title: string, products: string, emails: string, uses: string): CreateInvitationBody => ({
  title: title.trim() || null,
  product_ids: list(products),
  ...(list(emails).length ? { emails: list(emails) } : { shared_uses: Number(uses) || 1 }),
})

export const CreateInvitationForm = ({ onSharedCode }: { onSharedCode: (code: string) => void }) => {
  const [title, setTitle] = useState("")
  const [products, setProducts] = useState("")
  const [emails, setEmails] = useState("")
  const [uses, setUses] = useState("1")
  const create = useCreateInvitation()

  const submit = () =>
    create.mutate(toBody(title, products, emails, uses), {
      onSuccess: (created) => {
        toast.success(created.shared_code ? "Shared code created" : "Codes sent")
        if (created.shared_code) onSharedCode(created.shared_code)
      },
      onError: (error) => toast.error(errorMessage(error, "Could not create the invitation")),
    })

  const box = (id: string, label: string, value: string, set: (value: string) => void, placeholder = "") => (
    <div className="flex flex-col gap-y-1">
      <Label size="small" htmlFor={id}>
        {label}
      </Label>
      <Input id={id} size="small" value={value} placeholder={placeholder} onChange={(event) => set(event.target.value)} />
    </div>
  )

  return (
    <div className="flex flex-col gap-y-3">
      <div className="grid grid-cols-2 gap-3">
        {box("invitation-title", "Title", title, setTitle)}
        {box("invitation-products", "Product ids", products, setProducts, "prod_…, prod_…")}
        {box("invitation-emails", "Invitees (e-mails)", emails, setEmails, "ada@example.com, …")}
        {box("invitation-uses", "Or uses of one shared code", uses, setUses)}
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle">
        With invitees, each gets a single-use code by e-mail; without, you get one shared code to hand out.
      </Text>
      <div className="flex justify-end">
        <Button size="small" onClick={submit} disabled={!list(products).length} isLoading={create.isPending}>
          Create invitation
        </Button>
      </div>
    </div>
  )
}
