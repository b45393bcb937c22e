import Documents
import Foundation
import Schedule
import Template

/// Fixtures, loaders and expected values shared by the schedule tests.
enum Support {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures"
    ).path

    static func fixture(_ name: String) -> String { fixtures + "/" + name }

    /// A loader over the fixtures directory with an environment that never leaks the process's.
    static func loader(
        environment: [String: String] = [:], extStrings: [String: String] = [:], extCodes: [String: String] = [:],
        accountID: String = "334", plugins: SchedulePluginFunctions? = fakeTfstate
    ) -> ScheduleConfigLoader {
        ScheduleConfigLoader(
            environment: environment, workingDirectory: fixtures, extStrings: extStrings, extCodes: extCodes,
            accountID: accountID, pluginFunctions: plugins)
    }

    /// Writes `text` to a fresh temporary file called `name` and returns its path.
    static func write(_ text: String, name: String = "ecschedule.yaml") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "schedule-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The values spec §6.1's `terraform.tfstate` holds, keyed as tfstate-lookup sees them (`'` → `"`).
    static let tfstate = [
        "aws_subnet.private-a.id": "subnet-01234567",
        "aws_subnet.private-c.id": "subnet-12345678",
        "data.aws_security_group.default[\"first\"].id": "sg-11111111",
        "data.aws_security_group.default[\"second\"].id": "sg-99999999",
    ]

    /// A stand-in for the tfstate plugin (the real one lives on the plugins branch): it checks the
    /// config it is given and answers from ``tfstate``.
    static let fakeTfstate: SchedulePluginFunctions = { plugin, directory in
        guard plugin.name == "tfstate", plugin.config["path"]?.stringValue == "testdata/terraform.tfstate",
            directory == fixtures
        else { throw FakePluginError(plugin: plugin.name) }
        @Sendable func lookup(_ address: String) throws -> TemplateValue {
            let key = address.replacingOccurrences(of: "'", with: "\"")
            guard let value = tfstate[key] else { throw TemplateCallError.failed("\(key) is not found") }
            return .string(value)
        }
        return FunctionMap([
            "tfstate": { args in
                guard case .string(let address) = args.first else { throw TemplateCallError.failed("bad args") }
                return try lookup(address)
            },
            "tfstatef": { args in
                guard case .string(let format) = args.first, case .string(let value) = args.last, args.count == 2 else {
                    throw TemplateCallError.failed("bad args")
                }
                return try lookup(format.replacingOccurrences(of: "%s", with: value))
            },
        ])
    }

    struct FakePluginError: Error { var plugin: String }

    static let base = ScheduleBaseConfig(region: "us-east-1", cluster: "api", trackingID: "api", accountID: "334")

    /// Spec §6.2 `TestLoadConfig`'s expected structure.
    static let expectedSample = ScheduleConfig(
        role: "ecsEventsRole", base: base,
        rules: [
            ScheduleRule(
                name: "hoge-task-name", description: "hoge description", scheduleExpression: "cron(0 0 * * ? *)",
                target: ScheduleTarget(
                    taskDefinition: "task1", taskOverride: TaskOverride(cpu: "4096", memory: "16384"),
                    containerOverrides: [
                        ContainerOverride(
                            name: "container1", command: ["subcmd", "argument"], environment: ["HOGE_ENV": "HOGEGE"])
                    ],
                    role: "ecsEventsRole", group: "xxx",
                    capacityProviderStrategy: [
                        CapacityProviderStrategyItem(capacityProvider: "FARGATE", base: 1, weight: 1)
                    ],
                    launchType: "FARGATE", platformVersion: "1.4.0",
                    networkConfiguration: NetworkConfiguration(
                        awsVpcConfiguration: AwsVpcConfiguration(
                            subnets: ["subnet-01234567", "subnet-12345678"],
                            securityGroups: ["sg-11111111", "sg-99999999"],
                            assignPublicIP: "ENABLED")),
                    deadLetterConfig: DeadLetterConfig(sqs: "queue1"), propagateTags: "TASK_DEFINITION"),
                base: base)
        ])

    /// The same config with the path-dependent fields cleared, for comparing against ``expectedSample``.
    static func comparable(_ config: ScheduleConfig) -> ScheduleConfig {
        var copy = config
        copy.path = ""
        copy.directory = ""
        copy.warnings = []
        return copy
    }

    /// Spec §6.1's network configuration, produced by the tfstate samples.
    static let expectedNetwork = NetworkConfiguration(
        awsVpcConfiguration: AwsVpcConfiguration(
            subnets: ["subnet-01234567", "subnet-12345678"], securityGroups: ["sg-11111111", "sg-99999999"],
            assignPublicIP: "ENABLED"))
}
