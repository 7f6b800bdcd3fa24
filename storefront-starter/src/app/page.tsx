import { listFederatedStores } from "@lib/data/federated-stores"
import { getPartnerSession } from "@lib/data/access"
import AccessCodeForm from "@modules/access/components/access-code-form"
import PrepaidCodeForm from "@modules/access/components/prepaid-code-form"
import StoreCard from "@modules/federated-stores/components/store-card"

// The backend may not be running at build time: render on every request.
export const dynamic = "force-dynamic"

export default async function Home() {
  const [stores, partner] = await Promise.all([listFederatedStores(), getPartnerSession()])

  return (
    <div className="container">
      <h1>Our stores</h1>
      <p className="muted">Shop from any of them — everything lands in one cart.</p>
      {stores.length === 0 ? (
        <p className="muted">No stores yet.</p>
      ) : (
        <ul className="store-list" data-testid="store-list">
          {stores.map((store) => (
            <StoreCard key={store.id} store={store} />
          ))}
        </ul>
      )}
      <AccessCodeForm />
      {/* Prepaid codes are redeemed for a partner account: only after its handshake. */}
      {partner && <PrepaidCodeForm />}
    </div>
  )
}
