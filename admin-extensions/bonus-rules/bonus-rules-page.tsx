import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { QueryState } from "../lib/query-state"
import { BonusRuleForm } from "./bonus-rule-form"
import { BonusRulesTable } from "./bonus-rules-table"
import { useBonusRules } from "./hooks"
import type { BonusRule } from "./types"

export const BonusRulesPage = () => {
  const rules = useBonusRules()
  const [editing, setEditing] = useState<BonusRule | null>(null)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Bonus rules</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          A free variant joins every cart whose net total reaches the threshold, and leaves when it drops below.
        </Text>
      </div>
      <div className="px-6 py-4">
        <BonusRuleForm editing={editing} onDone={() => setEditing(null)} />
      </div>
      <QueryState query={rules} errorFallback="Could not load bonus rules">
        {(data) =>
          data.bonus_rules.length ? (
            <BonusRulesTable rules={data.bonus_rules} onEdit={setEditing} />
          ) : (
            <Text size="small" className="text-ui-fg-subtle px-6 py-4">
              No bonus rules yet.
            </Text>
          )
        }
      </QueryState>
    </Container>
  )
}
