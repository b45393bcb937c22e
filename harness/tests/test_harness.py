"""ECS rolling-deployment extension, end to end through boto3."""

from __future__ import annotations

import time
from typing import Any

import pytest
from conftest import Harness

CB_ROLLBACK = {"deploymentCircuitBreaker": {"enable": True, "rollback": True}}
CB_NO_ROLLBACK = {"deploymentCircuitBreaker": {"enable": True, "rollback": False}}


class World:
    """A cluster with a Fargate service helper."""

    def __init__(self, harness: Harness) -> None:
        self.ecs = harness.client("ecs")
        ec2 = harness.client("ec2")
        self.subnets = [s["SubnetId"] for s in ec2.describe_subnets()["Subnets"]][:2]
        self.sgs = [g["GroupId"] for g in ec2.describe_security_groups()["SecurityGroups"]][:1]
        self.ecs.create_cluster(clusterName="prod")

    def td(self, image: str) -> str:
        """Register a Fargate task definition with one container image."""
        return self.ecs.register_task_definition(
            family="web",
            requiresCompatibilities=["FARGATE"],
            networkMode="awsvpc",
            cpu="256",
            memory="512",
            containerDefinitions=[{"name": "app", "image": image, "memory": 128}],
        )["taskDefinition"]["taskDefinitionArn"]

    def create(self, td: str, desired: int = 2, **extra: Any) -> dict[str, Any]:
        """CreateService (FARGATE, awsvpc)."""
        return self.ecs.create_service(
            cluster="prod",
            serviceName="web",
            taskDefinition=td,
            desiredCount=desired,
            launchType="FARGATE",
            networkConfiguration={"awsvpcConfiguration": {"subnets": self.subnets, "securityGroups": self.sgs}},
            **extra,
        )["service"]

    def describe(self) -> dict[str, Any]:
        """DescribeServices for the one service (advances the rollout)."""
        return self.ecs.describe_services(cluster="prod", services=["web"])["services"][0]

    def until_stable(self, limit: int = 20) -> list[dict[str, Any]]:
        """Poll until 1 deployment and running == desired; return every snapshot."""
        seen = []
        for _ in range(limit):
            svc = self.describe()
            seen.append(svc)
            if len(svc["deployments"]) == 1 and svc["runningCount"] == svc["desiredCount"]:
                return seen
        raise AssertionError("service never became stable")


@pytest.fixture()
def world(harness: Harness) -> World:
    return World(harness)


def messages(svc: dict[str, Any]) -> list[str]:
    return [e["message"] for e in svc["events"]]


def test_create_rolls_out_with_events(world: World) -> None:
    created = world.create(world.td("nginx:1"), desired=3)
    dep = created["deployments"][0]
    assert (dep["status"], dep["rolloutState"], dep["runningCount"]) == ("PRIMARY", "IN_PROGRESS", 0)
    assert dep["id"].startswith("ecs-svc/") and dep["id"][8:].isdigit()
    seen = world.until_stable()
    assert [s["runningCount"] for s in seen] == [1, 2, 3]
    assert [s["pendingCount"] for s in seen] == [1, 1, 0]
    last = seen[-1]
    assert last["deployments"][0]["rolloutState"] == "COMPLETED"
    assert last["deployments"][0]["rolloutStateReason"] == f"ECS deployment {dep['id']} completed."
    msgs = messages(last)
    assert msgs[0] == "(service web) has reached a steady state."
    assert msgs[1] == f"(service web) (deployment {dep['id']}) deployment completed."
    assert sum(m.startswith("(service web) has started 1 tasks: (task ") for m in msgs) == 3
    stamps = [e["createdAt"] for e in last["events"]]
    assert stamps == sorted(stamps, reverse=True) and len(set(stamps)) == len(stamps)


def test_create_keeps_dropped_fields(world: World) -> None:
    svc = world.create(
        world.td("nginx:1"),
        deploymentConfiguration={**CB_ROLLBACK, "maximumPercent": 150, "minimumHealthyPercent": 50},
        healthCheckGracePeriodSeconds=45,
        enableExecuteCommand=True,
        enableECSManagedTags=True,
        placementConstraints=[{"type": "distinctInstance"}],
        placementStrategy=[{"type": "spread", "field": "attribute:ecs.availability-zone"}],
        deploymentController={"type": "ECS"},
    )
    for got in (svc, world.describe()):
        assert got["deploymentConfiguration"]["deploymentCircuitBreaker"] == {"enable": True, "rollback": True}
        assert got["deploymentConfiguration"]["maximumPercent"] == 150
        assert got["healthCheckGracePeriodSeconds"] == 45
        assert got["enableExecuteCommand"] is True and got["enableECSManagedTags"] is True
        assert got["placementConstraints"] == [{"type": "distinctInstance"}]
        assert got["placementStrategy"][0]["type"] == "spread"
        assert got["deploymentController"] == {"type": "ECS"}
        assert "createdAt" in got


def test_capacity_provider_strategy_kept(world: World) -> None:
    svc = world.ecs.create_service(
        cluster="prod",
        serviceName="web",
        taskDefinition=world.td("nginx:1"),
        desiredCount=1,
        capacityProviderStrategy=[{"capacityProvider": "FARGATE_SPOT", "weight": 1}],
    )["service"]
    assert svc["capacityProviderStrategy"] == [{"capacityProvider": "FARGATE_SPOT", "weight": 1}]
    assert "launchType" not in svc


