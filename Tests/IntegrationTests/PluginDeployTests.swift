import AWSCore
import Foundation
import Logging
import Testing

extension Integration {
    /// Plugin functions in definitions, resolved through the CLI against the emulator.
    @Suite struct PluginDeployTests {
        @Test func tfstateAndSSMResolveInTheTaskDefinition() async throws {
            try await Emulator.shared.reset()
            let ws = try Workspace()
            try await ws.createCluster()
            let client = try AWSClient(
                options: AWSClientOptions(), environment: try await Emulator.shared.environment,
                logger: Logger(label: "it"))
            _ = try await client.json(
                .ssm, "PutParameter", ["Name": "/web/image-tag", "Value": "1.31", "Type": "String"])
            try ws.write(
                "terraform.tfstate",
                """
                {"version": 4, "terraform_version": "1.9.0", "serial": 1, "lineage": "x", "outputs": {},
                 "resources": [{"mode": "managed", "type": "aws_iam_role", "name": "task", "provider": "p",
                   "instances": [{"attributes": {"arn": "arn:aws:iam::123456789012:role/web-task"}}]}]}
                """)
            try ws.write(
                "ecspresso.yml",
                """
                region: us-east-1
                cluster: \(ws.cluster)
                service: web
                service_definition: ecs-service-def.json
                task_definition: ecs-task-def.json
                plugins:
                  - name: tfstate
                    config:
                      path: terraform.tfstate
                """)
            try ws.write(
                "ecs-task-def.json",
                """
                {"family": "web", "networkMode": "bridge", "requiresCompatibilities": ["EC2"],
                 "taskRoleArn": "{{ tfstate `aws_iam_role.task.arn` }}",
                 "containerDefinitions": [{"name": "app", "image": "nginx:{{ ssm `/web/image-tag` }}", "memory": 256}]}
                """)
            let dry = try await ws.run("deploy", "--dry-run")
            #expect(dry.status == 0, "\(dry.stderr)")
            #expect(dry.stderr.contains(#""taskRoleArn": "arn:aws:iam::123456789012:role/web-task""#))
            #expect(dry.stderr.contains(#""image": "nginx:1.31""#))

            try ws.write(
                "ecs-task-def.json", #"{"family": "web", "taskRoleArn": "{{ tfstate `aws_iam_role.nope.arn` }}"}"#)
            let missing = try await ws.run("deploy")
            #expect(missing.status == 1)
            #expect(missing.stderr.contains("aws_iam_role.nope.arn is not found in tfstate"))
        }
    }
}
