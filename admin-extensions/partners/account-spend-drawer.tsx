import { Drawer, Table, Text } from "@medusajs/ui"
import { QueryState } from "../lib/query-state"
import { usePartnerSpend } from "./hooks"
import type { PartnerLimit, Spend } from "./types"

const money = (amount: number) => amount.toFixed(2)

/** "2 of 3", "14.97 of 250.00": what counts against one limit, bought and held together. */
function againstLimit(limit: PartnerLimit, bought: Spend, held: Spend) {
  const parts = []
  if (limit.limit_quantity !== null) {
    parts.push(`${bought.quantity + held.quantity} of ${limit.limit_quantity}`)
  }
  if (limit.limit_amount !== null) {
    parts.push(`${money(bought.amount + held.amount)} of ${money(limit.limit_amount)}`)
  }
  return parts.join(" · ")
}

const period = (limit: PartnerLimit) => (limit.limit_period_days ? `every ${limit.limit_period_days} days` : "ever")

/**
 * A partner's accounts and their spend against each purchase limit, counted as the cart
 * checks count it: bought in orders within the period, plus held in open carts.
 */
export const AccountSpendDrawer = ({
  partnerId,
  partnerName,
  onClose,
}: {
  partnerId: string
  partnerName: string
  onClose: () => void
}) => {
  const spend = usePartnerSpend(partnerId)
  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Accounts at {partnerName}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="p-0">
          <QueryState query={spend} errorFallback="Could not load the accounts' spend">
            {({ limits, accounts }) =>
              accounts.length === 0 ? (
                <Text size="small" className="text-ui-fg-subtle px-6 py-4">
                  No account has arrived from this partner yet.
                </Text>
              ) : (
                <>
                  {limits.length === 0 && (
                    <Text size="small" className="text-ui-fg-subtle px-6 py-4">
                      None of this partner's products has a purchase limit.
                    </Text>
                  )}
                  <Table data-testid="partner-account-spend">
                    <Table.Header>
                      <Table.Row>
                        <Table.HeaderCell>Account</Table.HeaderCell>
                        {limits.map((limit) => (
                          <Table.HeaderCell key={limit.product_id}>
                            {limit.title} ({period(limit)})
                          </Table.HeaderCell>
                        ))}
                      </Table.Row>
                    </Table.Header>
                    <Table.Body>
                      {accounts.map((account) => (
                        <Table.Row key={account.id} data-testid="partner-account-row" data-account={account.account_ref}>
                          <Table.Cell>
                            <Text size="small" weight="plus">
                              {account.display_name ?? account.account_ref}
                            </Text>
                            <Text size="xsmall" className="text-ui-fg-subtle">
                              {account.account_ref}
                            </Text>
                          </Table.Cell>
                          {limits.map((limit) => {
                            const counted = account.spend.find((spent) => spent.product_id === limit.product_id)
                            return (
                              <Table.Cell key={limit.product_id}>
                                {counted ? (
                                  <>
                                    <Text size="small">{againstLimit(limit, counted.bought, counted.held)}</Text>
                                    <Text size="xsmall" className="text-ui-fg-subtle">
                                      bought {counted.bought.quantity} ({money(counted.bought.amount)}), in open carts{" "}
                                      {counted.held.quantity} ({money(counted.held.amount)})
                                    </Text>
                                  </>
                                ) : (
                                  "—"
                                )}
                              </Table.Cell>
                            )
                          })}
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table>
                </>
              )
            }
          </QueryState>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
