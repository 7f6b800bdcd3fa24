import { getPartnerSession } from "@lib/data/access"

/** "Playing as <account> at <partner>", while the partner's handshake holds. */
const PartnerBanner = async () => {
  const session = await getPartnerSession()
  if (!session) {
    return null
  }
  return (
    <p className="partner-banner" data-testid="partner-banner">
      Playing as <strong>{session.account}</strong> at <strong>{session.partner}</strong>
      {session.return_url && (
        <>
          {" · "}
          <a href={session.return_url}>Back to {session.partner}</a>
        </>
      )}
    </p>
  )
}

export default PartnerBanner
