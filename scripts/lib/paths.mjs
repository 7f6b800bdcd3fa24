// Where things are, without importing any dependency: the entry scripts read this before
// a fresh clone has node_modules.
import path from "node:path"
import { fileURLToPath } from "node:url"

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const storefrontDir = path.join(root, "storefront-starter")
