import { Button, Checkbox, Label, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/error-message"
import { useSetProductDelivery } from "./hooks"
import { GOODS, KINDS_OF_GOODS, settingProblem, type DeliveryKind, type Goods, type ProductDelivery } from "./types"

const goodsLabel: Record<Goods, string> = { web_service: "Web service", merchandise: "Merchandise" }
const kindLabel: Record<DeliveryKind, string> = {
  immediate: "Immediate (sent to the partner's service)",
  prepaid_code: "Prepaid codes (e-mailed, one per unit)",
  mail: "Mail (shipped by the store)",
}

export const DeliveryForm = ({ current }: { current: ProductDelivery }) => {
  const [goods, setGoods] = useState<Goods>(current.goods)
  const [kinds, setKinds] = useState<DeliveryKind[]>(current.kinds)
  const [defaultKind, setDefaultKind] = useState<DeliveryKind>(current.default_kind)
  const save = useSetProductDelivery(current.product_id)

  const allowed = KINDS_OF_GOODS[goods]
  const chooseGoods = (next: Goods) => {
    // Changing the goods starts from every kind they allow: the old kinds would be illegal.
    setGoods(next)
    setKinds([...KINDS_OF_GOODS[next]])
    setDefaultKind(KINDS_OF_GOODS[next][0])
  }
  const toggle = (kind: DeliveryKind, on: boolean) => {
    const next = allowed.filter((k) => (k === kind ? on : kinds.includes(k)))
    setKinds(next)
    if (!next.includes(defaultKind) && next[0]) {
      setDefaultKind(next[0])
    }
  }
  const problem = settingProblem({ goods, kinds, default_kind: defaultKind })
  const unchanged = goods === current.goods && defaultKind === current.default_kind && kinds.join() === current.kinds.join()

  const submit = () =>
    save.mutate(
      { goods, kinds, default_kind: defaultKind },
      {
        onSuccess: () => toast.success("Delivery saved"),
        onError: (error) => toast.error(errorMessage(error, "Could not save the delivery")),
      }
    )

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-col gap-y-1">
        <Label size="small">Goods</Label>
        <Select size="small" value={goods} onValueChange={(value) => chooseGoods(value as Goods)}>
          <Select.Trigger data-testid="product-delivery-goods" aria-label="Goods">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {GOODS.map((option) => (
              <Select.Item key={option} value={option}>
                {goodsLabel[option]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        {goods === "web_service" && (
          <Text size="small" className="text-ui-fg-subtle">
            Ships nothing: its lines need no shipping method.
          </Text>
        )}
      </div>
      <div className="flex flex-col gap-y-1">
        <Label size="small">Delivery kinds the shopper may choose</Label>
        {allowed.map((kind) => (
          <div key={kind} className="flex items-center gap-x-2">
            <Checkbox
              id={`delivery-kind-${kind}`}
              data-testid={`product-delivery-kind-${kind}`}
              checked={kinds.includes(kind)}
              disabled={allowed.length === 1}
              onCheckedChange={(checked) => toggle(kind, checked === true)}
            />
            <Label size="small" htmlFor={`delivery-kind-${kind}`}>
              {kindLabel[kind]}
            </Label>
          </div>
        ))}
      </div>
      {kinds.length > 1 && (
        <div className="flex flex-col gap-y-1">
          <Label size="small">New cart lines start with</Label>
          <Select size="small" value={defaultKind} onValueChange={(value) => setDefaultKind(value as DeliveryKind)}>
            <Select.Trigger data-testid="product-delivery-default" aria-label="Default delivery kind">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {kinds.map((kind) => (
                <Select.Item key={kind} value={kind}>
                  {kindLabel[kind]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      )}
      {problem && (
        <Text size="small" className="text-ui-fg-error">
          {problem}
        </Text>
      )}
      <div className="flex justify-end">
        <Button size="small" variant="secondary" onClick={submit} disabled={unchanged || !!problem} isLoading={save.isPending}>
          Save
        </Button>
      </div>
    </div>
  )
}
