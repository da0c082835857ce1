-- wrk script for downloadLoad(): `-- <file size> <range bytes>` asks for random Range slices at
-- multiples of <range bytes>; 0 asks for the whole file. Prints one JSON line of totals at the end.
-- No response() callback: defining one makes wrk copy every body into Lua.
local size, length

function init(args)
  size = tonumber(args[1])
  length = tonumber(args[2])
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function request()
  if length == 0 then
    return wrk.format()
  end
  local start = math.floor(math.random() * math.floor(size / length)) * length
  local last = math.min(size, start + length) - 1
  return wrk.format(nil, nil, { Range = "bytes=" .. start .. "-" .. last })
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'WRK_RESULT {"requests":%d,"durationUs":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,' ..
      '"status":%d,"timeout":%d,"p50Us":%d,"p99Us":%d,"cpuSeconds":%f}\n',
    summary.requests, summary.duration, summary.bytes, errors.connect, errors.read, errors.write,
    errors.status, errors.timeout, latency:percentile(50), latency:percentile(99), os.clock()))
end
