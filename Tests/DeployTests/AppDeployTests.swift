import AWSServices
import Config
import Documents
import Foundation
import Testing

@testable import Deploy

struct Workspace {
    let directory: String

    init(taskDefinition: String, serviceDefinition: String? = nil) throws {
        directory = NSTemporaryDirectory() + "ecswift-deploy-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try taskDefinition.write(toFile: directory + "/taskdef.json", atomically: true, encoding: .utf8)
        if let serviceDefinition {
            try serviceDefinition.write(toFile: directory + "/servicedef.json", atomically: true, encoding: .utf8)
        }
    }

    func config(timeout: Double = 600) -> EcspressoConfig {
        EcspressoConfig(
            path: directory + "/ecspresso.yml", directory: directory, requiredVersion: nil, region: "us-east-1",
            cluster: "default", service: "web", serviceDefinitionPath: directory + "/servicedef.json",
            taskDefinitionPath: directory + "/taskdef.json", timeoutSeconds: timeout, plugins: [], filterCommand: nil,
            codeDeploy: nil, appSpec: nil, ignore: nil, warnings: [])
    }
}

let taskDefinitionJSON = #"{"family":"app","containerDefinitions":[{"name":"web","image":"nginx:1.27"}]}"#
let serviceDefinitionJSON = #"{"launchType":"FARGATE","desiredCount":2,"tags":[{"key":"team","value":"a"}]}"#

@Suite struct AppDeployTests {
    @Test func deployRollsForwardAndWaits() async throws {
        let ws = try Workspace(taskDefinition: taskDefinitionJSON, serviceDefinition: serviceDefinitionJSON)
        let ecs = FakeECS(existing: true)
        let output = Captured()
        let app = App(config: ws.config(), ecs: ecs, console: output.console, clock: VirtualClock())
        try await app.deploy(DeployOptions())
        #expect(ecs.mutatingCalls == ["RegisterTaskDefinition", "TagResource", "UpdateService"])
        #expect(output.err.last?.hasSuffix("web/default Service is stable now. Completed!") == true)
        #expect(output.out.first == "Service: web")
    }

    @Test func createsMissingService() async throws {
        let ws = try Workspace(taskDefinition: taskDefinitionJSON, serviceDefinition: serviceDefinitionJSON)
        let ecs = FakeECS(existing: false)
        let output = Captured()
        try await App(config: ws.config(), ecs: ecs, console: output.console, clock: VirtualClock()).deploy(
            DeployOptions())
        #expect(ecs.mutatingCalls == ["RegisterTaskDefinition", "CreateService"])
        #expect(output.err.contains { $0.hasSuffix("Service web not found. Creating a new service") })
    }

