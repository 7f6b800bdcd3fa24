const { spawn } = require("node:child_process")
const os = require("node:os")

/**
 * Runs `work` while every core is kept busy by another process, as on a shared machine:
 * a race must hold whatever else the machine is doing. The burners are killed however
 * `work` ends.
 */
async function underCpuLoad(work) {
  const burners = os.cpus().map(() => spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }))
  try {
    return await work()
  } finally {
    for (const burner of burners) {
      burner.kill("SIGKILL")
    }
  }
}

module.exports = { underCpuLoad }
