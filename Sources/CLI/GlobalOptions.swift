import ArgumentParser

/// Flags every command takes (ecspresso's global flags); each may come before or after the subcommand.
public struct GlobalOptions: ParsableArguments, Sendable {
    /// Config file path (default `ecspresso.yml`, or `$ECSPRESSO_CONFIG`).
    @Option(help: "Config file (default: ecspresso.yml; env ECSPRESSO_CONFIG).")
    public var config: String?

    /// Debug output, including each AWS call (secrets redacted).
    @Flag(help: "Show debug logs, including every AWS call (credentials redacted; env ECSPRESSO_DEBUG).")
    public var debug = false

    /// Overrides the config's `timeout`.
    @Option(help: "Timeout for the whole command, as a Go duration such as 10m (env ECSPRESSO_TIMEOUT).")
    public var timeout: String?

    /// AWS region.
    @Option(help: "AWS region (overrides the config and AWS_REGION).")
    public var region: String?

    /// Shared-config profile.
    @Option(help: "AWS shared config profile.")
    public var profile: String?

    /// Role to assume for every call.
    @Option(name: .customLong("assume-role-arn"), help: "Assume this IAM role (env ECSPRESSO_ASSUME_ROLE_ARN).")
    public var assumeRoleARN: String?

    /// Envfiles loaded before anything else, later ones win.
    @Option(help: "Environment files to load (repeatable or comma-separated; env ECSPRESSO_ENVFILE).")
    public var envfile: [String] = []

    /// Jsonnet external string variables `K=V;K2=V2`.
    @Option(name: .customLong("ext-str"), help: "Jsonnet external string variables K=V (';'-separated, repeatable).")
    public var extStr: [String] = []

    /// Jsonnet external code variables.
    @Option(name: .customLong("ext-code"), help: "Jsonnet external code variables K=CODE (';'-separated, repeatable).")
    public var extCode: [String] = []

    /// Interactive selector for task choices (peco, fzf).
    @Option(
        name: .customLong("filter-command"),
        help: "Interactive filter command such as peco (env ECSPRESSO_FILTER_COMMAND).")
    public var filterCommand: String?

    /// Creates defaults.
    public init() {}

    /// Names of global flags that take a value, for moving them behind the subcommand.
    static let valueFlags: Set<String> = [
        "--config", "--timeout", "--region", "--profile", "--assume-role-arn", "--envfile", "--ext-str", "--ext-code",
        "--filter-command",
    ]
    /// Names of global flags without a value.
    static let booleanFlags: Set<String> = ["--debug"]

    /// Moves global flags written before the subcommand behind its name (`ecswift --config x deploy`
    /// → `ecswift deploy --config x`), since ArgumentParser binds options to the leaf command.
    static func normalize(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            if booleanFlags.contains(argument) {
                leading.append(argument)
                index += 1
            } else if valueFlags.contains(name) {
                leading.append(argument)
                if !argument.contains("="), index + 1 < arguments.count {
                    leading.append(arguments[index + 1])
                    index += 1
                }
                index += 1
            } else {
                break
            }
        }
        guard index < arguments.count, !leading.isEmpty else { return arguments }
        var rest = Array(arguments[index...])
        // Right after the command name, so flags keep their order (`--envfile a deploy --envfile b`
        // loads a, then b); command groups (`schedule render`) take them after the leaf.
        let insertion = rest[0] == "schedule" && rest.count > 1 ? 2 : 1
        rest.insert(contentsOf: leading, at: insertion)
        return rest
    }
}
