#!/usr/bin/env python3
"""A loopback OAI-PMH 2.0 repository for the harvest checks of scripts/reliability/ (not a check itself: the driver
runs only files that start with a digit). It serves ListRecords of N copies of a real Digital Library record (the
harvest tests' fixture src/test/resources/harvest/a-res-80-142.xml, with the symbol A/RES/80/142 replaced by
<family>/<base + i>), in pages of P with resumption tokens, completeListSize and cursor, the empty token on the last page,
as the Digital Library's oai2d answers. Optionally one record is the real voting record (vote-4096564.xml), which
the catalogue's mapping refuses, so that a harvest has a rejection to count.

  fake_oai.py --port-file F --records N --page P --base B [--family A/RES/80] [--vote-at K] [--delay-ms D] [--log L]

Writes its port to F once it listens (port 0: any free one), appends one line per request to L
("<unix time> <page number> <query>"), and sleeps D ms before each answer (a slower repository, so that a check
can kill the harvester between pages). Pages are built on request; nothing is held but the two templates.
"""
import argparse
import os
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(ROOT, "..", "..", "src", "test", "resources", "harvest")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--port-file", required=True)
    p.add_argument("--records", type=int, required=True)
    p.add_argument("--page", type=int, default=500)
    p.add_argument("--family", default="A/RES/80", help="symbol prefix of the copies")
    p.add_argument("--base", type=int, required=True, help="record i is resolution <family>/<base + i>")
    p.add_argument("--run", default=str(os.getpid()), help="part of every OAI identifier, unique per run")
    p.add_argument("--vote-at", type=int, default=0, help="record number (from 1) that is the voting record")
    p.add_argument("--delay-ms", type=int, default=0)
    p.add_argument("--log")
    a = p.parse_args()
    with open(os.path.join(FIXTURES, "a-res-80-142.xml"), encoding="utf-8") as f:
        template = f.read()
    with open(os.path.join(FIXTURES, "vote-4096564.xml"), encoding="utf-8") as f:
        vote = f.read()
    lock = threading.Lock()
    log = open(a.log, "a", buffering=1) if a.log else None

    def record(i):
        marc = vote if i == a.vote_at else template.replace("A/RES/80/142", f"{a.family}/{a.base + i}")
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(1_900_000_000 + i))
        return (f'<record><header><identifier>oai:digitallibrary.un.org:{a.run}-{i}</identifier>'
                f'<datestamp>{stamp}</datestamp><setSpec>reliability</setSpec></header>'
                f'<metadata>{marc}</metadata></record>\n')

    def page(offset):
        end = min(a.records, offset + a.page)
        body = ['<?xml version="1.0" encoding="UTF-8"?>\n<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
                '<responseDate>2031-06-01T00:00:00Z</responseDate>'
                '<request verb="ListRecords" metadataPrefix="marcxml">https://digitallibrary.un.org/oai2d</request>'
                '<ListRecords>\n']
        body.extend(record(i) for i in range(offset + 1, end + 1))
        token = f"o{end}" if end < a.records else ""
        body.append(f'<resumptionToken completeListSize="{a.records}" cursor="{offset}">{token}'
                    '</resumptionToken></ListRecords></OAI-PMH>\n')
        return "".join(body).encode("utf-8")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            q = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
            token = q.get("resumptionToken", [None])[0]
            offset = 0
            if token is not None:
                if not token.startswith("o") or not token[1:].isdigit():
                    return self.answer(200, b'<?xml version="1.0"?><OAI-PMH xmlns="http://www.openarchives.org/'
                                            b'OAI/2.0/"><error code="badResumptionToken">unknown</error></OAI-PMH>')
                offset = int(token[1:])
            if log:
                with lock:
                    log.write(f"{time.time():.3f} {offset // a.page + 1} {urllib.parse.urlparse(self.path).query}\n")
            if a.delay_ms:
                time.sleep(a.delay_ms / 1000)
            self.answer(200, page(offset))

        def answer(self, status, body):
            self.send_response(status)
            self.send_header("Content-Type", "text/xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def handle(self):
            try:
                super().handle()
            except (ConnectionResetError, BrokenPipeError):
                pass  # the harvester was killed mid-request: what the checks do on purpose

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", a.port), Handler)
    server.daemon_threads = True
    with open(a.port_file + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.replace(a.port_file + ".tmp", a.port_file)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
