import AWSServices
import Documents
import Foundation

@testable import Deploy

/// An in-memory ECS for unit tests: records calls and rolls a deployment forward one task per describe.
final class FakeECS: ECSAPI, @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [String] = []
    private var service: JSONValue?
    private var revision = 1
    var failRollout = false
    /// DescribeServices calls that fail (transiently) before answering.
    var failingDescribes = 0
    /// Transient DescribeServices failures armed by the next UpdateService.
    var failingDescribesAfterUpdate = 0

    init(existing: Bool, tags: JSONValue = []) {
        if existing {
            service = [
                "serviceName": "web", "serviceArn": "arn:aws:ecs:us-east-1:1:service/default/web",
                "clusterArn": "arn:aws:ecs:us-east-1:1:cluster/default", "status": "ACTIVE",
                "taskDefinition": "arn:aws:ecs:us-east-1:1:task-definition/app:1", "desiredCount": 1, "runningCount": 1,
                "pendingCount": 0,
                "deployments": [deployment("d1", "PRIMARY", td: "app:1", desired: 1, running: 1)], "events": [],
                "tags": tags,
            ]
        }
    }

    var recordedCalls: [String] { lock.withLock { calls } }
    var mutatingCalls: [String] { recordedCalls.filter { !$0.hasPrefix("Describe") } }

    func describeService(cluster: String, service name: String) async throws -> ServiceSnapshot? {
        try lock.withLock {
            calls.append("DescribeServices")
            if failingDescribes > 0 {
                failingDescribes -= 1
                throw FakeError.unavailable
            }
            guard var s = service else { return nil }
            var deployments = s["deployments"]?.arrayValue ?? []
            if var primary = deployments.first, primary["rolloutState"]?.stringValue == "IN_PROGRESS" {
                if failRollout {
                    primary["rolloutState"] = "FAILED"
                    primary["rolloutStateReason"] = "tasks failed to start."
                } else {
                    let running = (primary["runningCount"]?.intValue ?? 0) + 1
                    primary["runningCount"] = .int(running)
                    if running >= primary["desiredCount"]?.intValue ?? 0 {
                        primary["rolloutState"] = "COMPLETED"
                        deployments = [primary]
                    }
                }
                deployments[0] = primary
                s["deployments"] = .array(deployments)
                s["runningCount"] = .int(deployments.compactMap { $0["runningCount"]?.intValue }.reduce(0, +))
                service = s
            }
            return ServiceSnapshot(json: s)
        }
    }

    func registerTaskDefinition(_ input: JSONValue) async throws -> JSONValue {
        lock.withLock {
            calls.append("RegisterTaskDefinition")
            revision += 1
            return ["taskDefinitionArn": .string("arn:aws:ecs:us-east-1:1:task-definition/app:\(revision)")]
        }
    }

    func describeTaskDefinition(_ nameOrARN: String) async throws -> JSONValue { [:] }
    func latestTaskDefinitionARN(family: String) async throws -> String? { nil }

    func createService(_ input: JSONValue) async throws -> ServiceSnapshot {
        lock.withLock {
            calls.append("CreateService")
            let td = ARN.taskDefinitionName(input["taskDefinition"]?.stringValue ?? "")
            let desired = input["desiredCount"]?.intValue ?? 0
            service = [
                "serviceName": "web", "serviceArn": "arn:aws:ecs:us-east-1:1:service/default/web",
                "clusterArn": "arn:aws:ecs:us-east-1:1:cluster/default", "status": "ACTIVE",
                "taskDefinition": input["taskDefinition"] ?? "", "desiredCount": .int(desired), "runningCount": 0,
                "pendingCount": 0,
                "deployments": [
                    deployment("c1", "PRIMARY", td: td, desired: desired, running: 0, rollout: "IN_PROGRESS")
                ],
                "events": [],
            ]
            return ServiceSnapshot(json: service!)
        }
    }

    func updateService(_ input: JSONValue) async throws -> ServiceSnapshot {
        lock.withLock {
            calls.append("UpdateService")
            failingDescribes = failingDescribesAfterUpdate
            var s = service!
            let td = ARN.taskDefinitionName(input["taskDefinition"]?.stringValue ?? "")
            let desired = input["desiredCount"]?.intValue ?? s["desiredCount"]?.intValue ?? 1
            s["taskDefinition"] = input["taskDefinition"] ?? ""
            s["desiredCount"] = .int(desired)
            let old = s["deployments"]?.arrayValue?.first.map { d -> JSONValue in
                var d = d
                d["status"] = "ACTIVE"
                return d
            }
            s["deployments"] = .array(
                [deployment("d\(revision)", "PRIMARY", td: td, desired: desired, running: 0, rollout: "IN_PROGRESS")]
                    + (old.map { [$0] } ?? []))
            service = s
            return ServiceSnapshot(json: s)
        }
    }

    func tagResource(arn: String, tags: [ResourceTag]) async throws { lock.withLock { calls.append("TagResource") } }
    func untagResource(arn: String, keys: [String]) async throws { lock.withLock { calls.append("UntagResource") } }
}

enum FakeError: Error { case unavailable }

/// A clock that never sleeps: each sleep advances virtual time.
final class VirtualClock: DeployClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_800_000_000)
    func now() -> Date { lock.withLock { current } }
    func sleep(seconds: Double) async throws { lock.withLock { current += seconds } }
}

/// Captures console output.
final class Captured: @unchecked Sendable {
    private let lock = NSLock()
    private var outLines: [String] = []
    private var errLines: [String] = []
    var out: [String] { lock.withLock { outLines } }
    var err: [String] { lock.withLock { errLines } }
    var console: Console {
        Console(
            writeOut: { line in self.lock.withLock { self.outLines.append(line) } },
            writeErr: { line in self.lock.withLock { self.errLines.append(line) } })
    }
}
