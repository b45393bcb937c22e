import CLI
import Foundation
import Synchronization
import Testing

/// `schedule render` with a real `tfstate` plugin (the shared implementation, not a fake).
@Suite struct SchedulePluginCLITests {
    @Test func tfstatePluginResolvesThroughTheCLI() async throws {
        let directory = NSTemporaryDirectory() + "ecswift-schedule-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try """
        {"version": 4, "terraform_version": "1.9.0", "serial": 1, "lineage": "x", "outputs": {},
         "resources": [{"mode": "managed", "type": "aws_subnet", "name": "private", "provider": "p",
           "instances": [{"attributes": {"id": "subnet-0abc"}}]}]}
        """.write(toFile: directory + "/terraform.tfstate", atomically: true, encoding: .utf8)
        try """
        region: us-east-1
        cluster: api
        rules:
        - name: nightly
          scheduleExpression: cron(0 3 * * ? *)
          taskDefinition: batch
          network_configuration:
            aws_vpc_configuration:
              subnets:
              - {{ tfstate `aws_subnet.private.id` }}
        plugins:
        - name: tfstate
          config:
            path: terraform.tfstate
        """.write(toFile: directory + "/ecschedule.yaml", atomically: true, encoding: .utf8)
        let out = Mutex<[String]>([])
        let err = Mutex<[String]>([])
        let status = await ECSwiftCLI.run(
            ["schedule", "render", "-conf", "ecschedule.yaml"],
            context: CLIContext(
                environment: ["AWS_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "y"],
                workingDirectory: directory,
                writeOut: { line in out.withLock { $0.append(line) } },
                writeErr: { line in err.withLock { $0.append(line) } }))
        #expect(status == 0, "\(err.withLock { $0 })")
        #expect(out.withLock { $0.joined(separator: "\n") }.contains("- subnet-0abc"))
    }
}
