import { Container, Heading, Input, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { QueryState } from "../lib/query-state"
import { useDebouncedValue } from "../lib/use-debounced-value"
import { usePagination } from "../lib/use-pagination"
import { GenerateBatchForm } from "./generate-batch-form"
import { usePrepaidCodes } from "./hooks"
import { PrepaidCodesTable } from "./prepaid-codes-table"
import { PREPAID_CODE_STATUSES, PrepaidCodeStatus } from "./types"

const PAGE_SIZE = 20
const ALL = "all"

export const PrepaidCodesPage = () => {
  const [last4, setLast4] = useState("")
  const [status, setStatus] = useState<PrepaidCodeStatus | typeof ALL>(ALL)
  const [pageIndex, setPageIndex] = useState(0)
  const searched = useDebouncedValue(last4.trim().toUpperCase(), 300)
  const codes = usePrepaidCodes({
    last4: searched || undefined,
    status: status === ALL ? undefined : status,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })
  const pagination = usePagination({ pageSize: PAGE_SIZE, pageIndex, setPageIndex, count: codes.data?.count })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Prepaid codes</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          One code per unit bought with prepaid-code delivery, or generated here in batches. Each is redeemable once, at $0.
        </Text>
      </div>
      <div className="px-6 py-4">
        <GenerateBatchForm />
      </div>
      <div className="flex gap-x-3 px-6 py-4">
        <Input
          size="small"
          placeholder="Last 4 characters"
          maxLength={4}
          value={last4}
          onChange={(event) => {
            setLast4(event.target.value)
            setPageIndex(() => 0)
          }}
          aria-label="Search by last 4"
        />
        <Select
          size="small"
          value={status}
          onValueChange={(value) => {
            setStatus(value as PrepaidCodeStatus | typeof ALL)
            setPageIndex(() => 0)
          }}
        >
          <Select.Trigger aria-label="Status">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>All statuses</Select.Item>
            {PREPAID_CODE_STATUSES.map((name) => (
              <Select.Item key={name} value={name}>
                {name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <QueryState query={codes} errorFallback="Could not load prepaid codes">
        {(data) =>
          data.prepaid_codes.length ? (
            <PrepaidCodesTable codes={data.prepaid_codes} pagination={pagination} />
          ) : (
            <Text size="small" className="text-ui-fg-subtle px-6 py-4">
              No prepaid codes match.
            </Text>
          )
        }
      </QueryState>
    </Container>
  )
}
