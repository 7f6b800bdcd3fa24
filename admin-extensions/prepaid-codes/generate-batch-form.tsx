import { Button, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/error-message"
import { downloadCsv } from "./download-csv"
import { useGeneratePrepaidCodes } from "./hooks"
import type { GeneratedBatch } from "./types"

/** Batch-generates codes for a variant; the batch is shown once, with its CSV download. */
export const GenerateBatchForm = () => {
  const generate = useGeneratePrepaidCodes()
  const [variantId, setVariantId] = useState("")
  const [count, setCount] = useState(10)
  const [batch, setBatch] = useState<GeneratedBatch | null>(null)

  const submit = () =>
    generate.mutate(
      { variant_id: variantId.trim(), count },
      {
        onSuccess: (made) => setBatch(made),
        onError: (error) => toast.error(errorMessage(error, "Could not generate codes")),
      }
    )

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex items-end gap-x-3">
        <div className="flex flex-col gap-y-1">
          <Label size="small" htmlFor="prepaid-variant">
            Variant id
          </Label>
          <Input
            id="prepaid-variant"
            size="small"
            value={variantId}
            onChange={(event) => setVariantId(event.target.value)}
            placeholder="variant_..."
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small" htmlFor="prepaid-count">
            How many
          </Label>
          <Input
            id="prepaid-count"
            size="small"
            type="number"
            min={1}
            max={10000}
            value={count}
            onChange={(event) => setCount(Number(event.target.value))}
          />
        </div>
        <Button size="small" onClick={submit} isLoading={generate.isPending} disabled={!variantId.trim() || count < 1}>
          Generate codes
        </Button>
      </div>
      {batch && (
        <div
          className="flex items-center gap-x-3 rounded-md border border-ui-tag-orange-border bg-ui-tag-orange-bg px-3 py-2"
          data-testid="prepaid-batch"
        >
          <Text size="small">
            {batch.codes.length} codes generated. Download them now: only their last 4 characters are kept.
          </Text>
          <Button size="small" variant="secondary" onClick={() => downloadCsv(batch.csv, `prepaid-codes-${batch.batch_id}.csv`)}>
            Download CSV
          </Button>
          <Button size="small" variant="transparent" onClick={() => setBatch(null)}>
            Done
          </Button>
        </div>
      )}
    </div>
  )
}
