// Jest's order for the HTTP groups: heaviest first, so the two workers finish together. On a
// fresh clone jest knows no durations yet and would start the largest file first, which is
// not the longest group. Other suites keep jest's own order.
const path = require("node:path")
const Sequencer = require("@jest/test-sequencer").default

// By their share of the suite's time on the 2-core machine.
const HEAVIEST_FIRST = ["checkout", "holds", "access", "carts"]
const rank = (test) => HEAVIEST_FIRST.indexOf(path.basename(test.path, ".spec.ts"))

class HeaviestFirst extends Sequencer {
  sort(tests) {
    if (!tests.some((test) => rank(test) >= 0)) return super.sort(tests)
    const last = HEAVIEST_FIRST.length
    return [...tests].sort((a, b) => (rank(a) < 0 ? last : rank(a)) - (rank(b) < 0 ? last : rank(b)))
  }
}

module.exports = HeaviestFirst
