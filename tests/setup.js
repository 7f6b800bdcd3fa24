// Each suite boots Medusa anew; stale entity metadata from an earlier suite breaks it.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