def test_update_new_task_definition(world: World) -> None:
    world.create(world.td("nginx:1"))
    world.until_stable()
    td2 = world.td("nginx:2")
    updated = world.ecs.update_service(cluster="prod", service="web", taskDefinition=td2)["service"]
    assert [d["status"] for d in updated["deployments"]] == ["PRIMARY", "ACTIVE"]
    new = updated["deployments"][0]
    assert new["taskDefinition"] == td2 and updated["taskDefinition"] == td2
    assert new["rolloutStateReason"] == f"ECS deployment {new['id']} in progress."
    seen = world.until_stable()
    assert len(seen[0]["deployments"]) == 2
    final = seen[-1]["deployments"]
    assert len(final) == 1 and final[0]["taskDefinition"] == td2 and final[0]["rolloutState"] == "COMPLETED"
    assert any("has stopped 1 running tasks: (task " in m for m in messages(seen[-1]))


def test_force_new_deployment_and_desired_count(world: World) -> None:
    td1 = world.td("nginx:1")
    world.create(td1, desired=1)
    world.until_stable()
    forced = world.ecs.update_service(cluster="prod", service="web", forceNewDeployment=True)["service"]
    assert len(forced["deployments"]) == 2 and forced["deployments"][0]["taskDefinition"] == td1
    world.until_stable()
    scaled = world.ecs.update_service(cluster="prod", service="web", desiredCount=3)["service"]
    assert len(scaled["deployments"]) == 1 and scaled["desiredCount"] == 3
    assert [s["runningCount"] for s in world.until_stable()] == [2, 3]


def test_failme_rolls_back_with_circuit_breaker(world: World) -> None:
    td1 = world.td("nginx:1")
    world.create(td1, deploymentConfiguration=CB_ROLLBACK)
    first = world.until_stable()[-1]["deployments"][0]["id"]
    bad = world.td("repo/FAILME:1")
    world.ecs.update_service(cluster="prod", service="web", taskDefinition=bad)
    seen = world.until_stable()
    failed = [d for s in seen for d in s["deployments"] if d["rolloutState"] == "FAILED"]
    assert failed and failed[0]["failedTasks"] == 3 and failed[0]["taskDefinition"] == bad
    assert failed[0]["rolloutStateReason"] == "ECS deployment circuit breaker: tasks failed to start."
    final = seen[-1]
    assert final["taskDefinition"] == td1 and final["deployments"][0]["rolloutState"] == "COMPLETED"
    msgs = messages(final)
    assert f"(service web) (deployment {failed[0]['id']}) deployment failed: tasks failed to start." in msgs
    assert f"(service web) rolling back to deployment {first}." in msgs


def test_failme_without_rollback_stays_failed(world: World) -> None:
    world.create(world.td("nginx:1"), deploymentConfiguration=CB_NO_ROLLBACK)
    world.until_stable()
    world.ecs.update_service(cluster="prod", service="web", taskDefinition=world.td("FAILME"))
    for _ in range(6):
        svc = world.describe()
    assert svc["deployments"][0]["rolloutState"] == "FAILED" and len(svc["deployments"]) == 2
    assert svc["deployments"][1]["runningCount"] == 2


def test_service_deployments(world: World) -> None:
    td1 = world.td("nginx:1")
    world.create(td1)
    world.until_stable()
    world.ecs.update_service(cluster="prod", service="web", taskDefinition=world.td("nginx:2"))
    listed = world.ecs.list_service_deployments(cluster="prod", service="web")["serviceDeployments"]
    assert [b["status"] for b in listed] == ["IN_PROGRESS", "SUCCESSFUL"]
    ok = world.ecs.list_service_deployments(cluster="prod", service="web", status=["SUCCESSFUL"])
    assert len(ok["serviceDeployments"]) == 1
    world.until_stable()
    arns = [b["serviceDeploymentArn"] for b in listed]
    described = world.ecs.describe_service_deployments(serviceDeploymentArns=arns + ["arn:aws:ecs:x"])
    newest = described["serviceDeployments"][0]
    assert newest["status"] == "SUCCESSFUL" and "finishedAt" in newest and "startedAt" in newest
    assert newest["targetServiceRevision"]["runningTaskCount"] == 2
    assert newest["sourceServiceRevisions"][0]["arn"] == listed[1]["targetServiceRevisionArn"]
    assert described["failures"] == [{"arn": "arn:aws:ecs:x", "reason": "MISSING"}]
    revs = world.ecs.describe_service_revisions(serviceRevisionArns=[listed[1]["targetServiceRevisionArn"]])
    assert revs["serviceRevisions"][0]["taskDefinition"] == td1


def test_missing_and_delete(world: World) -> None:
    missing = world.ecs.describe_services(cluster="prod", services=["nope"])
    assert missing["failures"][0]["reason"] == "MISSING"
    world.create(world.td("nginx:1"))
    deleted = world.ecs.delete_service(cluster="prod", service="web", force=True)["service"]
    assert deleted["status"] in ("DRAINING", "INACTIVE")


def test_time_mode(world: World, harness: Harness) -> None:
    # Generous periods: the machine may be busy, so assert progress by elapsed time, not exact counts.
    harness.control("config", {"ecs_mode": "time", "ecs_seconds_per_step": 0.5, "ecs_step": 2})
    started = time.monotonic()
    world.create(world.td("nginx:1"), desired=4)
    first = world.describe()["runningCount"]
    if time.monotonic() - started < 0.9:
        assert first < 4
    time.sleep(1.1)
    assert world.describe()["runningCount"] == 4
