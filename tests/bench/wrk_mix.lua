-- wrk's script for the memory benchmark (tests/bench/memory.py). Each request is the next line
-- of the file BENCH_PATHS ("<visitor> <path>"); an anonymous visitor sends no cookie, "signed-in"
-- sends BENCH_COOKIE_SIGNED_IN and "basket" BENCH_COOKIE_BASKET. Of BENCH_THREADS threads,
-- thread n takes lines BENCH_START + n, + n + BENCH_THREADS, ... (wrapping round the file) and
-- stops after BENCH_COUNT / BENCH_THREADS answers, writing the line "stopped" (wrk itself waits
-- out its duration, its connections open: the benchmark interrupts it then). done() writes one
-- JSON line: requests, seconds, failed requests and answers other than 200.
local threads = {}

setup = function(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local lines = {}
local cookies = {
  ["signed-in"] = os.getenv("BENCH_COOKIE_SIGNED_IN"),
  basket = os.getenv("BENCH_COOKIE_BASKET"),
}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  local visitor, path = line:match("^(%S+) (%S+)$")
  local headers = {}
  if visitor ~= "anon" then
    headers["Cookie"] = cookies[visitor]
  end
  table.insert(lines, {path = path, headers = headers})
end

local step = tonumber(os.getenv("BENCH_THREADS"))
local quota = math.ceil(tonumber(os.getenv("BENCH_COUNT")) / step)
local position, answered = nil, 0
unexpected = 0

init = function(args)
  position = tonumber(os.getenv("BENCH_START")) + id
end

request = function()
  local line = lines[position % #lines + 1]
  position = position + step
  return wrk.format("GET", line.path, line.headers)
end

response = function(status, headers, body)
  if status ~= 200 then
    unexpected = unexpected + 1
  end
  answered = answered + 1
  if answered == quota then
    io.write("stopped\n")
    io.flush()
    wrk.thread:stop()
  end
end

done = function(summary, latency, requests)
  local odd = 0
  for _, thread in ipairs(threads) do
    odd = odd + thread:get("unexpected")
  end
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format('{"requests": %d, "seconds": %.3f, "failed": %d, "not_200": %d}\n',
    summary.requests, summary.duration / 1e6, failed, odd))
end
