import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { FilterSelect } from "../lib/filter-select"
import type { OutboundStatus } from "../lib/outbound-delivery"
import { QueryState } from "../lib/query-state"
import { usePagination } from "../lib/use-pagination"
import { usePartnerList } from "../partners/hooks"
import { DeliveriesTable } from "./deliveries-table"
import { usePartnerDeliveries } from "./hooks"

const pageSize = 20
const STATUSES: OutboundStatus[] = ["pending", "failed", "acknowledged"]

/**
 * Immediate deliveries to partners' services, newest first: each one's status and attempt
 * log, "Retry now" for those not acknowledged; filtered by status and partner.
 */
export const PartnerDeliveriesPage = () => {
  const [status, setStatus] = useState<OutboundStatus | "all">("all")
  const [partnerId, setPartnerId] = useState("all")
  const [pageIndex, setPageIndex] = useState(0)
  const partners = usePartnerList()
  const deliveries = usePartnerDeliveries({
    status: status === "all" ? undefined : status,
    partner_id: partnerId === "all" ? undefined : partnerId,
    limit: pageSize,
    offset: pageIndex * pageSize,
  })
  const pagination = usePagination({ pageSize, pageIndex, setPageIndex, count: deliveries.data?.count })
  useEffect(() => setPageIndex(0), [status, partnerId])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Deliveries</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Purchases delivered immediately to partners' services, signed and retried until the partner acknowledges.
        </Text>
      </div>
      <div className="flex gap-x-2 px-6 py-4">
        <FilterSelect
          testId="partner-deliveries-status"
          value={status}
          onChange={(value) => setStatus(value as OutboundStatus | "all")}
          everyLabel="Every status"
          options={STATUSES.map((name) => ({ value: name, label: name }))}
        />
        <FilterSelect
          testId="partner-deliveries-partner"
          value={partnerId}
          onChange={setPartnerId}
          everyLabel="Every partner"
          options={(partners.data?.partners ?? []).map((partner) => ({ value: partner.id, label: partner.name }))}
        />
      </div>
      <QueryState query={deliveries} errorFallback="Could not load deliveries" loadingText="Loading deliveries...">
        {(data) =>
          data.deliveries.length ? (
            <div>
              <DeliveriesTable deliveries={data.deliveries} />
              <Table.Pagination {...pagination} />
            </div>
          ) : (
            <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="partner-deliveries-empty">
              No deliveries{status === "all" && partnerId === "all" ? " yet" : " match these filters"}.
            </Text>
          )
        }
      </QueryState>
    </Container>
  )
}
