"""WSGI middleware in front of moto: control endpoints, fault injection, call counts.

Control endpoints live under ``/_harness/`` and are never forwarded to moto.
Every other request except ``/moto-api/...`` is an AWS call: it is counted
under its operation name and may be hit by an injected fault.
"""

from __future__ import annotations

import io
import json
import re
import socket
import threading
import time
import uuid
from typing import Any, Callable, Iterable
from urllib.parse import parse_qs

import ecs_rollout

FAULT_KINDS = ("throttle", "error500", "delay", "drop")
StartResponse = Callable[..., Any]


class HarnessState:
    """Thread-safe fault queue and per-operation call counters."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.faults: list[dict[str, Any]] = []
        self.counts: dict[str, int] = {}

    def add_fault(self, spec: dict[str, Any]) -> dict[str, Any]:
        """Validate and queue a fault for the next ``count`` matching calls."""
        kind = spec.get("kind")
        if kind not in FAULT_KINDS:
            raise ValueError(f"kind must be one of {', '.join(FAULT_KINDS)}")
        if not isinstance(spec.get("operation"), str) or not spec["operation"]:
            raise ValueError("operation is required")
        fault = {
            "operation": spec["operation"],
            "kind": kind,
            "count": int(spec.get("count", 1)),
            "delay_ms": int(spec.get("delay_ms", 0)),
        }
        with self.lock:
            self.faults.append(fault)
        return fault

    def record(self, operation: str) -> dict[str, Any] | None:
        """Count a call and return (consuming one use of) the first matching fault."""
        with self.lock:
            self.counts[operation] = self.counts.get(operation, 0) + 1
            for fault in self.faults:
                if fault["count"] > 0 and fault["operation"] in ("*", operation):
                    fault["count"] -= 1
                    if fault["count"] == 0:
                        self.faults.remove(fault)
                    return fault
        return None

    def reset(self) -> None:
        """Forget all faults and counts."""
        with self.lock:
            self.faults.clear()
            self.counts.clear()


def _read_body(environ: dict[str, Any]) -> bytes:
    """Read the request body and put a rewindable copy back into the environ."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    body = environ["wsgi.input"].read(length) if length > 0 else b""
    environ["wsgi.input"] = io.BytesIO(body)
    environ["CONTENT_LENGTH"] = str(len(body))
    return body


def _is_form(environ: dict[str, Any]) -> bool:
    return "x-www-form-urlencoded" in environ.get("CONTENT_TYPE", "")


def operation_of(environ: dict[str, Any], body: bytes) -> str:
    """X-Amz-Target suffix, query ``Action``, or ``METHOD path`` for REST."""
    target = environ.get("HTTP_X_AMZ_TARGET")
    if target:
        return target.rsplit(".", 1)[-1]
    action = parse_qs(environ.get("QUERY_STRING", "")).get("Action")
    if not action and _is_form(environ):
        action = parse_qs(body.decode("utf-8", "replace")).get("Action")
    if action:
        return action[0]
    return f"{environ.get('REQUEST_METHOD', 'GET')} {environ.get('PATH_INFO', '/')}"


def _scope_service(environ: dict[str, Any]) -> str:
    match = re.search(r"Credential=[^/]+/[^/]+/[^/]+/([^/]+)/", environ.get("HTTP_AUTHORIZATION", ""))
    return match.group(1) if match else "s3"


def _respond(start: StartResponse, status: str, body: bytes, ctype: str, extra: Iterable = ()) -> list[bytes]:
    headers = [("Content-Type", ctype), ("Content-Length", str(len(body))), ("x-amzn-RequestId", str(uuid.uuid4()))]
    start(status, headers + list(extra))
    return [body]


