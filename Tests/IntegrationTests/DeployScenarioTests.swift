import Foundation
import Testing

extension Integration {
    /// ecspresso's deploy scenarios, end to end: ecswift in-process → HTTP → moto + rollout harness.
    @Suite struct DeployScenarioTests {
        @Test func firstDeployCreatesTheServiceAndWaitsUntilStable() async throws {
            try await Emulator.shared.reset()
            let ws = try Workspace()
            try await ws.createCluster()

            let deploy = try await ws.run("deploy")
            #expect(deploy.status == 0, "\(deploy.stderr)")
            #expect(deploy.stderr.contains("web/\(ws.cluster) Service web not found. Creating a new service"))
            #expect(deploy.stderr.contains("Task definition is registered web:1"))
            #expect(deploy.stdout.contains("(service web) has reached a steady state."))
            #expect(deploy.stderr.hasSuffix("Service is stable now. Completed!"))

            let status = try await ws.run("status", "--events", "2")
            #expect(status.status == 0)
            #expect(
                status.stdout.hasPrefix("Service: web\nCluster: \(ws.cluster)\nTaskDefinition: web:1\nDeployments:\n"))
            #expect(status.stdout.contains(" PRIMARY web:1 desired:2 pending:0 running:2 COMPLETED("))
            #expect(status.stdout.components(separatedBy: "\n").count == 8)
        }

        @Test func secondDeployRollsForward() async throws {
            try await Emulator.shared.reset()
            let ws = try Workspace()
            try await ws.createCluster()
            #expect(try await ws.run("deploy").status == 0)

            try ws.setImage("nginx:1.28")
            let deploy = try await ws.run("deploy")
            #expect(deploy.status == 0, "\(deploy.stderr)")
            #expect(deploy.stderr.contains("Task definition is registered web:2"))
            #expect(deploy.stderr.contains("  ACTIVE web:1 desired:2"))
            #expect(deploy.stdout.contains("has stopped 1 running tasks"))
            #expect(deploy.stdout.contains("deployment completed."))

            let status = try await ws.run("status")
            #expect(status.stdout.contains("TaskDefinition: web:2"))
            #expect(!status.stdout.contains("ACTIVE"))
        }

        @Test func failingImageTripsTheCircuitBreakerAndFails() async throws {
            try await Emulator.shared.reset()
            let ws = try Workspace()
            try await ws.createCluster()
            #expect(try await ws.run("deploy").status == 0)

            try ws.setImage("nginx:FAILME")
            let deploy = try await ws.run("deploy")
            #expect(deploy.status == 1)
            #expect(deploy.stdout.contains("deployment failed: tasks failed to start."))
            let last = deploy.stderr.components(separatedBy: "\n").last ?? ""
            #expect(last.contains("[ERROR] FAILED. deployment failed: deployment ecs-svc/"))
            #expect(last.contains("circuit breaker: tasks failed to start."))
            #expect(last.contains("ECS rolled back to web:1"))
        }

        @Test func noWaitThenWait() async throws {
            try await Emulator.shared.reset()
            let ws = try Workspace()
            try await ws.createCluster()
            let deploy = try await ws.run("deploy", "--no-wait")
            #expect(deploy.status == 0)
            #expect(deploy.stderr.hasSuffix("Service is created"))
            #expect(!deploy.stderr.contains("Waiting"))

            let wait = try await ws.run("wait")
            #expect(wait.status == 0, "\(wait.stderr)")
            #expect(wait.stderr.contains("Waiting for the service stable"))
            #expect(wait.stderr.hasSuffix("Service is stable now. Completed!"))
        }

        @Test func flagsBeforeTheCommandAndForceNewDeployment() async throws {
            try await Emulator.shared.reset()
            let ws = try Workspace()
            try await ws.createCluster()
            #expect(try await ws.run("--config", "ecspresso.yml", "deploy").status == 0)
            let forced = try await ws.run("deploy", "--skip-task-definition", "--force-new-deployment", "--tasks", "3")
            #expect(forced.status == 0, "\(forced.stderr)")
            #expect(forced.stderr.contains("desired count: 3"))
            #expect(forced.stderr.contains("Updating service tasks with force new deployment..."))
            #expect(!forced.stderr.contains("Registering"))
            #expect(try await ws.run("status").stdout.contains("PRIMARY web:1 desired:3 pending:0 running:3 COMPLETED"))
        }

        @Test func revisionAndLatestTaskDefinition() async throws {
            try await Emulator.shared.reset()
            let ws = try Workspace()
            try await ws.createCluster()
            #expect(try await ws.run("deploy").status == 0)
            try ws.setImage("nginx:1.28")
            #expect(try await ws.run("deploy").status == 0)

            let back = try await ws.run("deploy", "--revision", "1")
            #expect(back.status == 0, "\(back.stderr)")
            #expect(!back.stderr.contains("Registering"))
            #expect(try await ws.run("status").stdout.contains("TaskDefinition: web:1"))

            let latest = try await ws.run("deploy", "--latest-task-definition")
            #expect(latest.status == 0, "\(latest.stderr)")
            #expect(try await ws.run("status").stdout.contains("TaskDefinition: web:2"))

            let both = try await ws.run("deploy", "--revision", "1", "--latest-task-definition")
            #expect(both.status == 2)
        }
    }
}
