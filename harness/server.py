"""Entry point: moto 5.2.1 server + ECS rollout extension + harness middleware.

Usage: python3 harness/server.py [--host 127.0.0.1] [--port 0] [--port-file PATH] [--exit-on-stdin-eof]

Binds loopback only.  With ``--port 0`` a free port is chosen; the port is
written atomically to ``--port-file`` once the socket is listening, and
``listening on http://127.0.0.1:PORT`` is printed to stdout.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import sys
import threading
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from werkzeug.serving import WSGIRequestHandler, make_server  # noqa: E402

LOOPBACK = ("127.0.0.1", "localhost", "::1")


class QuietHandler(WSGIRequestHandler):
    """Request handler with TCP_NODELAY and no per-request access log."""

    def setup(self) -> None:
        """Disable Nagle on the accepted socket."""
        super().setup()
        try:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def log_request(self, *args: Any, **kwargs: Any) -> None:
        """Suppress access logging."""


def build_app() -> Any:
    """Install the ECS extension and return the wrapped moto WSGI app."""
    import ecs_rollout
    from middleware import HarnessMiddleware
    from moto.moto_api._internal.models import moto_api_backend
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app

    ecs_rollout.install()
    return HarnessMiddleware(DomainDispatcherApplication(create_backend_app), moto_api_backend.reset)


def _exit_on_eof() -> None:
    """Block on stdin; when the parent's end closes, exit immediately."""
    while sys.stdin.buffer.read(4096):
        pass
    os._exit(0)


def write_port_file(path: str, port: int) -> None:
    """Write the port atomically (temp file + rename)."""
    tmp = f"{path}.tmp.{os.getpid()}"
    with open(tmp, "w", encoding="ascii") as handle:
        handle.write(f"{port}\n")
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> None:
    """Parse arguments, bind, announce the port and serve until SIGTERM/SIGINT."""
    parser = argparse.ArgumentParser(description="moto + ecswift test harness")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file")
    parser.add_argument("--exit-on-stdin-eof", action="store_true", help="exit when stdin closes (parent died)")
    args = parser.parse_args(argv)
    if args.host not in LOOPBACK:
        parser.error("the harness binds loopback only")
    server = make_server(args.host, args.port, build_app(), threaded=True, request_handler=QuietHandler)
    server.daemon_threads = True
    port = server.socket.getsockname()[1]
    os.environ.setdefault("MOTO_PORT", str(port))
    if args.port_file:
        write_port_file(args.port_file, port)
    print(f"listening on http://127.0.0.1:{port}", flush=True)
    if args.exit_on_stdin_eof:
        threading.Thread(target=_exit_on_eof, daemon=True).start()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    signal.signal(signal.SIGINT, lambda *_: sys.exit(0))
    try:
        server.serve_forever()
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
