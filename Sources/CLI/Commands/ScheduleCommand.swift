import ArgumentParser

/// `ecswift schedule`: ecschedule-compatible scheduled tasks (EventBridge rules with an ECS target).
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Manage ECS scheduled tasks as EventBridge rules (ecschedule compatible).",
        subcommands: [ScheduleRenderCommand.self]
    )
}

/// ecschedule's global flags, each accepted with one dash (`-conf`, ecschedule's Go style) or two.
struct ScheduleOptions: ParsableArguments {
    /// The config file.
    @Option(
        name: [.customLong("conf"), .customLong("conf", withSingleDash: true)],
        help: ArgumentHelp("Config file (YAML, or .json/.jsonnet).", valueName: "file"))
    var conf: String?

    /// Jsonnet `std.extVar` strings.
    @Option(
        name: [.customLong("ext-str"), .customLong("ext-str", withSingleDash: true)],
        help: ArgumentHelp("Jsonnet external string K=V, or K to take $K (repeatable).", valueName: "key[=value]"))
    var extStr: [String] = []

    /// Jsonnet `std.extVar` code.
    @Option(
        name: [.customLong("ext-code"), .customLong("ext-code", withSingleDash: true)],
        help: ArgumentHelp("Jsonnet external code K=CODE, or K to take $K (repeatable).", valueName: "key[=code]"))
    var extCode: [String] = []
}
