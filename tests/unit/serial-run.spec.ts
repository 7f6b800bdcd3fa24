import { SerialRun } from "../../src/lib/serial-run"

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe("a serial run", () => {
  it("never overlaps runs, and folds every request made during a run into one more run", async () => {
    let running = 0
    let most = 0
    let runs = 0
    const run = new SerialRun(async () => {
      running += 1
      most = Math.max(most, running)
      runs += 1
      await tick()
      running -= 1
    }, jest.fn())

    run.request()
    run.request()
    run.request()
    run.request()
    await tick()
    await tick()
    await tick()

    expect(most).toBe(1)
    expect(runs).toBe(2)
  })

  it("stops after a failure and reports it once", async () => {
    const onError = jest.fn()
    const task = jest.fn(async () => {
      throw new Error("database went away")
    })
    const run = new SerialRun(task, onError)

    run.request()
    await tick()
    run.request()
    await tick()

    expect(task).toHaveBeenCalledTimes(1)
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: "database went away" }))
  })

  it("runs nothing once stopped", async () => {
    const task = jest.fn(async () => undefined)
    const run = new SerialRun(task, jest.fn())
    run.stop()
    run.request()
    await tick()
    expect(task).not.toHaveBeenCalled()
  })
})
