import { Button, Label, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/error-message"
import { usePartnerList } from "../partners/hooks"
import { useSetProductVisibility } from "./hooks"
import { PRODUCT_KINDS, type ProductKind, type ProductVisibility } from "./types"

const kindHelp: Record<ProductKind, string> = {
  public: "Anyone can see and buy it.",
  protected: "Only shoppers sent by a partner with a signed handshake.",
  private: "Only shoppers who entered an access code for it.",
  prepaid: "Only shoppers who entered a prepaid code for it.",
}

// Radix Select items cannot carry an empty value, so "any partner" needs a token of its own.
const anyPartner = "__any__"

export const VisibilityForm = ({ current }: { current: ProductVisibility }) => {
  const [kind, setKind] = useState<ProductKind>(current.kind)
  const [partner, setPartner] = useState(current.partner_id ?? anyPartner)
  const partners = usePartnerList()
  const save = useSetProductVisibility(current.product_id)

  const partnerId = kind === "protected" && partner !== anyPartner ? partner : null
  const unchanged = kind === current.kind && partnerId === current.partner_id

  const submit = () =>
    save.mutate(
      { kind, partner_id: partnerId },
      {
        onSuccess: () => toast.success("Visibility saved"),
        onError: (error) => toast.error(errorMessage(error, "Could not save the visibility")),
      }
    )

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-col gap-y-1">
        <Label size="small">Kind</Label>
        <Select size="small" value={kind} onValueChange={(value) => setKind(value as ProductKind)}>
          <Select.Trigger data-testid="product-visibility-kind" aria-label="Visibility">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {PRODUCT_KINDS.map((option) => (
              <Select.Item key={option} value={option}>
                {option}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Text size="small" className="text-ui-fg-subtle">
          {kindHelp[kind]}
        </Text>
      </div>
      {kind === "protected" && (
        <div className="flex flex-col gap-y-1">
          <Label size="small">Partner</Label>
          <Select size="small" value={partner} onValueChange={setPartner}>
            <Select.Trigger aria-label="Partner">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={anyPartner}>Any partner</Select.Item>
              {(partners.data?.partners ?? []).map((option) => (
                <Select.Item key={option.id} value={option.id}>
                  {option.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      )}
      <div className="flex justify-end">
        <Button size="small" variant="secondary" onClick={submit} disabled={unchanged} isLoading={save.isPending}>
          Save
        </Button>
      </div>
    </div>
  )
}
