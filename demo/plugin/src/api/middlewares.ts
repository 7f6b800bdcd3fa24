import { defineMiddlewares } from "@medusajs/framework/http"
import { distributorDemoMiddlewares } from "./distributor-demo/middlewares"
import { partnerDemoMiddlewares } from "./partner-demo/middlewares"

export default defineMiddlewares({
  routes: [...distributorDemoMiddlewares, ...partnerDemoMiddlewares],
})
