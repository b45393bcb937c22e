"""Fixtures: one harness server per test session, reset before every test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any, Iterator

import boto3
import pytest
from botocore.config import Config

SERVER = Path(__file__).resolve().parents[1] / "server.py"
os.environ["no_proxy"] = "127.0.0.1,localhost"
os.environ["NO_PROXY"] = "127.0.0.1,localhost"


class Harness:
    """Handle on a running harness server."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def control(self, path: str, body: Any = None, method: str = "POST") -> Any:
        """Call a /_harness/ control endpoint and return its decoded JSON."""
        data = json.dumps(body).encode() if body is not None else b""
        req = urllib.request.Request(
            f"{self.url}/_harness/{path}", data=data if method != "GET" else None, method=method
        )
        req.add_header("Content-Type", "application/json")
        with self.opener.open(req, timeout=10) as resp:
            return json.loads(resp.read())

    def client(self, service: str, attempts: int = 1) -> Any:
        """A boto3 client against the harness (no retries unless asked)."""
        config = Config(retries={"mode": "standard", "total_max_attempts": attempts}, read_timeout=5)
        return boto3.client(
            service,
            endpoint_url=self.url,
            region_name="us-east-1",
            aws_access_key_id="test",
            aws_secret_access_key="test",
            config=config,
        )


@pytest.fixture(scope="session")
def server() -> Iterator[Harness]:
    """Start harness/server.py on a free port for the whole session."""
    with tempfile.TemporaryDirectory() as tmp:
        port_file = Path(tmp) / "port"
        proc = subprocess.Popen(
            [sys.executable, str(SERVER), "--port", "0", "--port-file", str(port_file)],
            stdout=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 20
            while not port_file.exists():
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("harness server did not start")
                time.sleep(0.05)
            yield Harness(f"http://127.0.0.1:{port_file.read_text().strip()}")
        finally:
            proc.terminate()
            proc.wait(timeout=10)


@pytest.fixture()
def harness(server: Harness) -> Harness:
    """The session server, reset (moto state, faults, counts, config)."""
    server.control("reset", {})
    return server
