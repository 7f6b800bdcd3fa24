// Preload for the checkout benchmark's baseline server only (`node --require`): when Medusa's
// route loader requires the plugin's `src/api/store/carts/[id]/complete/route` (the override
// that runs the federated checkout), it gets Medusa's own route module instead, so
// `POST /store/carts/:id/complete` on that server is core's handler running core's
// `completeCartWorkflow`, with core's middlewares and the plugin's as on the other server.
// Nothing else changes; the plugin's src/ is not touched.
const Module = require("node:module")
const path = require("node:path")

const coreRoute = path.join(process.cwd(), "node_modules/@medusajs/medusa/dist/api/store/carts/[id]/complete/route.js")
const pluginRoute = /[\\/]src[\\/]api[\\/]store[\\/]carts[\\/]\[id\][\\/]complete[\\/]route\.(ts|js)$/

const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, parent, ...rest) {
  const resolved = resolveFilename.call(this, request, parent, ...rest)
  if (pluginRoute.test(resolved) && !resolved.includes(`${path.sep}node_modules${path.sep}`)) {
    process.stderr.write(`[bench] ${resolved} -> Medusa's own completion route\n`)
    return coreRoute
  }
  return resolved
}
