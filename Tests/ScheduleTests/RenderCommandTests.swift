import CLI
import Schedule
import Synchronization
import Testing

/// `ecswift schedule render`, run in-process.
@Suite struct RenderCommandTests {
    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    final class Capture: Sendable {
        let out = Mutex<[String]>([])
        let err = Mutex<[String]>([])
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) async -> Result {
        let capture = Capture()
        let context = CLIContext(
            environment: environment, workingDirectory: Support.fixtures,
            writeOut: { line in capture.out.withLock { $0.append(line) } },
            writeErr: { line in capture.err.withLock { $0.append(line) } })
        let status = await ECSwiftCLI.run(arguments, context: context)
        return Result(
            status: status, out: capture.out.withLock { $0.joined(separator: "\n") },
            err: capture.err.withLock { $0.joined(separator: "\n") })
    }

    static let expectedSampleYAML = """
        role: ecsEventsRole
        region: us-east-1
        cluster: api
        trackingId: api
        rules:
        - name: hoge-task-name
          description: hoge description
          scheduleExpression: cron(0 0 * * ? *)
          taskDefinition: task1
          taskOverride:
            cpu: "4096"
            memory: "16384"
          containerOverrides:
          - name: container1
            command:
            - subcmd
            - argument
            environment:
              HOGE_ENV: HOGEGE
          role: ecsEventsRole
          group: xxx
          capacityProviderStrategy:
          - capacityProvider: FARGATE
            base: 1
            weight: 1
          launch_type: FARGATE
          platform_version: 1.4.0
          network_configuration:
            aws_vpc_configuration:
              subnets:
              - subnet-01234567
              - subnet-12345678
              security_groups:
              - sg-11111111
              - sg-99999999
              assign_public_ip: ENABLED
          dead_letter_config:
            sqs: queue1
          propagateTags: TASK_DEFINITION
          region: us-east-1
          cluster: api
          trackingId: api
        """

    @Test(arguments: [
        ["schedule", "render", "-conf", "sample.yaml"], ["schedule", "render", "--conf", "sample.json"],
        ["schedule", "render", "-conf=sample.yaml"],
        [
            "schedule", "render", "-conf", "sample.jsonnet", "-ext-str", "REGION=us-east-1", "--ext-str", "CLUSTER",
            "-ext-code", "BASE=1",
        ],
    ])
    func rendersTheSampleInStructOrder(arguments: [String]) async {
        let result = await run(arguments, environment: ["CLUSTER": "api"])
        #expect(result.status == 0)
        #expect(result.out == Self.expectedSampleYAML)
        #expect(result.err.contains("[WARNING] rule \"hoge-task-name\": launch_type and capacityProviderStrategy"))
    }

    @Test func renderedYAMLLoadsBackToTheSameConfig() async throws {
        let result = await run(["schedule", "render", "-conf", "sample.yaml"])
        let path = try Support.write(result.out + "\n")
        let reloaded = try Support.loader().load(path: path)
        #expect(Support.comparable(reloaded) == Support.expectedSample)
    }

    @Test func unresolvedMustEnvIsAWarningNotAFailure() async {
        let result = await run(["schedule", "render", "-conf", "sample2.yaml"])
        #expect(result.status == 0)
        #expect(result.out.contains("HOGE_ENV: ecschedule::<DUMMY_HOGE_ENV>"))
        #expect(
            result.err.contains(
                "[WARNING] rule \"hoge-task-name\": environment variable DUMMY_HOGE_ENV is not defined"))
    }

    @Test func loadErrorsExitOne() async {
        let result = await run(["schedule", "render", "-conf", "missing.yaml"])
        #expect(result.status == 1)
        #expect(result.err.contains("missing.yaml: cannot read file: no such file"))
    }

    @Test(arguments: [
        (["schedule", "render"], "-conf option required"),
        (
            ["schedule", "render", "-conf", "sample.jsonnet", "-ext-str", "=v"],
            "-ext-str/-ext-code: empty key in \"=v\""
        ),
        (["schedule", "render", "--bogus"], "Unknown option '--bogus'"),
    ])
    func usageErrorsExitTwo(arguments: [String], message: String) async {
        let result = await run(arguments)
        #expect(result.status == 2)
        #expect(result.err.contains(message))
    }

    @Test func scheduleWithoutSubcommandPrintsHelp() async {
        let result = await run(["schedule"])
        #expect(result.status == 0)
        #expect(result.out.contains("USAGE: ecswift schedule <subcommand>"))
        #expect(result.out.contains("render"))
    }
}
