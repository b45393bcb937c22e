import Foundation
import Testing

extension Integration {
    /// Templated definitions and debug output, end to end.
    @Suite struct TemplateAndDebugTests {
        func templatedWorkspace() async throws -> Workspace {
            try await Emulator.shared.reset()
            let ws = try Workspace()
            try await ws.createCluster()
            try ws.write(
                "ecs-task-def.json",
                """
                {"family": "web", "networkMode": "bridge", "requiresCompatibilities": ["EC2"],
                 "containerDefinitions": [{"name": "app", "image": "nginx:{{ must_env `IMAGE_TAG` }}", "memory": 256,
                   "environment": [{"name": "JSON", "value": "{{ env `PAYLOAD` `{}` | json_escape }}"}]}]}
                """)
            return ws
        }

        @Test func mustEnvFillsTheImageTag() async throws {
            let ws = try await templatedWorkspace()
            let deploy = try await ws.run("deploy", environment: ["IMAGE_TAG": "1.29", "PAYLOAD": #"{"a":"<b>"}"#])
            #expect(deploy.status == 0, "\(deploy.stderr)")
            let dry = try await ws.run("deploy", "--dry-run", environment: ["IMAGE_TAG": "1.30"])
            #expect(dry.stderr.contains(#""image": "nginx:1.30""#))
        }

        @Test func missingMustEnvFailsBeforeAnyCall() async throws {
            let ws = try await templatedWorkspace()
            try await Emulator.shared.resetCallCounts()
            let deploy = try await ws.run("deploy")
            #expect(deploy.status == 1)
            #expect(
                deploy.stderr.contains(
                    "ecs-task-def.json: line 2: must_env: environment variable IMAGE_TAG is not defined"))
            #expect(try await Emulator.shared.callCounts().isEmpty)
        }

        @Test func debugLogsEveryCallWithoutSecrets() async throws {
            try await Emulator.shared.reset()
            let ws = try Workspace()
            try await ws.createCluster()
            let secrets = ["AWS_SECRET_ACCESS_KEY": "s3cr3t-value-xyz", "AWS_SESSION_TOKEN": "t0ken-value-xyz"]
            let deploy = try await ws.run("deploy", "--debug", environment: secrets)
            #expect(deploy.status == 0, "\(deploy.stderr)")
            #expect(deploy.stderr.contains("[DEBUG] aws call"))
            #expect(deploy.stderr.contains("operation=RegisterTaskDefinition"))
            #expect(deploy.stderr.contains("latency_ms="))
            #expect(!deploy.stderr.contains("s3cr3t-value-xyz"))
            #expect(!deploy.stderr.contains("t0ken-value-xyz"))
            #expect(!deploy.stdout.contains("s3cr3t-value-xyz"))
        }
    }
}
