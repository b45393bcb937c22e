import Foundation
import Testing

extension Integration {
    /// Bad input is reported before any mutating call; faults are retried; no needless API calls.
    @Suite struct SafetyTests {
        @Test func brokenTaskDefinitionTouchesNothing() async throws {
            try await Emulator.shared.reset()
            let ws = try Workspace()
            try await ws.createCluster()
            try ws.write("ecs-task-def.json", "{\n  \"family\": \"web\",\n  \"containerDefinitions\": [\n}")
            try await Emulator.shared.resetCallCounts()
            let deploy = try await ws.run("deploy")
            #expect(deploy.status == 1)
            #expect(deploy.stderr.contains("ecs-task-def.json:4:1: syntax error"))
            #expect(try await Emulator.shared.callCounts().isEmpty)
        }

        @Test func unknownFlagIsAUsageError() async throws {
            let ws = try Workspace()
            let result = try await ws.run("deploy", "--no-such-flag")
            #expect(result.status == 2)
            #expect(result.stderr.contains("no-such-flag"))
        }

        @Test func dryRunCallsOnlyReadAPIs() async throws {
            try await Emulator.shared.reset()
            let ws = try Workspace()
            try await ws.createCluster()
            #expect(try await ws.run("deploy").status == 0)
            try ws.setImage("nginx:1.28")
            try await Emulator.shared.resetCallCounts()
            let dry = try await ws.run("deploy", "--dry-run")
            #expect(dry.status == 0)
            #expect(dry.stderr.hasSuffix("DRY RUN OK"))
            // The revision to register has no ARN yet: the input shown must not claim the current one.
            let input = dry.stderr.components(separatedBy: "\n").first { $0.contains("update service input:") } ?? ""
            #expect(!input.isEmpty && !input.contains("taskDefinition"))
            #expect(try await Emulator.shared.callCounts() == ["DescribeServices": 1])
        }

        @Test func throttlingAndServerErrorsAreRetried() async throws {
            try await Emulator.shared.reset()
            let ws = try Workspace()
            try await ws.createCluster()
            try await Emulator.shared.inject(
                fault: EmulatorFault(operation: "RegisterTaskDefinition", kind: .throttle, count: 2))
            try await Emulator.shared.inject(
                fault: EmulatorFault(operation: "CreateService", kind: .error500, count: 1))
            try await Emulator.shared.resetCallCounts()
            let deploy = try await ws.run("deploy", environment: ["AWS_MAX_ATTEMPTS": "3"])
            #expect(deploy.status == 0, "\(deploy.stderr)")
            let counts = try await Emulator.shared.callCounts()
            #expect(counts["RegisterTaskDefinition"] == 3)
            #expect(counts["CreateService"] == 2)
        }

        @Test func aRollingDeployMakesOnlyTheCallsItNeeds() async throws {
            try await Emulator.shared.reset()
            let ws = try Workspace()
            try await ws.createCluster()
            #expect(try await ws.run("deploy").status == 0)
            try ws.setImage("nginx:1.28")
            try await Emulator.shared.resetCallCounts()
            #expect(try await ws.run("deploy").status == 0)
            let counts = try await Emulator.shared.callCounts()
            #expect(counts["RegisterTaskDefinition"] == 1)
            #expect(counts["UpdateService"] == 1)
            #expect(Set(counts.keys) == ["DescribeServices", "RegisterTaskDefinition", "UpdateService"])
        }

        @Test func statusAndWaitDoNotLoadPlugins() async throws {
            try await Emulator.shared.reset()
            let ws = try Workspace()
            try await ws.createCluster()
            #expect(try await ws.run("deploy").status == 0)
            try ws.write(
                "ecspresso.yml",
                """
                region: us-east-1
                cluster: \(ws.cluster)
                service: web
                task_definition: ecs-task-def.json
                plugins:
                  - name: tfstate
                    config:
                      url: s3://no-such-bucket/terraform.tfstate
                """)
            try await Emulator.shared.resetCallCounts()
            #expect(try await ws.run("status").status == 0)
            #expect(try await ws.run("wait").status == 0)
            #expect(try await Emulator.shared.callCounts().keys.allSatisfy { $0 == "DescribeServices" })
            let deploy = try await ws.run("deploy")
            #expect(deploy.status == 1)
            #expect(deploy.stderr.contains("no-such-bucket"))
        }
    }
}
