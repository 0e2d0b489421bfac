#!/usr/bin/env python3
"""A small xAPI statements resource on 127.0.0.1 that misbehaves on purpose, for the push
tests (FaultLRSTests). It checks the headers a client must send, logs every POST (one JSON
line: statements, ids, answer) and answers as the faults given say:

    fault_lrs.py --port-file F --log F --username U --password P FAULT...

    bad:ID     400 for a batch that holds statement ID
    max:N      413 for a batch of more than N statements
    busy:K     429 with Retry-After: 1 for the first K requests
    fail:K     500 for the first K requests
    drop:K     close the connection without an answer for the first K requests
    slow:S     wait S seconds before answering each request
    redirect:URL  302 to URL for every request
"""
import argparse
import base64
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--username", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("faults", nargs="*")
    arguments = parser.parse_args()
    faults = {}
    for fault in arguments.faults:
        name, _, value = fault.partition(":")
        faults[name] = value
    expected = "Basic " + base64.b64encode(f"{arguments.username}:{arguments.password}".encode()).decode()
    lock = threading.Lock()
    counter = {"requests": 0}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def answer(self, status, body=b"", headers=()):
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            with lock:
                counter["requests"] += 1
                number = counter["requests"]
            try:
                statements = json.loads(body)
            except ValueError:
                statements = None
            ids = [s.get("id") for s in statements] if isinstance(statements, list) else []
            status, extra, message = self.decide(number, ids, statements)
            with lock, open(arguments.log, "a") as log:
                log.write(json.dumps({"request": number, "statements": len(ids), "ids": ids, "answer": status}) + "\n")
            if status is None:
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            if "slow" in faults:
                time.sleep(float(faults["slow"]))
            payload = json.dumps(ids if status == 200 else {"detail": message}).encode()
            self.answer(status, payload, extra)

        def decide(self, number, ids, statements):
            if self.path.rstrip("/") != "/xAPI/statements":
                return 404, (), "no such resource"
            if self.headers.get("Authorization") != expected:
                return 401, (), "Invalid authentication credentials"
            if self.headers.get("X-Experience-API-Version") != "1.0.3":
                return 400, (), "X-Experience-API-Version missing"
            if not isinstance(statements, list):
                return 400, (), "not a JSON array of statements"
            if "redirect" in faults:
                return 302, [("Location", faults["redirect"])], "moved"
            if number <= int(faults.get("drop", "0")):
                return None, (), ""
            if number <= int(faults.get("busy", "0")):
                return 429, [("Retry-After", "1")], "too many requests"
            if number <= int(faults.get("fail", "0")):
                return 500, (), "internal error"
            if "max" in faults and len(ids) > int(faults["max"]):
                return 413, (), "payload too large"
            if "bad" in faults and faults["bad"] in ids:
                return 400, (), f"statement {faults['bad']} is invalid"
            return 200, (), ""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    with open(arguments.port_file + ".tmp", "w") as out:
        out.write(str(server.server_address[1]))
    import os

    os.rename(arguments.port_file + ".tmp", arguments.port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
