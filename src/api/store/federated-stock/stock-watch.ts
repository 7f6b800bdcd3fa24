import type { MedusaContainer } from "@medusajs/framework/types"
import { LIVE_STOCK_MODULE } from "../../../modules/live-stock"
import type LiveStockModuleService from "../../../modules/live-stock/service"
import type { StockChange } from "../../../modules/live-stock/service"
import { SerialRun } from "../../../lib/serial-run"
import { countWatchedStock, nextRunOut, StockCounts, WatchedStock } from "./watched-stock"

// setTimeout fires at once beyond this (about 24.8 days); a later run-out is rescheduled.
const LONGEST_TIMER_MS = 2 ** 31 - 1

export type StockWatcher = {
  push: (counts: StockCounts) => void
  /** A recount failed: the page's counts can no longer be trusted to be live. */
  fail: (error: Error) => void
}

/**
 * Keeps one page's counts live: counts every watched variant first, then recounts the
 * variants a broadcast change touches, and all of them when a hold runs out. Recounts
 * never overlap, so counts are pushed in order; changes arriving during one are gathered
 * into a single next recount. Pushes only counts that moved.
 */
export class StockWatch {
  private readonly sent: StockCounts = {}
  private readonly dirty = new Set<string>()
  private readonly recounts: SerialRun
  private greeted = false
  private closed = false
  private runOutTimer?: NodeJS.Timeout
  private readonly unsubscribe: () => void

  constructor(
    private readonly scope: MedusaContainer,
    private readonly watched: WatchedStock,
    private readonly watcher: StockWatcher
  ) {
    this.recounts = new SerialRun(
      () => this.countDirty(),
      (error) => {
        this.close()
        this.watcher.fail(error)
      }
    )
    const liveStock: LiveStockModuleService = scope.resolve(LIVE_STOCK_MODULE)
    this.unsubscribe = liveStock.subscribe((change) => this.onChange(change))
    this.recount(this.watched.items_by_variant.keys())
  }

  close() {
    this.closed = true
    this.recounts.stop()
    this.unsubscribe()
    clearTimeout(this.runOutTimer)
  }

  private onChange({ inventory_item_ids }: StockChange) {
    const changed = new Set(inventory_item_ids)
    const touched = [...this.watched.items_by_variant].filter(([, items]) => items.some((id) => changed.has(id)))
    if (touched.length) {
      this.recount(touched.map(([variantId]) => variantId))
    }
  }

  private recount(variantIds: Iterable<string>) {
    for (const id of variantIds) {
      this.dirty.add(id)
    }
    this.recounts.request()
  }

  private async countDirty() {
    const variant_ids = [...this.dirty]
    this.dirty.clear()
    const now = new Date()
    const [counts, runOut] = await Promise.all([
      countWatchedStock(this.scope, this.watched, { variant_ids, now }),
      nextRunOut(this.scope, this.watched, now),
    ])
    if (this.closed) {
      return
    }
    const moved = Object.fromEntries(
      Object.entries(counts).filter(([id, count]) => !(id in this.sent) || this.sent[id] !== count)
    )
    Object.assign(this.sent, moved)
    // The first push goes out even when empty: it tells the page the stream is live.
    if (Object.keys(moved).length || !this.greeted) {
      this.greeted = true
      this.watcher.push(moved)
    }
    this.scheduleRunOut(runOut)
  }

  private scheduleRunOut(at: Date | null) {
    clearTimeout(this.runOutTimer)
    if (!at) {
      return
    }
    // +1 ms: a hold counts until its instant and is free from it on.
    const delay = Math.min(Math.max(at.getTime() - Date.now() + 1, 0), LONGEST_TIMER_MS)
    this.runOutTimer = setTimeout(() => this.recount(this.watched.items_by_variant.keys()), delay)
    this.runOutTimer.unref()
  }
}
