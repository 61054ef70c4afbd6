-- wrk script for benches/load.sh: every request takes the next path of the list named by
-- DALIL_PATHS (a realistic mix over four languages, not one query repeated); each thread
-- starts at its own offset. `done` prints one parseable RESULT line.
local paths = {}
local next_index = 0
local thread_count = 0

setup = function(thread)
  thread:set("offset", thread_count * 97)
  thread_count = thread_count + 1
end

init = function(args)
  for line in io.lines(os.getenv("DALIL_PATHS")) do
    paths[#paths + 1] = line
  end
  next_index = offset or 0
end

request = function()
  next_index = next_index % #paths + 1
  return wrk.format("GET", paths[next_index])
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
