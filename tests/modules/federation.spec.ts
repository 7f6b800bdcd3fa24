import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { FEDERATION_MODULE } from "../../src/modules/federation"
import FederatedStore from "../../src/modules/federation/models/federated-store"
import FederationModuleService from "../../src/modules/federation/service"

const store = (handle: string) => ({
  name: `Store ${handle}`,
  handle,
  contact_email: `${handle}@stores.example`,
  distributor_url: `https://${handle}.example/orders`,
})

moduleIntegrationTestRunner<FederationModuleService>({
  moduleName: FEDERATION_MODULE,
  moduleModels: [FederatedStore],
  resolve: "./src/modules/federation",
  testSuite: ({ service }) => {
    describe("federated stores", () => {
      it("are created with a prefixed id and found by handle", async () => {
        const created = await service.createFederatedStores(store("north"))
        expect(created.id).toMatch(/^fst_/)
        const [found] = await service.listFederatedStores({ handle: "north" })
        expect(found.id).toBe(created.id)
      })

      it("never share a handle, even when created at the same moment", async () => {
        const attempts = await Promise.allSettled(Array.from({ length: 10 }, () => service.createFederatedStores(store("twin"))))
        expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1)
        const refusal = attempts.find((attempt) => attempt.status === "rejected") as PromiseRejectedResult
        expect(String(refusal.reason.message)).toMatch(/already exists/)
        expect(await service.listFederatedStores({ handle: "twin" })).toHaveLength(1)
      })

      it("free their handle once deleted", async () => {
        const first = await service.createFederatedStores(store("phoenix"))
        await service.softDeleteFederatedStores(first.id)
        const second = await service.createFederatedStores(store("phoenix"))
        expect(second.id).not.toBe(first.id)
      })

      it("are found by a search on name or handle", async () => {
        await service.createFederatedStores([store("alpha"), store("beta")])
        const [found, count] = await service.listAndCountFederatedStores({ q: "alph" })
        expect(count).toBe(1)
        expect(found[0].handle).toBe("alpha")
      })
    })
  },
})

jest.setTimeout(60000)