    @Test func brokenServiceDefinitionTouchesNothing() async throws {
        let ws = try Workspace(taskDefinition: taskDefinitionJSON, serviceDefinition: "{\"launchType\": FARGATE}")
        let ecs = FakeECS(existing: true)
        await #expect(throws: ConfigError.self) {
            try await App(config: ws.config(), ecs: ecs, console: Captured().console, clock: VirtualClock())
                .deploy(DeployOptions())
        }
        #expect(ecs.recordedCalls.isEmpty)
    }

    @Test func failedRolloutIsAFailure() async throws {
        let ws = try Workspace(taskDefinition: taskDefinitionJSON, serviceDefinition: serviceDefinitionJSON)
        let ecs = FakeECS(existing: true)
        ecs.failRollout = true
        do {
            try await App(config: ws.config(), ecs: ecs, console: Captured().console, clock: VirtualClock())
                .deploy(DeployOptions())
            Issue.record("expected a failure")
        } catch let error as DeployError {
            #expect(error.description.contains("tasks failed to start."))
        }
    }

    @Test func dryRunCallsNoMutatingAPI() async throws {
        let ws = try Workspace(taskDefinition: taskDefinitionJSON, serviceDefinition: serviceDefinitionJSON)
        let ecs = FakeECS(existing: true)
        let output = Captured()
        var options = DeployOptions()
        options.dryRun = true
        try await App(config: ws.config(), ecs: ecs, console: output.console, clock: VirtualClock()).deploy(options)
        #expect(ecs.mutatingCalls.isEmpty)
        #expect(output.err.last?.hasSuffix("DRY RUN OK") == true)
    }

    @Test func waitTimesOutOnVirtualClock() async throws {
        let ws = try Workspace(taskDefinition: taskDefinitionJSON, serviceDefinition: #"{"desiredCount": 1000}"#)
        let ecs = FakeECS(existing: true)
        let app = App(
            config: ws.config(timeout: 30), ecs: ecs, console: Captured().console, clock: VirtualClock(),
            pollInterval: 5)
        do {
            try await app.deploy(DeployOptions())
            Issue.record("expected a timeout")
        } catch let error as DeployError {
            guard case .timedOut(let seconds, _) = error else { throw error }
            #expect(seconds == 30)
        }
    }

    @Test func transientDescribeFailuresDuringTheWaitAreRetried() async throws {
        let ws = try Workspace(taskDefinition: taskDefinitionJSON, serviceDefinition: serviceDefinitionJSON)
        let ecs = FakeECS(existing: true)
        ecs.failingDescribesAfterUpdate = 2
        let output = Captured()
        try await App(config: ws.config(), ecs: ecs, console: output.console, clock: VirtualClock())
            .deploy(DeployOptions())
        #expect(output.err.filter { $0.contains("describe service failed, retrying") }.count == 2)
        #expect(output.err.last?.hasSuffix("Service is stable now. Completed!") == true)
    }

    @Test func skipTaskDefinitionDoesNotRenderTheTaskDefinitionFile() async throws {
        let ws = try Workspace(
            taskDefinition: "{ this file would fail to parse",
            serviceDefinition: serviceDefinitionJSON)
        let ecs = FakeECS(existing: true)
        let app = App(config: ws.config(), ecs: ecs, console: Captured().console, clock: VirtualClock())
        var options = DeployOptions()
        options.skipTaskDefinition = true
        options.forceNewDeployment = true
        try await app.deploy(options)
        #expect(ecs.mutatingCalls == ["TagResource", "UpdateService"])
    }

    @Test func emptyTagsRemoveEveryTagWhileAbsentTagsAreUnmanaged() async throws {
        let remoteTags: JSONValue = [["key": "team", "value": "a"]]
        let empty = try Workspace(taskDefinition: taskDefinitionJSON, serviceDefinition: #"{"tags": []}"#)
        let ecs = FakeECS(existing: true, tags: remoteTags)
        try await App(config: empty.config(), ecs: ecs, console: Captured().console, clock: VirtualClock())
            .deploy(DeployOptions())
        #expect(ecs.mutatingCalls == ["RegisterTaskDefinition", "UntagResource", "UpdateService"])

        let absent = try Workspace(taskDefinition: taskDefinitionJSON, serviceDefinition: #"{"desiredCount": 1}"#)
        let untouched = FakeECS(existing: true, tags: remoteTags)
        try await App(config: absent.config(), ecs: untouched, console: Captured().console, clock: VirtualClock())
            .deploy(DeployOptions())
        #expect(untouched.mutatingCalls == ["RegisterTaskDefinition", "UpdateService"])
    }

    @Test func createRefusesAnUnsupportedControllerBeforeTouchingAnything() async throws {
        let ws = try Workspace(
            taskDefinition: taskDefinitionJSON, serviceDefinition: #"{"deploymentController": {"type": "CODE_DEPLOY"}}"#
        )
        let ecs = FakeECS(existing: false)
        await #expect(throws: DeployError.unsupportedController("CODE_DEPLOY")) {
            try await App(config: ws.config(), ecs: ecs, console: Captured().console, clock: VirtualClock())
                .deploy(DeployOptions())
        }
        #expect(ecs.mutatingCalls.isEmpty)
    }
}
