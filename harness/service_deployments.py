"""Service deployments and service revisions (ListServiceDeployments & co).

Each ECS deployment gets a service revision; each UpdateService/CreateService
that starts a deployment gets a service deployment record.  A circuit-breaker
rollback stays inside the failed service deployment, as on AWS.  Records live
on the moto ECS backend, so moto's reset clears them.
"""

from __future__ import annotations

import calendar
import json
from datetime import datetime
from typing import Any

from moto.moto_api._internal import mock_random

from clock import now_stamp

ACTIVE_STATUSES = ("PENDING", "IN_PROGRESS", "ROLLBACK_REQUESTED", "ROLLBACK_IN_PROGRESS")


def registry(backend: Any) -> dict[str, dict[str, Any]]:
    """Return (creating it lazily) the per-backend registry of records."""
    return backend.__dict__.setdefault("_harness_sd", {"deployments": {}, "revisions": {}})


def _arn(service: Any, kind: str, suffix: str) -> str:
    partition = service.arn.split(":")[1]
    return (
        f"arn:{partition}:ecs:{service.region_name}:{service._account_id}:"
        f"{kind}/{service.cluster_name}/{service.name}/{suffix}"
    )


def _breaker(service: Any) -> dict[str, Any]:
    config = getattr(service, "deployment_configuration", None) or {}
    return config.get("deploymentCircuitBreaker") or {}


def _summary(reg: dict[str, Any], rev_arn: str, live: dict[str, Any] | None) -> dict[str, Any]:
    rev = reg["revisions"][rev_arn]
    if live is not None:
        rev["_counts"] = (live["desiredCount"], live["runningCount"], live["pendingCount"])
    requested, running, pending = rev.get("_counts", (0, 0, 0))
    return {
        "arn": rev_arn,
        "requestedTaskCount": requested,
        "runningTaskCount": running,
        "pendingTaskCount": pending,
        "taskDefinition": rev["taskDefinition"],
    }


def _add_revision(service: Any, dep: dict[str, Any]) -> str:
    reg = registry(service._backend)
    rev_arn = _arn(service, "service-revision", dep["id"].split("/")[-1])
    reg["revisions"][rev_arn] = {
        "serviceRevisionArn": rev_arn,
        "serviceArn": service.arn,
        "clusterArn": service.cluster_arn,
        "taskDefinition": dep["taskDefinition"],
        "capacityProviderStrategy": dep.get("capacityProviderStrategy"),
        "launchType": dep.get("launchType"),
        "platformVersion": dep.get("platformVersion"),
        "platformFamily": dep.get("platformFamily"),
        "loadBalancers": service.load_balancers or None,
        "serviceRegistries": service.service_registries or None,
        "networkConfiguration": dep.get("networkConfiguration"),
        "createdAt": dep["createdAt"],
        "_counts": (dep["desiredCount"], 0, 0),
    }
    dep["_revisionArn"] = rev_arn
    return rev_arn


def _record_for(service: Any, dep: dict[str, Any]) -> dict[str, Any] | None:
    for rec in registry(service._backend)["deployments"].values():
        if dep["id"] in rec["_depIds"]:
            return rec
    return None


def on_started(service: Any, dep: dict[str, Any]) -> None:
    """Record a new deployment: supersede in-flight records, add revision and record."""
    reg = registry(service._backend)
    stamp = now_stamp()
    for rec in reg["deployments"].values():
        if rec["serviceArn"] == service.arn and rec["status"] in ACTIVE_STATUSES:
            rec.update(status="STOPPED", statusReason="Superseded by a newer service deployment.")
            rec.update(stoppedAt=stamp, finishedAt=stamp, updatedAt=stamp)
    target = _add_revision(service, dep)
    sources = [d["_revisionArn"] for d in service.deployments if d is not dep and d.get("_revisionArn")]
    breaker = _breaker(service)
    arn = _arn(service, "service-deployment", mock_random.get_random_string(22, include_digits=True))
    reg["deployments"][arn] = {
        "serviceDeploymentArn": arn,
        "serviceArn": service.arn,
        "clusterArn": service.cluster_arn,
        "createdAt": stamp,
        "startedAt": stamp,
        "updatedAt": stamp,
        "status": "IN_PROGRESS",
        "deploymentConfiguration": getattr(service, "deployment_configuration", None),
        "deploymentCircuitBreaker": {
            "status": "MONITORING" if breaker.get("enable") else "DISABLED",
            "failureCount": 0,
            "threshold": 3,
        },
        "_target": target,
        "_sources": sources,
        "_depIds": [dep["id"]],
    }
    service.current_service_deployment = arn


