"""Pure ECS rolling-deployment state machine used by the harness.

Deployments are plain dicts stored in ``service.deployments`` (moto's
serializer picks the AWS shape members out of them; keys starting with
``_`` are harness bookkeeping and never serialized).  Everything here
expects the caller to hold ``LOCK``.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from moto.moto_api._internal import mock_random

import service_deployments
from clock import now_stamp

LOCK = threading.RLock()

DEFAULT_CONFIG: dict[str, Any] = {"ecs_step": 1, "ecs_mode": "poll", "ecs_seconds_per_step": 0.2}
CONFIG: dict[str, Any] = dict(DEFAULT_CONFIG)

FAIL_MARKER = "FAILME"
FAIL_AFTER_STEPS = 3
MAX_EVENTS = 100


def new_deployment_id() -> str:
    """Return an ECS-style deployment id ``ecs-svc/<19 digits>``."""
    return f"ecs-svc/{mock_random.randint(10**18, 10**19 - 1)}"


def task_id() -> str:
    """Return a 32-hex-digit task id."""
    return mock_random.get_random_hex(32)


def add_event(service: Any, message: str) -> None:
    """Prepend an ECS service event (newest first) with a strictly increasing createdAt."""
    event = {"id": str(mock_random.uuid4()), "createdAt": now_stamp(), "message": f"(service {service.name}) {message}"}
    service.events.insert(0, event)
    del service.events[MAX_EVENTS:]


def primary(service: Any) -> dict[str, Any] | None:
    """Return the PRIMARY deployment of a service, if any."""
    return next((d for d in service.deployments if d.get("status") == "PRIMARY"), None)


def sync_counts(service: Any) -> None:
    """Set service-level counts and taskDefinition from the deployments."""
    if not service.deployments:
        return
    service.running_count = sum(d["runningCount"] for d in service.deployments)
    service.pending_count = sum(d["pendingCount"] for d in service.deployments)
    prim = primary(service)
    if prim is not None:
        service.task_definition = prim["taskDefinition"]
        service.desired_count = prim["desiredCount"]


def make_deployment(service: Any, task_definition: str | None, desired: int, failing: bool) -> dict[str, Any]:
    """Build a new IN_PROGRESS PRIMARY deployment dict (running 0)."""
    dep_id = new_deployment_id()
    stamp = now_stamp()
    launch_type = service.launch_type
    return {
        "id": dep_id,
        "status": "PRIMARY",
        "taskDefinition": task_definition,
        "desiredCount": desired,
        "pendingCount": 0,
        "runningCount": 0,
        "failedTasks": 0,
        "createdAt": stamp,
        "updatedAt": stamp,
        "capacityProviderStrategy": getattr(service, "capacity_provider_strategy", None) or None,
        "launchType": launch_type,
        "platformVersion": service.platform_version or ("LATEST" if launch_type == "FARGATE" else None),
        "platformFamily": "Linux" if launch_type == "FARGATE" else None,
        "networkConfiguration": service.network_configuration or None,
        "rolloutState": "IN_PROGRESS",
        "rolloutStateReason": f"ECS deployment {dep_id} in progress.",
        "_failing": failing,
        "_failSteps": 0,
    }


def _stop_from_old(service: Any, count: int) -> list[str]:
    """Stop up to ``count`` running tasks from non-PRIMARY deployments (oldest first)."""
    stopped: list[str] = []
    for dep in reversed(service.deployments):
        if dep.get("status") == "PRIMARY":
            continue
        take = min(count - len(stopped), dep["runningCount"])
        if take > 0:
            dep["runningCount"] -= take
            dep["pendingCount"] = 0
            dep["updatedAt"] = now_stamp()
            stopped.extend(task_id() for _ in range(take))
    return stopped


def _old_running(service: Any) -> int:
    return sum(d["runningCount"] for d in service.deployments if d.get("status") != "PRIMARY")


def _announce(service: Any, verb: str, ids: list[str]) -> None:
    if ids:
        tasks = " ".join(f"(task {t})" for t in ids)
        add_event(service, f"has {verb} {len(ids)} {'running ' if verb == 'stopped' else ''}tasks: {tasks}.")


def _complete(service: Any, prim: dict[str, Any]) -> None:
    """Remove drained old deployments and mark the PRIMARY COMPLETED."""
    service.deployments[:] = [prim]
    prim["rolloutState"] = "COMPLETED"
    prim["rolloutStateReason"] = f"ECS deployment {prim['id']} completed."
    prim["updatedAt"] = now_stamp()
    service._harness_last_completed = (prim["id"], prim["taskDefinition"])
    add_event(service, f"(deployment {prim['id']}) deployment completed.")
    add_event(service, "has reached a steady state.")
    service_deployments.on_completed(service, prim)


def _fail(service: Any, prim: dict[str, Any]) -> None:
    """Mark the PRIMARY FAILED and start a rollback when the circuit breaker asks for one."""
    prim["rolloutState"] = "FAILED"
    prim["rolloutStateReason"] = "ECS deployment circuit breaker: tasks failed to start."
    prim["pendingCount"] = 0
    prim["updatedAt"] = now_stamp()
    add_event(service, f"(deployment {prim['id']}) deployment failed: tasks failed to start.")
    breaker = (getattr(service, "deployment_configuration", None) or {}).get("deploymentCircuitBreaker") or {}
    last = getattr(service, "_harness_last_completed", None)
    if not (breaker.get("enable") and breaker.get("rollback") and last):
        service_deployments.on_failed(service, prim, rolled_back=False)
        return
    add_event(service, f"rolling back to deployment {last[0]}.")
    prim["status"] = "ACTIVE"
    rollback = make_deployment(service, last[1], prim["desiredCount"], failing=False)
    service.deployments.insert(0, rollback)
    service_deployments.on_rollback(service, prim, rollback)


def step_service(service: Any, step: int) -> None:
    """Advance the service's rollout by one step of ``step`` tasks."""
    prim = primary(service)
    if prim is None or service.status != "ACTIVE":
        return
    desired = prim["desiredCount"]
    if prim["rolloutState"] == "IN_PROGRESS" and prim.get("_failing") and desired > 0:
        prim["_failSteps"] += 1
        prim["failedTasks"] += 1
        prim["pendingCount"] = min(step, desired) if desired else 0
        prim["updatedAt"] = now_stamp()
        _announce(service, "started", [task_id()])
        if prim["_failSteps"] >= FAIL_AFTER_STEPS:
            _fail(service, prim)
        sync_counts(service)
        return
    if prim["rolloutState"] == "FAILED":
        return
    started: list[str] = []
    stopped: list[str] = []
    if prim["runningCount"] < desired:
        gain = min(step, desired - prim["runningCount"])
        prim["runningCount"] += gain
        started = [task_id() for _ in range(gain)]
    elif prim["runningCount"] > desired:
        drop = min(step, prim["runningCount"] - desired)
        prim["runningCount"] -= drop
        stopped = [task_id() for _ in range(drop)]
    prim["pendingCount"] = min(step, desired - prim["runningCount"])
    excess = prim["runningCount"] + _old_running(service) - desired
    if excess > 0:
        stopped += _stop_from_old(service, excess)
    if started or stopped:
        prim["updatedAt"] = now_stamp()
    _announce(service, "started", started)
    _announce(service, "stopped", stopped)
    settled = prim["runningCount"] == desired and _old_running(service) == 0
    if settled and prim["rolloutState"] == "IN_PROGRESS":
        _complete(service, prim)
    elif settled and (started or stopped or len(service.deployments) > 1):
        service.deployments[:] = [prim]
        add_event(service, "has reached a steady state.")
    sync_counts(service)


def advance(service: Any) -> None:
    """Apply as many steps as the configured mode allows (1 per call in poll mode)."""
    step = max(int(CONFIG["ecs_step"]), 1)
    if CONFIG["ecs_mode"] != "time":
        step_service(service, step)
        return
    period = max(float(CONFIG["ecs_seconds_per_step"]), 0.001)
    clock = time.monotonic()
    last = getattr(service, "_harness_last_step", clock)
    steps = min(int((clock - last) / period), 1000)
    if steps <= 0:
        service._harness_last_step = last
        return
    service._harness_last_step = last + steps * period
    for _ in range(steps):
        step_service(service, step)


def reset_clock(service: Any) -> None:
    """Restart the time-mode clock of a service (called when a deployment starts)."""
    service._harness_last_step = time.monotonic()
