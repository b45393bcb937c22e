import AWSCore
import CLI
import Documents
import Foundation
import Logging

/// A temporary project directory with an ecspresso config and definitions, and a way to run
/// ecswift in-process against the emulator (the real HTTP layer, no mocks).
struct Workspace {
    let directory: URL
    let cluster: String

    /// Creates `ecspresso.yml`, `ecs-task-def.json` and `ecs-service-def.json` for service `web`.
    init(cluster: String = "it-\(UUID().uuidString.prefix(8).lowercased())", image: String = "nginx:1.27") throws {
        self.cluster = cluster
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ecswift-it-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try write(
            "ecspresso.yml",
            """
            region: us-east-1
            cluster: \(cluster)
            service: web
            service_definition: ecs-service-def.json
            task_definition: ecs-task-def.json
            timeout: 2m
            """)
        try setImage(image)
        try write(
            "ecs-service-def.json",
            """
            {
              "launchType": "EC2",
              "schedulingStrategy": "REPLICA",
              "desiredCount": 2,
              "deploymentConfiguration": {
                "deploymentCircuitBreaker": {"enable": true, "rollback": true},
                "maximumPercent": 200,
                "minimumHealthyPercent": 100
              },
              "tags": [{"key": "app", "value": "web"}]
            }
            """)
    }

    /// Rewrites the task definition with `image` (and an env var that changes with it).
    func setImage(_ image: String) throws {
        try write(
            "ecs-task-def.json",
            """
            {
              "family": "web",
              "networkMode": "bridge",
              "requiresCompatibilities": ["EC2"],
              "containerDefinitions": [
                {"name": "app", "image": "\(image)", "essential": true, "memory": 256,
                 "environment": [{"name": "IMAGE", "value": "\(image)"}]}
              ]
            }
            """)
    }

    /// Writes a file in the workspace.
    func write(_ name: String, _ text: String) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// Creates the cluster through ecswift's own AWS client.
    func createCluster() async throws {
        let client = try AWSClient(
            options: AWSClientOptions(), environment: try await Emulator.shared.environment, logger: Logger(label: "it")
        )
        _ = try await client.json(.ecs, "CreateCluster", ["clusterName": .string(cluster)])
    }

    /// Runs `ecswift ARGS` in-process in this directory and returns exit status, stdout and stderr.
    func run(_ arguments: String..., environment extra: [String: String] = [:]) async throws -> CommandResult {
        var environment = try await Emulator.shared.environment
        environment["ECSWIFT_POLL_INTERVAL"] = "0"
        environment.merge(extra) { _, new in new }
        let output = OutputCapture()
        let status = await ECSwiftCLI.run(
            arguments,
            context: CLIContext(
                environment: environment, workingDirectory: directory.path, writeOut: output.appendOut,
                writeErr: output.appendErr))
        return CommandResult(status: status, stdout: output.out, stderr: output.err)
    }
}

/// What one in-process run printed.
struct CommandResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Thread-safe line capture.
final class OutputCapture: @unchecked Sendable {
    private let lock = NSLock()
    private var outLines: [String] = []
    private var errLines: [String] = []

    var out: String { lock.withLock { outLines.joined(separator: "\n") } }
    var err: String { lock.withLock { errLines.joined(separator: "\n") } }

    @Sendable func appendOut(_ line: String) { lock.withLock { outLines.append(line) } }
    @Sendable func appendErr(_ line: String) { lock.withLock { errLines.append(line) } }
}
