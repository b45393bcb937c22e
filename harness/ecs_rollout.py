"""ECS extension for moto 5.2.1: realistic rolling deployments.

``install()`` patches moto's ECS backend and response classes in-process:

* CreateService keeps the fields stock moto drops and starts an IN_PROGRESS
  initial deployment;
* UpdateService with a new task definition (or forceNewDeployment) starts a
  new PRIMARY deployment, the old PRIMARY becomes ACTIVE;
* every DescribeServices advances the described services' rollouts
  (see ``rollout_model``);
* ListServiceDeployments, DescribeServiceDeployments and
  DescribeServiceRevisions are implemented (see ``service_deployments``).
"""

from __future__ import annotations

from typing import Any

from botocore import xform_name
from moto.core.responses import ActionResult
from moto.ecs.models import EC2ContainerServiceBackend
from moto.ecs.responses import EC2ContainerServiceResponse

import rollout_model as rm
import service_deployments as sd

JSON_HEADERS = {"Content-Type": "application/x-amz-json-1.1"}

KEPT_FIELDS = (
    "deploymentConfiguration",
    "healthCheckGracePeriodSeconds",
    "enableExecuteCommand",
    "enableECSManagedTags",
    "capacityProviderStrategy",
    "placementConstraints",
    "placementStrategy",
)
UPDATABLE_FIELDS = KEPT_FIELDS + (
    "platformVersion",
    "loadBalancers",
    "serviceRegistries",
    "propagateTags",
    "availabilityZoneRebalancing",
)
DEFAULT_DEPLOYMENT_CONFIGURATION = {
    "deploymentCircuitBreaker": {"enable": False, "rollback": False},
    "maximumPercent": 200,
    "minimumHealthyPercent": 100,
}

_ORIGINALS: dict[str, Any] = {}


def _is_failing(backend: Any, td_arn: str | None) -> bool:
    """True when any container image of the task definition contains FAILME."""
    if not td_arn:
        return False
    td = backend.describe_task_definition(td_arn)
    return any(rm.FAIL_MARKER in (c.get("image") or "") for c in td.container_definitions)


def _start_deployment(backend: Any, service: Any, td_arn: str | None, desired: int) -> None:
    """Demote the current PRIMARY and start a new IN_PROGRESS PRIMARY deployment."""
    for dep in service.deployments:
        if dep["status"] == "PRIMARY":
            dep["status"] = "ACTIVE"
            dep["updatedAt"] = rm.now_stamp()
    dep = rm.make_deployment(service, td_arn, desired, _is_failing(backend, td_arn))
    service.deployments.insert(0, dep)
    rm.reset_clock(service)
    sd.on_started(service, dep)
    rm.sync_counts(service)


def _is_ecs_controller(service: Any) -> bool:
    return (service.deployment_controller or {}).get("type", "ECS") == "ECS"


def create_service(self: EC2ContainerServiceResponse) -> ActionResult:
    """CreateService: stock creation plus kept fields and an initial rolling deployment."""
    with rm.LOCK:
        result = _ORIGINALS["create_service"](self)
        service = self.ecs_backend._get_service(self._get_param("cluster", "default"), self._get_param("serviceName"))
        service.created_at = rm.now_stamp()
        for field in KEPT_FIELDS:
            setattr(service, xform_name(field), self._get_param(field))
        if service.deployment_configuration is None:
            service.deployment_configuration = dict(DEFAULT_DEPLOYMENT_CONFIGURATION)
        service.enable_execute_command = bool(service.enable_execute_command)
        service.enable_ecs_managed_tags = bool(service.enable_ecs_managed_tags)
        service.placement_constraints = service.placement_constraints or []
        service.placement_strategy = service.placement_strategy or []
        if service.capacity_provider_strategy and not self._get_param("launchType"):
            service.launch_type = None
        service.events = []
        if _is_ecs_controller(service):
            service.deployments = []
            _start_deployment(self.ecs_backend, service, service.task_definition, service.desired_count)
        return result


def apply_update(backend: Any, service: Any, params: dict[str, Any]) -> None:
    """Apply UpdateService parameters, starting a new deployment when needed."""
    td_arn = None
    if params.get("taskDefinition"):
        td_arn = backend.describe_task_definition(params["taskDefinition"]).arn
    if params.get("networkConfiguration") is not None:
        service.network_configuration = service._validate_network(params["networkConfiguration"])
    for field in UPDATABLE_FIELDS:
        value = params.get(field)
        if value is None:
            continue
        if field == "deploymentConfiguration":
            value = {**(service.deployment_configuration or {}), **value}
        setattr(service, xform_name(field), value)
    desired = params.get("desiredCount")
    prim = rm.primary(service)
    if not _is_ecs_controller(service) or prim is None:
        if td_arn:
            service.task_definition = td_arn
        if desired is not None:
            service.desired_count = service.running_count = desired
            service.pending_count = 0
        return
    if (td_arn and td_arn != prim["taskDefinition"]) or params.get("forceNewDeployment"):
        count = desired if desired is not None else prim["desiredCount"]
        _start_deployment(backend, service, td_arn or prim["taskDefinition"], count)
    elif desired is not None:
        prim["desiredCount"] = desired
        prim["updatedAt"] = rm.now_stamp()
        rm.sync_counts(service)