def on_completed(service: Any, dep: dict[str, Any]) -> None:
    """Mark the record owning ``dep`` SUCCESSFUL (or ROLLBACK_SUCCESSFUL)."""
    rec = _record_for(service, dep)
    if rec is None:
        return
    stamp = now_stamp()
    rolled_back = rec["status"] == "ROLLBACK_IN_PROGRESS"
    rec.update(status="ROLLBACK_SUCCESSFUL" if rolled_back else "SUCCESSFUL", finishedAt=stamp, updatedAt=stamp)
    if rec["deploymentCircuitBreaker"]["status"] == "MONITORING":
        rec["deploymentCircuitBreaker"]["status"] = "MONITORING_COMPLETE"


def on_failed(service: Any, dep: dict[str, Any], rolled_back: bool) -> None:
    """Mark the record owning a FAILED deployment as STOPPED (no rollback)."""
    rec = _record_for(service, dep)
    if rec is None:
        return
    stamp = now_stamp()
    rec.update(status="STOPPED", statusReason=dep["rolloutStateReason"], stoppedAt=stamp, finishedAt=stamp)
    rec["updatedAt"] = stamp
    rec["deploymentCircuitBreaker"].update(status="TRIGGERED", failureCount=dep["failedTasks"])


def on_rollback(service: Any, failed: dict[str, Any], rollback: dict[str, Any]) -> None:
    """Attach a rollback deployment to the failed deployment's record."""
    rev_arn = _add_revision(service, rollback)
    rec = _record_for(service, failed)
    if rec is None:
        return
    stamp = now_stamp()
    rec["_depIds"].append(rollback["id"])
    rec.update(status="ROLLBACK_IN_PROGRESS", statusReason=failed["rolloutStateReason"], updatedAt=stamp)
    rec["rollback"] = {
        "reason": "ECS deployment circuit breaker: rollback triggered.",
        "startedAt": stamp,
        "serviceRevisionArn": rev_arn,
    }
    rec["deploymentCircuitBreaker"].update(status="TRIGGERED", failureCount=failed["failedTasks"])


def _live(service: Any | None, rev_arn: str) -> dict[str, Any] | None:
    deployments = getattr(service, "deployments", None) or []
    return next((d for d in deployments if d.get("_revisionArn") == rev_arn), None)


def render(backend: Any, rec: dict[str, Any], brief: bool) -> dict[str, Any]:
    """Return the ServiceDeployment (or ServiceDeploymentBrief) JSON dict of a record."""
    reg = registry(backend)
    service = next((s for s in backend.services.values() if s.arn == rec["serviceArn"]), None)
    out = {k: v for k, v in rec.items() if not k.startswith("_")}
    if brief:
        keep = ("serviceDeploymentArn", "serviceArn", "clusterArn", "startedAt", "createdAt", "finishedAt")
        out = {k: out[k] for k in keep + ("status", "statusReason") if k in out}
        out["targetServiceRevisionArn"] = rec["_target"]
        return out
    out["targetServiceRevision"] = _summary(reg, rec["_target"], _live(service, rec["_target"]))
    out["sourceServiceRevisions"] = [_summary(reg, a, _live(service, a)) for a in rec["_sources"]]
    return out


def to_json(value: Any) -> str:
    """Serialize to AWS JSON: epoch-second timestamps, no nulls, no private keys."""

    def clean(v: Any) -> Any:
        if isinstance(v, datetime):
            return calendar.timegm(v.utctimetuple()) + v.microsecond // 1000 / 1000.0
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items() if x is not None and not k.startswith("_")}
        if isinstance(v, list):
            return [clean(x) for x in v]
        return v

    return json.dumps(clean(value))
