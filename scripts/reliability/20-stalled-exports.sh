#!/usr/bin/env bash
# Defect 5: clients that ask for an export and never read it must not take the database from everyone else.
# Imports EXPORT_DOCS documents (default 5,000, ~2.5 KB each, under A/AC.779/2025/) so that one export is far larger
# than any socket buffer, opens STALLED (default 40) exports whose sockets never read (1 KB receive buffer), and for
# WATCH seconds (default 15) lets another client read /api/v1/documents and poll readiness. Then waits for the write
# timeout (unsymbol.exports.write-timeout, default 30 s) to close the stalled exports and give their slots back.
# A second client follows clickable links (/r, one kept-alive connection, as a browser) in its own process for WATCH
# seconds before the stalls and again during them, each time beside the same document reader, so that the only
# difference between the two is the stalled exports: its p99 during, over its quiet p99, is the issue-11 ratio
# (goal <= 2).
# Env: BASE, KEY (writes), PID (unused). Goals: no failed read, read p99 < 1 s, readiness never DOWN, exports beyond
# the cap refused with 503 + Retry-After, the slots back within 90 s, the /r client's p99 within 2x its quiet value.
set -euo pipefail
: "${BASE:?}" "${KEY:?}"
EXPORT_DOCS=${EXPORT_DOCS:-5000} STALLED=${STALLED:-40} WATCH=${WATCH:-15}
export BASE KEY EXPORT_DOCS STALLED WATCH
exec python3 - <<'PY'
import http.client, json, multiprocessing, os, socket, sys, threading, time, urllib.error, urllib.parse, urllib.request
base, key = os.environ["BASE"], os.environ["KEY"]
docs, stalled_n, watch = int(os.environ["EXPORT_DOCS"]), int(os.environ["STALLED"]), int(os.environ["WATCH"])
family = "A/AC.779/2025/"
u = urllib.parse.urlparse(base)
host, port = u.hostname, u.port or 80

def get(path, timeout=10):
    t = time.monotonic()
    try:
        with urllib.request.urlopen(base + path, timeout=timeout) as r:
            body = r.read()
            return r.status, body, dict(r.headers), time.monotonic() - t
    except urllib.error.HTTPError as e:
        return e.code, e.read(), dict(e.headers), time.monotonic() - t
    except Exception as e:
        return 0, str(e).encode(), {}, time.monotonic() - t

words = ("Report of the open-ended working group on security of and in the use of information and communications "
         "technologies, its programme of work and its recommendations ")
lines = []
for i in range(1, docs + 1):
    versions = {l: {"title": words + words + str(i)} for l in ("ar", "zh", "en", "fr", "ru", "es")}
    lines.append(json.dumps({"symbol": family + str(i), "date": "2025-01-15", "versions": versions}))
req = urllib.request.Request(base + "/api/v1/imports", data=("\n".join(lines) + "\n").encode(), method="POST",
                             headers={"Authorization": "Bearer " + key, "Content-Type": "application/x-ndjson"})
with urllib.request.urlopen(req, timeout=600) as r:
    report = json.load(r)
status, body, _, _ = get("/api/v1/exports?prefix=" + urllib.parse.quote(family), timeout=120)
size = len(body)
print(f"RESULT stalled-exports-setup: documents={docs} export_bytes={size} import_created={report.get('created')}")

def links_p99(seconds):
    # clickable links of catalogued documents, not followed (302), on one kept-alive connection: p99 in ms, failures
    conn, lat, bad, i = http.client.HTTPConnection(host, port, timeout=10), [], 0, 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        i += 1
        t = time.monotonic()
        try:
            conn.request("GET", "/r/en/" + family + str(1 + i % docs))
            r = conn.getresponse(); r.read()
            bad += r.status != 302
        except Exception:
            bad += 1
            conn.close(); conn = http.client.HTTPConnection(host, port, timeout=10)
        lat.append(time.monotonic() - t)
    conn.close()
    lat.sort()
    return lat[min(len(lat) - 1, int(0.99 * len(lat)))] * 1000, bad, len(lat)

