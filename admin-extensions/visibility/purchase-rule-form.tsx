import { Button, Input, Label, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/error-message"
import { useSetPurchaseRule } from "./hooks"
import type { PurchaseRule, SetPurchaseRuleBody } from "./types"

type Field = keyof SetPurchaseRuleBody

const fields: { key: Field; label: string; numeric: boolean; placeholder: string }[] = [
  { key: "limit_quantity", label: "Units per partner account", numeric: true, placeholder: "No limit" },
  { key: "limit_amount", label: "Money per partner account", numeric: true, placeholder: "No limit" },
  { key: "limit_period_days", label: "Limit period (days)", numeric: true, placeholder: "For ever" },
  { key: "requires_product_id", label: "Needs product (id)", numeric: false, placeholder: "prod_…" },
]

const asText = (value: string | number | null) => (value === null ? "" : String(value))

/** An empty box clears the rule's field. */
const toBody = (values: Record<Field, string>): SetPurchaseRuleBody => ({
  limit_quantity: values.limit_quantity ? Number(values.limit_quantity) : null,
  limit_amount: values.limit_amount ? Number(values.limit_amount) : null,
  limit_period_days: values.limit_period_days ? Number(values.limit_period_days) : null,
  requires_product_id: values.requires_product_id.trim() || null,
})

export const PurchaseRuleForm = ({ current }: { current: PurchaseRule }) => {
  const initial = Object.fromEntries(fields.map(({ key }) => [key, asText(current[key])])) as Record<Field, string>
  const [values, setValues] = useState(initial)
  const save = useSetPurchaseRule(current.product_id)
  const unchanged = fields.every(({ key }) => values[key] === initial[key])

  const submit = () =>
    save.mutate(toBody(values), {
      onSuccess: () => toast.success("Purchase rule saved"),
      onError: (error) => toast.error(errorMessage(error, "Could not save the purchase rule")),
    })

  return (
    <div className="flex flex-col gap-y-3">
      {fields.map(({ key, label, numeric, placeholder }) => (
        <div key={key} className="flex flex-col gap-y-1">
          <Label size="small" htmlFor={`purchase-rule-${key}`}>
            {label}
          </Label>
          <Input
            id={`purchase-rule-${key}`}
            size="small"
            type={numeric ? "number" : "text"}
            placeholder={placeholder}
            value={values[key]}
            onChange={(event) => setValues({ ...values, [key]: event.target.value })}
          />
        </div>
      ))}
      <div className="flex justify-end">
        <Button size="small" variant="secondary" onClick={submit} disabled={unchanged} isLoading={save.isPending}>
          Save rule
        </Button>
      </div>
    </div>
  )
}
