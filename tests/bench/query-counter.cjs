// Preload (`node --require`) that counts database round trips per HTTP request: every
// `query()` of every `pg` client in the process (Medusa's MikroORM/knex pool and anything
// else) is attributed, through AsyncLocalStorage, to the request whose handling issued it,
// including workflow steps and event subscribers that run in its async context. When a
// request finishes, one JSON line `{method, url, status, queries, ms, texts?}` is appended to
// QUERY_COUNTER_FILE. With QUERY_COUNTER_TEXTS=1 the lines also carry each query's text (the
// first 200 characters). `npm run bench` preloads it in a phase of its own; it changes nothing else.
const { AsyncLocalStorage } = require("node:async_hooks")
const fs = require("node:fs")
const http = require("node:http")
const path = require("node:path")

const file = process.env.QUERY_COUNTER_FILE
const withTexts = process.env.QUERY_COUNTER_TEXTS === "1"
const storage = new AsyncLocalStorage()

for (const candidate of ["node_modules/pg", "node_modules/@mikro-orm/postgresql/node_modules/pg"]) {
  let Client
  try {
    Client = require(path.join(process.cwd(), candidate)).Client
  } catch {
    continue
  }
  const query = Client.prototype.query
  Client.prototype.query = function (config, ...rest) {
    const counter = storage.getStore()
    if (counter) {
      counter.queries++
      if (withTexts) {
        const text = typeof config === "string" ? config : config?.text
        counter.texts.push(
          String(text ?? "")
            .replace(/\s+/g, " ")
            .slice(0, 200)
        )
      }
    }
    return query.call(this, config, ...rest)
  }
}

const emit = http.Server.prototype.emit
http.Server.prototype.emit = function (event, req, res, ...rest) {
  if (event !== "request" || !file) {
    return emit.call(this, event, req, res, ...rest)
  }
  const counter = { queries: 0, texts: [], started: Date.now() }
  res.once("finish", () => {
    // Work still running for this request after the answer (subscribers) is counted too,
    // so the line is written a moment later.
    setTimeout(() => {
      const line = {
        method: req.method,
        url: req.url,
        status: res.statusCode,
        queries: counter.queries,
        ms: Date.now() - counter.started,
      }
      if (withTexts) line.texts = counter.texts
      fs.appendFileSync(file, JSON.stringify(line) + "\n")
    }, 300)
  })
  return storage.run(counter, () => emit.call(this, event, req, res, ...rest))
}
