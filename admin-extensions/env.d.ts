// Defined by the host dashboard's Vite config (admin.backendUrl), not at plugin build time.
declare const __BACKEND_URL__: string | undefined