def links_in_process(seconds):
    # its own process: a thread here would share the interpreter lock with the document reader and time it too
    q = multiprocessing.Queue()
    proc = multiprocessing.Process(target=lambda: q.put(links_p99(seconds)))
    proc.start()
    return proc, q

def reads(seconds):
    lat, failed = [], 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        st, _, _, dt = get("/api/v1/documents?limit=5&prefix=" + urllib.parse.quote(family), timeout=10)
        lat.append(dt)
        failed += st != 200
    return lat, failed

def warm_links():
    # every link once, so that both phases read the resolver's cache (a first visit reads the catalogue)
    conn = http.client.HTTPConnection(host, port, timeout=10)
    for i in range(1, docs + 1):
        conn.request("GET", "/r/en/" + family + str(i)); conn.getresponse().read()
    conn.close()

warm_links()
links_p99(3)  # and the JIT
proc, q = links_in_process(watch)
reads(watch)  # the same company as during the stalls
quiet_p99, quiet_bad, quiet_n = q.get(); proc.join()

socks = []
for i in range(stalled_n):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1024)
    s.connect((host, port))
    fmt = "ndjson" if i % 2 == 0 else "csv"
    s.sendall(f"GET /api/v1/exports?format={fmt}&prefix={urllib.parse.quote(family)} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    socks.append(s)
time.sleep(2)

lat, failed, ready_down = [], 0, 0
stop = time.monotonic() + watch
def readiness():
    global ready_down
    while time.monotonic() < stop:
        st, _, _, _ = get("/q/health/ready", timeout=10)
        if st != 200:
            ready_down += 1
        time.sleep(1)
th = threading.Thread(target=readiness); th.start()
proc, q = links_in_process(watch)
lat, failed = reads(watch)
during = dict(zip(("p99", "bad", "n"), q.get())); proc.join()
th.join()
lat.sort()
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000
print(f"RESULT stalled-exports-reads: requests={len(lat)} failed={failed} p50_ms={p(0.5):.1f} p99_ms={p(0.99):.1f} "
      f"max_ms={lat[-1]*1000:.1f} readiness_down={ready_down}")
links_ratio = during["p99"] / quiet_p99
print(f"RESULT stalled-exports-links: quiet_p99_ms={quiet_p99:.2f} during_p99_ms={during['p99']:.2f} "
      f"ratio_to_quiet={links_ratio:.2f} requests={quiet_n}+{during['n']} not_302={quiet_bad + during['bad']} "
      f"goal=ratio_to_quiet<=2")

ok = busy = other = 0
for s in socks:
    s.settimeout(5)
    line = b""
    try:
        while not line.endswith(b"\n") and len(line) < 200:
            c = s.recv(1)
            if not c:
                break
            line += c
    except OSError:
        pass
    if b" 200 " in line: ok += 1
    elif b" 503 " in line: busy += 1
    else: other += 1
st, body, headers, _ = get("/api/v1/exports?prefix=" + urllib.parse.quote(family), timeout=10)
refused_ok = st == 503 and b"EXPORTS_BUSY" in body and "Retry-After" in headers
print(f"RESULT stalled-exports-cap: streaming={ok} refused_503={busy} other={other} extra_export_refused={refused_ok}")

t0 = time.monotonic(); freed = -1
while time.monotonic() - t0 < 90:
    st, body, _, _ = get("/api/v1/exports?prefix=" + urllib.parse.quote(family), timeout=120)
    if st == 200 and len(body) == size:
        freed = time.monotonic() - t0
        break
    time.sleep(1)
for s in socks:
    s.close()
print(f"RESULT stalled-exports-release: slots_back_s={freed:.1f}")
goals = (failed == 0 and ready_down == 0 and p(0.99) < 1000 and other == 0 and refused_ok and freed >= 0
         and links_ratio <= 2 and quiet_bad + during['bad'] == 0)
sys.exit(0 if goals else 1)
PY
