"""Loopback HTTP server for the tfstate plugin tests: plain state files and a minimal
Terraform Cloud API (workspace -> current state version -> hosted state download).

    python3 state_server.py DIR --port-file F    # exits when stdin closes
"""
import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOKEN = "test-token"
ORG, WORKSPACE, WORKSPACE_ID = "acme", "app", "ws-abc123"


class Handler(BaseHTTPRequestHandler):
    directory = "."

    def log_message(self, *args):
        pass

    def reply(self, status, body, content_type="application/json"):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def authorized(self):
        if self.headers.get("Authorization") == "Bearer " + TOKEN:
            return True
        self.reply(401, {"errors": [{"status": "401", "title": "unauthorized"}]})
        return False

    def state_file(self, name):
        path = os.path.join(self.directory, os.path.basename(name))
        if not os.path.isfile(path):
            self.reply(404, {"errors": ["not found"]})
            return
        with open(path, "rb") as f:
            self.reply(200, f.read())

    def do_GET(self):
        host = "http://%s:%d" % self.server.server_address[:2]
        if self.path == "/api/v2/organizations/%s/workspaces/%s" % (ORG, WORKSPACE):
            if self.authorized():
                self.reply(200, {"data": {"id": WORKSPACE_ID, "type": "workspaces"}})
        elif self.path == "/api/v2/workspaces/%s/current-state-version" % WORKSPACE_ID:
            if self.authorized():
                url = host + "/api/state-versions/sv-1/hosted_state"
                self.reply(200, {"data": {"id": "sv-1", "attributes": {"hosted-state-download-url": url}}})
        elif self.path == "/api/state-versions/sv-1/hosted_state":
            if self.authorized():
                self.state_file("terraform.tfstate")
        elif self.path.startswith("/api/"):
            self.reply(404, {"errors": [{"status": "404", "title": "not found"}]})
        else:
            self.state_file(self.path.lstrip("/"))


def main():
    Handler.directory = sys.argv[1]
    port_file = sys.argv[sys.argv.index("--port-file") + 1]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    with open(port_file + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.replace(port_file + ".tmp", port_file)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()  # the test process holds our stdin; EOF means it is gone
    server.shutdown()


if __name__ == "__main__":
    main()
