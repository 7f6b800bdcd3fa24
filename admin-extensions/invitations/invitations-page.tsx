import { Alert, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { QueryState } from "../lib/query-state"
import { CreateInvitationForm } from "./create-invitation-form"
import { useInvitations } from "./hooks"
import { InvitationsTable } from "./invitations-table"

export const InvitationsPage = () => {
  const invitations = useInvitations()
  const [sharedCode, setSharedCode] = useState<string | null>(null)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Invitations</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Access codes that open private products to the shoppers who enter them.
        </Text>
      </div>
      <div className="flex flex-col gap-y-4 px-6 py-4">
        <CreateInvitationForm onSharedCode={setSharedCode} />
        {sharedCode && (
          <Alert variant="warning" data-testid="shared-code">
            Shared code: <span className="font-mono">{sharedCode}</span>. Copy it now: only its last 4 characters are kept.
          </Alert>
        )}
      </div>
      <QueryState query={invitations} errorFallback="Could not load invitations">
        {(data) =>
          data.invitations.length ? (
            <InvitationsTable invitations={data.invitations} />
          ) : (
            <Text size="small" className="text-ui-fg-subtle px-6 py-4">
              No invitations yet.
            </Text>
          )
        }
      </QueryState>
    </Container>
  )
}
