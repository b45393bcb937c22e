import AWSServices
import Documents
import Testing

@testable import Deploy

func deployment(
    _ id: String, _ status: String, td: String, desired: Int = 2, running: Int = 2, rollout: String? = "COMPLETED",
    reason: String? = nil
) -> JSONValue {
    var d: JSONValue = [
        "id": .string(id), "status": .string(status),
        "taskDefinition": .string("arn:aws:ecs:us-east-1:1:task-definition/\(td)"),
        "desiredCount": .int(desired), "pendingCount": 0, "runningCount": .int(running), "failedTasks": 0,
    ]
    if let rollout { d["rolloutState"] = .string(rollout) }
    if let reason { d["rolloutStateReason"] = .string(reason) }
    return d
}

func service(_ deployments: [JSONValue], status: String = "ACTIVE", desired: Int = 2, running: Int = 2)
    -> ServiceSnapshot
{
    ServiceSnapshot(
        json: [
            "serviceName": "web", "serviceArn": "arn:aws:ecs:us-east-1:1:service/default/web",
            "clusterArn": "arn:aws:ecs:us-east-1:1:cluster/default", "status": .string(status),
            "taskDefinition": deployments.first?["taskDefinition"] ?? "", "desiredCount": .int(desired),
            "runningCount": .int(running), "pendingCount": 0, "deployments": .array(deployments), "events": [],
        ])
}

let newTD = "arn:aws:ecs:us-east-1:1:task-definition/app:2"

/// One row of the wait-decision table, named for readable test output.
struct WaitCase: Sendable, CustomTestStringConvertible {
    let name: String
    let snapshot: ServiceSnapshot?
    let expected: WaitStep
    var testDescription: String { name }
    init(_ name: String, _ snapshot: ServiceSnapshot?, _ expected: WaitStep) {
        self.name = name
        self.snapshot = snapshot
        self.expected = expected
    }
}

@Suite struct WaitDecisionTests {
    static let cases: [WaitCase] = [
        WaitCase("missing service fails", nil, .failed(reason: "the service is missing (was it deleted?)")),
        WaitCase(
            "draining fails", service([deployment("d2", "PRIMARY", td: "app:2")], status: "DRAINING"),
            .failed(reason: "the service is DRAINING")),
        WaitCase(
            "rolling forward keeps waiting",
            service(
                [
                    deployment("d2", "PRIMARY", td: "app:2", running: 1, rollout: "IN_PROGRESS"),
                    deployment("d1", "ACTIVE", td: "app:1", running: 1),
                ], running: 2), .keepWaiting),
        WaitCase("completed and alone is stable", service([deployment("d2", "PRIMARY", td: "app:2")]), .stable),
        WaitCase(
            "running short of desired keeps waiting",
            service([deployment("d2", "PRIMARY", td: "app:2", running: 1)], running: 1), .keepWaiting),
        WaitCase(
            "in-progress rollout keeps waiting even at full count",
            service([deployment("d2", "PRIMARY", td: "app:2", rollout: "IN_PROGRESS")]), .keepWaiting),
        WaitCase(
            "failed rollout fails",
            service([
                deployment(
                    "d2", "PRIMARY", td: "app:2", running: 0, rollout: "FAILED", reason: "tasks failed to start.")
            ]),
            .failed(reason: "deployment d2 failed: tasks failed to start.")),
        WaitCase(
            "circuit-breaker rollback fails instead of reporting success",
            service([
                deployment("d3", "PRIMARY", td: "app:1"),
                deployment("d2", "ACTIVE", td: "app:2", running: 0, rollout: "FAILED", reason: "circuit breaker."),
            ]),
            .failed(reason: "deployment d2 failed: circuit breaker. ECS rolled back to app:1")),
        WaitCase(
            "rollback after the failed deployment is gone still fails",
            service([deployment("d3", "PRIMARY", td: "app:1")]),
            .failed(
                reason:
                    "deployment d2 is no longer PRIMARY: d3 (app:1) replaced it (circuit-breaker rollback or a concurrent deploy)"
            )),
    ]

    @Test(arguments: cases)
    func decides(_ row: WaitCase) {
        #expect(
            nextWaitStep(row.snapshot, target: WaitTarget(taskDefinition: newTD, deploymentID: "d2")) == row.expected)
    }

    @Test func targetWithoutIDComparesTaskDefinition() {
        let target = WaitTarget(taskDefinition: newTD, deploymentID: nil)
        #expect(nextWaitStep(service([deployment("x", "PRIMARY", td: "app:2")]), target: target) == .stable)
        if case .failed = nextWaitStep(service([deployment("x", "PRIMARY", td: "app:1")]), target: target) {
        } else {
            Issue.record("a different task definition must fail")
        }
    }

    @Test(
        arguments: [
            (nil, 3, "REPLICA", 3),
            (5, 3, "REPLICA", 5),
            (0, 3, nil, 0),
            (nil, nil, "REPLICA", nil),
            (4, 3, "DAEMON", nil),
        ] as [(Int?, Int?, String?, Int?)])
    func desiredCount(flag: Int?, definition: Int?, strategy: String?, expected: Int?) {
        #expect(
            desiredCountToSend(tasksFlag: flag, definitionCount: definition, schedulingStrategy: strategy) == expected)
    }

    @Test func tagsAbsentMeansUnmanaged() {
        let remote = [ResourceTag(key: "team", value: "a"), ResourceTag(key: "env", value: "prod")]
        let none = ServiceRequests.tagChanges(remote: remote, local: nil)
        #expect(none.set.isEmpty && none.delete.isEmpty)
        let changes = ServiceRequests.tagChanges(
            remote: remote, local: [["key": "team", "value": "b"], ["key": "new", "value": "1"]])
        #expect(changes.set == [ResourceTag(key: "team", value: "b"), ResourceTag(key: "new", value: "1")])
        #expect(changes.delete == ["env"])
    }

    @Test func deploymentLineMatchesEcspresso() {
        let d = DeploymentSnapshot(
            json: deployment(
                "d2", "PRIMARY", td: "app:2", running: 1, rollout: "IN_PROGRESS",
                reason: "ECS deployment d2 in progress."))
        #expect(
            StatusFormat.deploymentLine(d)
                == " PRIMARY app:2 desired:2 pending:0 running:1 IN_PROGRESS(ECS deployment d2 in progress.)")
    }
}

extension WaitDecisionTests {
    @Test func staleReadsBeforeTheTargetAppearsKeepWaiting() {
        let target = WaitTarget(taskDefinition: newTD, deploymentID: "d2")
        let stale = service([deployment("d1", "PRIMARY", td: "app:1")])
        #expect(nextWaitStep(stale, target: target, targetSeen: false) == .keepWaiting)
        #expect(nextWaitStep(nil, target: target, targetSeen: false) == .keepWaiting)
        if case .failed = nextWaitStep(stale, target: target, targetSeen: true) {
        } else {
            Issue.record("once seen, a replaced deployment must fail")
        }
    }
}
