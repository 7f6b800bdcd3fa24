import { Button, Input, Label, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorMessage } from "../lib/error-message"
import { useSaveBonusRule } from "./hooks"
import type { BonusRule, BonusRuleBody } from "./types"

type Values = { title: string; threshold: string; currency: string; variant: string; quantity: string }

const EMPTY: Values = { title: "", threshold: "", currency: "usd", variant: "", quantity: "1" }

const valuesOf = (rule: BonusRule | null): Values =>
  rule
    ? {
        title: rule.title ?? "",
        threshold: String(rule.threshold_amount),
        currency: rule.currency_code,
        variant: rule.variant_id,
        quantity: String(rule.quantity),
      }
    : EMPTY

const toBody = (values: Values): BonusRuleBody => ({
  title: values.title.trim() || null,
  threshold_amount: Number(values.threshold),
  currency_code: values.currency.trim().toLowerCase(),
  variant_id: values.variant.trim(),
  quantity: Number(values.quantity) || 1,
})

/** Creates a rule, or edits `editing`; the server validates, this form only shapes the body. */
export const BonusRuleForm = ({ editing, onDone }: { editing: BonusRule | null; onDone: () => void }) => {
  const [values, setValues] = useState<Values>(valuesOf(editing))
  const save = useSaveBonusRule()
  useEffect(() => setValues(valuesOf(editing)), [editing])

  const submit = () =>
    save.mutate(
      { id: editing?.id, body: toBody(values) },
      {
        onSuccess: () => {
          toast.success(editing ? "Bonus rule saved" : "Bonus rule created")
          setValues(EMPTY)
          onDone()
        },
        onError: (error) => toast.error(errorMessage(error, "Could not save the bonus rule")),
      }
    )

  const box = (key: keyof Values, label: string, placeholder = "") => (
    <div className="flex flex-col gap-y-1">
      <Label size="small" htmlFor={`bonus-${key}`}>
        {label}
      </Label>
      <Input
        id={`bonus-${key}`}
        data-testid={`bonus-${key}`}
        size="small"
        value={values[key]}
        placeholder={placeholder}
        onChange={(event) => setValues({ ...values, [key]: event.target.value })}
      />
    </div>
  )

  return (
    <div className="flex flex-col gap-y-3">
      <div className="grid grid-cols-2 gap-3">
        {box("title", "Title", "Free calendar over $60")}
        {box("threshold", "Net total reaches", "60")}
        {box("currency", "Currency", "usd")}
        {box("variant", "Bonus variant id", "variant_…")}
        {box("quantity", "Units", "1")}
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle">
        The net total is after discounts and credits, across all stores. With several rules, only the highest threshold reached
        gives its bonus.
      </Text>
      <div className="flex justify-end gap-x-2">
        {editing && (
          <Button size="small" variant="secondary" onClick={onDone}>
            Cancel
          </Button>
        )}
        <Button
          size="small"
          data-testid="bonus-save"
          onClick={submit}
          disabled={!values.threshold || !values.variant.trim()}
          isLoading={save.isPending}
        >
          {editing ? "Save changes" : "Create bonus rule"}
        </Button>
      </div>
    </div>
  )
}
