import { Badge, Button, Table, Text, toast } from "@medusajs/ui"
import { errorMessage } from "../lib/error-message"
import { useRevokePrepaidCode } from "./hooks"
import type { OrderRef, PrepaidCode, PrepaidCodeStatus } from "./types"

const STATUS_COLORS: Record<PrepaidCodeStatus, "green" | "orange" | "blue" | "red"> = {
  issued: "green",
  reserved: "orange",
  redeemed: "blue",
  revoked: "red",
}

const OrderLink = ({ order }: { order: OrderRef }) =>
  order ? (
    <a className="text-ui-fg-interactive txt-small" href={`/app/orders/${order.id}`}>
      #{order.display_id ?? order.id}
    </a>
  ) : (
    <Text size="small" className="text-ui-fg-muted">
      -
    </Text>
  )

/** Codes with where they came from (an order or a batch) and the order that redeemed them. */
export const PrepaidCodesTable = ({
  codes,
  pagination,
}: {
  codes: PrepaidCode[]
  pagination?: React.ComponentProps<typeof Table.Pagination>
}) => {
  const revoke = useRevokePrepaidCode()
  const revokeCode = (code: PrepaidCode) =>
    revoke.mutate(code.id, {
      onSuccess: () => toast.success(`Code …${code.last4} revoked`),
      onError: (error) => toast.error(errorMessage(error, "Could not revoke the code")),
    })

  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Code</Table.HeaderCell>
            <Table.HeaderCell>Product</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Issued by</Table.HeaderCell>
            <Table.HeaderCell>Redeemed by</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {codes.map((code) => (
            <Table.Row key={code.id} data-testid="prepaid-code-row">
              <Table.Cell className="font-mono">XXXX-XXXX-XXXX-{code.last4}</Table.Cell>
              <Table.Cell>{code.product_title ?? code.product_id}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={STATUS_COLORS[code.status]}>
                  {code.status}
                </Badge>
              </Table.Cell>
              <Table.Cell>
                {code.issued_order ? <OrderLink order={code.issued_order} /> : <Text size="small">batch</Text>}
              </Table.Cell>
              <Table.Cell>
                <OrderLink order={code.redeemed_order} />
              </Table.Cell>
              <Table.Cell>
                {(code.status === "issued" || code.status === "reserved") && (
                  <Button
                    size="small"
                    variant="danger"
                    onClick={() => revokeCode(code)}
                    isLoading={revoke.isPending && revoke.variables === code.id}
                  >
                    Revoke
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {pagination && <Table.Pagination {...pagination} />}
    </>
  )
}
