"""Fault injection and call counting in the harness middleware."""

from __future__ import annotations

import time

import botocore.exceptions
import pytest
from conftest import Harness


def fault(harness: Harness, operation: str, kind: str, count: int = 1, delay_ms: int = 0) -> None:
    harness.control("faults", {"operation": operation, "kind": kind, "count": count, "delay_ms": delay_ms})


def test_throttle_json_then_recovers(harness: Harness) -> None:
    ecs = harness.client("ecs")
    fault(harness, "ListClusters", "throttle", count=2)
    for _ in range(2):
        with pytest.raises(botocore.exceptions.ClientError) as err:
            ecs.list_clusters()
        assert err.value.response["Error"]["Code"] == "ThrottlingException"
        assert err.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert ecs.list_clusters()["clusterArns"] == []


def test_throttle_is_retried_by_boto3(harness: Harness) -> None:
    fault(harness, "ListClusters", "throttle", count=1)
    harness.client("ecs", attempts=3).list_clusters()
    assert harness.control("calls", method="GET")["counts"]["ListClusters"] == 2


def test_throttle_query_xml(harness: Harness) -> None:
    fault(harness, "DescribeTargetGroups", "throttle")
    with pytest.raises(botocore.exceptions.ClientError) as err:
        harness.client("elbv2").describe_target_groups()
    assert err.value.response["Error"]["Code"] == "Throttling"
    assert err.value.response["Error"]["Message"] == "Rate exceeded"


def test_error500_html(harness: Harness) -> None:
    fault(harness, "*", "error500")
    with pytest.raises(botocore.exceptions.ClientError) as err:
        harness.client("ecs").list_clusters()
    assert err.value.response["ResponseMetadata"]["HTTPStatusCode"] == 500
    harness.client("ecs").list_clusters()


def test_delay(harness: Harness) -> None:
    ecs = harness.client("ecs")
    ecs.list_clusters()
    fault(harness, "ListClusters", "delay", delay_ms=300)
    start = time.monotonic()
    ecs.list_clusters()
    assert time.monotonic() - start >= 0.3


def test_drop_is_a_connection_error(harness: Harness) -> None:
    fault(harness, "ListClusters", "drop")
    start = time.monotonic()
    with pytest.raises(botocore.exceptions.ConnectionClosedError):
        harness.client("ecs").list_clusters()
    assert time.monotonic() - start < 3
    harness.client("ecs").list_clusters()


def test_call_counts_and_reset(harness: Harness) -> None:
    ecs = harness.client("ecs")
    ecs.create_cluster(clusterName="a")
    ecs.list_clusters()
    ecs.list_clusters()
    harness.control("config", {"ecs_step": 2})
    calls = harness.control("calls", method="GET")
    assert calls == {"counts": {"CreateCluster": 1, "ListClusters": 2}, "total": 3}
    harness.control("calls/reset", {})
    assert harness.control("calls", method="GET") == {"counts": {}, "total": 0}


def test_reset_clears_everything(harness: Harness) -> None:
    ecs = harness.client("ecs")
    ecs.create_cluster(clusterName="a")
    fault(harness, "ListClusters", "throttle", count=5)
    harness.control("config", {"ecs_step": 3})
    harness.control("reset", {})
    assert ecs.list_clusters()["clusterArns"] == []
    assert harness.control("calls", method="GET")["total"] == 1
    assert harness.control("config", method="GET")["config"]["ecs_step"] == 1


def test_bad_control_requests(harness: Harness) -> None:
    import urllib.error

    with pytest.raises(urllib.error.HTTPError) as err:
        harness.control("faults", {"operation": "X", "kind": "explode"})
    assert err.value.code == 400
    with pytest.raises(urllib.error.HTTPError) as err:
        harness.control("nothing", {})
    assert err.value.code == 404