def throttle_response(environ: dict[str, Any], body: bytes, start: StartResponse) -> list[bytes]:
    """A throttling error in the shape of the request's protocol."""
    if environ.get("HTTP_X_AMZ_TARGET") or "json" in environ.get("CONTENT_TYPE", ""):
        payload = json.dumps({"__type": "ThrottlingException", "message": "Rate exceeded"}).encode()
        extra = [("X-Amzn-ErrorType", "ThrottlingException")]
        return _respond(start, "400 Bad Request", payload, "application/x-amz-json-1.1", extra)
    if _is_form(environ) or "Action=" in environ.get("QUERY_STRING", ""):
        xml = (
            "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message>"
            f"</Error><RequestId>{uuid.uuid4()}</RequestId></ErrorResponse>"
        )
        return _respond(start, "400 Bad Request", xml.encode(), "text/xml")
    if _scope_service(environ) == "s3":
        xml = "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>"
        return _respond(start, "503 Slow Down", xml.encode(), "application/xml")
    payload = json.dumps({"message": "Rate exceeded"}).encode()
    extra = [("X-Amzn-ErrorType", "ThrottlingException")]
    return _respond(start, "429 Too Many Requests", payload, "application/json", extra)


ERROR_500_HTML = (
    b"<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n"
    b"<h1>Internal Server Error</h1>\n<p>The server encountered an internal error (injected fault).</p>\n"
)


def drop_connection(environ: dict[str, Any], start: StartResponse) -> list[bytes]:
    """Shut the client socket down so the client sees a closed connection, no response."""
    sock = environ.get("werkzeug.socket")
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
    start("500 Dropped", [("Content-Length", "0")])
    return [b""]


class HarnessMiddleware:
    """WSGI app: ``/_harness/`` control API, faults and counting, then moto."""

    def __init__(self, app: Callable[..., Any], reset_moto: Callable[[], None]) -> None:
        self.app = app
        self.reset_moto = reset_moto
        self.state = HarnessState()

    def __call__(self, environ: dict[str, Any], start: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "/")
        if path.startswith("/_harness/"):
            return self.control(environ, start, path)
        if path.startswith("/moto-api"):
            return self.app(environ, start)
        body = _read_body(environ)
        fault = self.state.record(operation_of(environ, body))
        if fault is not None:
            if fault["kind"] == "throttle":
                return throttle_response(environ, body, start)
            if fault["kind"] == "error500":
                return _respond(start, "500 INTERNAL SERVER ERROR", ERROR_500_HTML, "text/html; charset=utf-8")
            if fault["kind"] == "drop":
                return drop_connection(environ, start)
            time.sleep(fault["delay_ms"] / 1000.0)
        return self.app(environ, start)

    def control(self, environ: dict[str, Any], start: StartResponse, path: str) -> list[bytes]:
        """Handle a control endpoint; JSON in, JSON out."""
        method = environ.get("REQUEST_METHOD", "GET")
        try:
            raw = _read_body(environ)
            data = json.loads(raw) if raw.strip() else {}
            result = self.dispatch(method, path, data)
        except LookupError as exc:
            return self.json(start, "404 Not Found", {"error": str(exc)})
        except (ValueError, TypeError) as exc:
            return self.json(start, "400 Bad Request", {"error": str(exc)})
        return self.json(start, "200 OK", result)

    def dispatch(self, method: str, path: str, data: Any) -> Any:
        """Route a control request to its handler."""
        route = (method, path.rstrip("/"))
        if route == ("POST", "/_harness/reset"):
            self.reset_moto()
            self.state.reset()
            ecs_rollout.reset_config()
            return {"status": "ok"}
        if route == ("POST", "/_harness/faults"):
            return {"fault": self.state.add_fault(data)}
        if route == ("GET", "/_harness/faults"):
            with self.state.lock:
                return {"faults": [dict(f) for f in self.state.faults]}
        if route == ("DELETE", "/_harness/faults"):
            with self.state.lock:
                self.state.faults.clear()
            return {"status": "ok"}
        if route == ("GET", "/_harness/calls"):
            with self.state.lock:
                return {"counts": dict(self.state.counts), "total": sum(self.state.counts.values())}
        if route == ("POST", "/_harness/calls/reset"):
            with self.state.lock:
                self.state.counts.clear()
            return {"status": "ok"}
        if route == ("POST", "/_harness/config"):
            return {"config": ecs_rollout.configure(**data)}
        if route == ("GET", "/_harness/config"):
            return {"config": ecs_rollout.configure()}
        raise LookupError(f"no control endpoint {method} {path}")

    @staticmethod
    def json(start: StartResponse, status: str, payload: Any) -> list[bytes]:
        """Send a JSON control response."""
        return _respond(start, status, json.dumps(payload).encode(), "application/json")