def update_service(self: EC2ContainerServiceResponse) -> ActionResult:
    """UpdateService with a deployment model."""
    params = self._get_params()
    with rm.LOCK:
        service = self.ecs_backend._get_service(params.get("cluster", "default"), params["service"].split("/")[-1])
        apply_update(self.ecs_backend, service, params)
    return ActionResult({"service": service})


def describe_services(self: EC2ContainerServiceBackend, cluster_str: str, names: list[str]) -> Any:
    """DescribeServices: advance each described service's rollout first."""
    with rm.LOCK:
        services, failures = _ORIGINALS["describe_services"](self, cluster_str, names)
        for service in services:
            if service.deployments and service.status == "ACTIVE":
                rm.advance(service)
        return services, failures


def list_service_deployments(self: EC2ContainerServiceResponse) -> Any:
    """ListServiceDeployments (cluster, service, status filter, maxResults/nextToken)."""
    backend = self.ecs_backend
    service = backend._get_service(self._get_param("cluster", "default"), self._get_param("service"))
    statuses = self._get_param("status") or []
    with rm.LOCK:
        records = [
            r
            for r in sd.registry(backend)["deployments"].values()
            if r["serviceArn"] == service.arn and (not statuses or r["status"] in statuses)
        ]
        records.sort(key=lambda r: r["createdAt"], reverse=True)
        start = int(self._get_param("nextToken") or 0)
        limit = int(self._get_param("maxResults") or 20)
        page = records[start : start + limit]
        body: dict[str, Any] = {"serviceDeployments": [sd.render(backend, r, brief=True) for r in page]}
    if start + limit < len(records):
        body["nextToken"] = str(start + limit)
    return 200, JSON_HEADERS, sd.to_json(body)


def _describe(self: EC2ContainerServiceResponse, kind: str, param: str, out: str) -> Any:
    backend = self.ecs_backend
    found, failures = [], []
    with rm.LOCK:
        records = sd.registry(backend)[kind]
        for arn in self._get_param(param) or []:
            if arn not in records:
                failures.append({"arn": arn, "reason": "MISSING"})
            elif kind == "deployments":
                found.append(sd.render(backend, records[arn], brief=False))
            else:
                found.append(records[arn])
    return 200, JSON_HEADERS, sd.to_json({out: found, "failures": failures})


def describe_service_deployments(self: EC2ContainerServiceResponse) -> Any:
    """DescribeServiceDeployments by ARN; unknown ARNs are MISSING failures."""
    return _describe(self, "deployments", "serviceDeploymentArns", "serviceDeployments")


def describe_service_revisions(self: EC2ContainerServiceResponse) -> Any:
    """DescribeServiceRevisions by ARN; unknown ARNs are MISSING failures."""
    return _describe(self, "revisions", "serviceRevisionArns", "serviceRevisions")


def configure(**values: Any) -> dict[str, Any]:
    """Update the rollout configuration (ecs_step, ecs_mode, ecs_seconds_per_step)."""
    for key, value in values.items():
        if key not in rm.DEFAULT_CONFIG:
            raise ValueError(f"unknown config key {key!r}")
        if key == "ecs_mode" and value not in ("poll", "time"):
            raise ValueError("ecs_mode must be 'poll' or 'time'")
    with rm.LOCK:
        rm.CONFIG.update(values)
        return dict(rm.CONFIG)


def reset_config() -> None:
    """Restore the default rollout configuration."""
    with rm.LOCK:
        rm.CONFIG.clear()
        rm.CONFIG.update(rm.DEFAULT_CONFIG)


def install() -> None:
    """Patch moto's ECS classes (idempotent)."""
    if _ORIGINALS:
        return
    _ORIGINALS["create_service"] = EC2ContainerServiceResponse.create_service
    _ORIGINALS["describe_services"] = EC2ContainerServiceBackend.describe_services
    EC2ContainerServiceResponse.create_service = create_service
    EC2ContainerServiceResponse.update_service = update_service
    EC2ContainerServiceResponse.list_service_deployments = list_service_deployments
    EC2ContainerServiceResponse.describe_service_deployments = describe_service_deployments
    EC2ContainerServiceResponse.describe_service_revisions = describe_service_revisions
    EC2ContainerServiceBackend.describe_services = describe_services
