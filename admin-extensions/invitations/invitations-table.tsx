import { Badge, Button, Table, Text, toast } from "@medusajs/ui"
import { errorMessage } from "../lib/error-message"
import { useResendInvitation, useRevokeInvitation } from "./hooks"
import type { Invitation } from "./types"

export const InvitationsTable = ({ invitations }: { invitations: Invitation[] }) => {
  const revoke = useRevokeInvitation()
  const resend = useResendInvitation()

  // Resending makes new codes, so only invitees who have not used theirs get one.
  const actionsFor = (invitation: Invitation) => [
    ...(invitation.codes.some((code) => code.email && code.uses < code.max_uses)
      ? [
          {
            label: "Resend",
            variant: "secondary" as const,
            mutation: resend,
            done: "New codes sent",
            failed: "Could not resend the codes",
          },
        ]
      : []),
    {
      label: "Revoke",
      variant: "danger" as const,
      mutation: revoke,
      done: "Invitation revoked",
      failed: "Could not revoke the invitation",
    },
  ]

  const act = (mutation: typeof revoke, invitation: Invitation, done: string, failed: string) =>
    mutation.mutate(invitation.id, {
      onSuccess: () => toast.success(done),
      onError: (error) => toast.error(errorMessage(error, failed)),
    })

  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Invitation</Table.HeaderCell>
          <Table.HeaderCell>Codes (uses)</Table.HeaderCell>
          <Table.HeaderCell>State</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {invitations.map((invitation) => (
          <Table.Row key={invitation.id}>
            <Table.Cell>
              <Text size="small" weight="plus">
                {invitation.title ?? invitation.id}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {invitation.product_ids.length} product(s)
              </Text>
            </Table.Cell>
            <Table.Cell>
              {invitation.codes.map((code) => (
                <Text key={code.id} size="xsmall">
                  {code.email ?? "shared"} …{code.last4} ({code.uses}/{code.max_uses})
                </Text>
              ))}
            </Table.Cell>
            <Table.Cell>
              {invitation.revoked_at ? <Badge color="red">revoked</Badge> : <Badge color="green">active</Badge>}
            </Table.Cell>
            <Table.Cell>
              {!invitation.revoked_at && (
                <div className="flex gap-x-2">
                  {actionsFor(invitation).map((action) => (
                    <Button
                      key={action.label}
                      size="small"
                      variant={action.variant}
                      onClick={() => act(action.mutation, invitation, action.done, action.failed)}
                      isLoading={action.mutation.isPending}
                    >
                      {action.label}
                    </Button>
                  ))}
                </div>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
