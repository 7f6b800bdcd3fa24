import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { QueryState } from "../lib/query-state"
import { CreatePartnerForm } from "./create-partner-form"
import { usePartnerList } from "./hooks"
import { PartnersTable } from "./partners-table"
import { SecretOnce } from "./secret-once"
import type { PartnerWithSecretResponse } from "./types"

export const PartnersPage = () => {
  const partners = usePartnerList()
  const [revealed, setRevealed] = useState<PartnerWithSecretResponse | null>(null)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Partners</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Games and services that send shoppers with a signed handshake; their accounts may see the products you protect for them.
        </Text>
      </div>
      <div className="flex flex-col gap-y-4 px-6 py-4">
        <CreatePartnerForm onCreated={setRevealed} />
        {revealed && <SecretOnce partnerName={revealed.partner.name} signingKey={revealed.signing_key} />}
      </div>
      <QueryState query={partners} errorFallback="Could not load partners">
        {(data) =>
          data.partners.length ? (
            <PartnersTable partners={data.partners} onRotated={setRevealed} />
          ) : (
            <Text size="small" className="text-ui-fg-subtle px-6 py-4">
              No partners yet.
            </Text>
          )
        }
      </QueryState>
    </Container>
  )
}
