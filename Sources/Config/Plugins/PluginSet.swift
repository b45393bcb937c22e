import AWSCore
import Documents

/// The template functions of a config's plugins, ready for rendering.
///
/// `ssm` and `secretsmanager_arn` are always present; each configured plugin adds its functions
/// under `func_prefix + name`. tfstate states are read while loading, so `tfstate` calls never do
/// I/O; the AWS-backed functions call AWS on first use and cache per name for the run, blocking the
/// calling thread — so render on a dedicated `Thread`, never inside a Swift task (`BlockingAsync`).
public struct PluginSet: Sendable {
    /// Function name → function, for the template engine.
    public var functions: [String: PluginFunction]

    /// The plugin names `plugins[].name` may use (matched case-insensitively).
    public static let availablePlugins = ["cloudformation", "secretsmanager", "ssm", "tfstate"]

    /// Plugins loaded before the configured ones, as ecspresso does.
    static let defaultPlugins = ["ssm", "secretsmanager"]

    /// Sets up the default plugins and then `plugins` in order, reading every tfstate now.
    ///
    /// - Throws: `PluginError.unknownPlugin`, `.duplicateFunction` (two plugins define the same
    ///   name without a distinguishing `func_prefix`), `.invalidConfig`, `.stateUnreadable`.
    public static func load(
        _ plugins: [PluginConfig], configDirectory: String, aws: AWSClient, environment: [String: String]
    ) async throws -> PluginSet {
        try await load(
            plugins, configDirectory: configDirectory, aws: aws, environment: environment, http: URLSessionTransport())
    }

    /// `load` with the HTTP transport for http(s) and Terraform Cloud states given explicitly.
    static func load(
        _ plugins: [PluginConfig], configDirectory: String, aws: AWSClient, environment: [String: String],
        http: any HTTPTransport
    ) async throws -> PluginSet {
        let ssm = SSMPlugin(aws: aws)
        let secretsManager = SecretsManagerPlugin(aws: aws)
        let cloudFormation = CloudFormationPlugin(aws: aws)
        let loader = TFStateLoader(aws: aws, environment: environment, http: http)
        var set = PluginSet(functions: [:])
        try set.add(ssm.functions, prefix: "", plugin: "ssm")
        try set.add(secretsManager.functions, prefix: "", plugin: "secretsmanager")
        for plugin in plugins {
            let functions: [String: PluginFunction]
            switch plugin.name.lowercased() {
            case "ssm": functions = ssm.functions
            case "secretsmanager": functions = secretsManager.functions
            case "cloudformation": functions = cloudFormation.functions
            case "tfstate":
                let state = try await loader.load(config: plugin.config, directory: configDirectory)
                functions = TFStatePlugin(state: state).functions
            default:
                throw PluginError.unknownPlugin(name: plugin.name, valid: availablePlugins)
            }
            try set.add(functions, prefix: plugin.funcPrefix, plugin: plugin.name)
        }
        return set
    }

    /// Registers `functions` under `prefix`; a name already taken is an error, except that the
    /// default plugins configured again without a prefix are ignored (ecspresso compatibility).
    mutating func add(_ new: [String: PluginFunction], prefix: String, plugin: String) throws {
        for (name, function) in new.sorted(by: { $0.key < $1.key }) {
            let full = prefix + name
            if functions[full] != nil {
                if Self.defaultPlugins.contains(plugin) { continue }
                throw PluginError.duplicateFunction(function: full, plugin: plugin)
            }
            functions[full] = function
        }
    }
}
