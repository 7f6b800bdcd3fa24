import { Badge, Button, Table, Text, toast } from "@medusajs/ui"
import { errorMessage } from "../lib/error-message"
import { useSaveBonusRule } from "./hooks"
import type { BonusRule } from "./types"

const money = (rule: BonusRule) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: rule.currency_code.toUpperCase() }).format(
    rule.threshold_amount
  )

const variantName = (rule: BonusRule) =>
  [rule.product_variant?.product?.title, rule.product_variant?.title].filter(Boolean).join(" · ") || rule.variant_id

export const BonusRulesTable = ({ rules, onEdit }: { rules: BonusRule[]; onEdit: (rule: BonusRule) => void }) => {
  const save = useSaveBonusRule()
  const setActive = (rule: BonusRule, active: boolean) =>
    save.mutate(
      { id: rule.id, body: { active } },
      {
        onSuccess: () => toast.success(active ? "Bonus rule active" : "Bonus rule deactivated"),
        onError: (error) => toast.error(errorMessage(error, "Could not change the bonus rule")),
      }
    )

  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Rule</Table.HeaderCell>
          <Table.HeaderCell>Net total reaches</Table.HeaderCell>
          <Table.HeaderCell>Bonus</Table.HeaderCell>
          <Table.HeaderCell>State</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rules.map((rule) => (
          <Table.Row key={rule.id} data-testid={`bonus-rule-${rule.id}`}>
            <Table.Cell>
              <Text size="small" weight="plus">
                {rule.title ?? rule.id}
              </Text>
            </Table.Cell>
            <Table.Cell>{money(rule)}</Table.Cell>
            <Table.Cell>
              {rule.quantity} × {variantName(rule)}
            </Table.Cell>
            <Table.Cell>{rule.active ? <Badge color="green">active</Badge> : <Badge color="grey">inactive</Badge>}</Table.Cell>
            <Table.Cell>
              <div className="flex gap-x-2">
                <Button size="small" variant="secondary" onClick={() => onEdit(rule)}>
                  Edit
                </Button>
                <Button
                  size="small"
                  variant={rule.active ? "danger" : "secondary"}
                  data-testid={`bonus-toggle-${rule.id}`}
                  onClick={() => setActive(rule, !rule.active)}
                  isLoading={save.isPending}
                >
                  {rule.active ? "Deactivate" : "Activate"}
                </Button>
              </div>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
