import AWSCore
import Documents

/// The template functions of a config's plugins, ready for rendering.
///
/// `ssm` and `secretsmanager_arn` are always present; each configured plugin adds its functions
/// under `func_prefix + name`. tfstate states are read while loading, so `tfstate` calls never do
/// I/O; the AWS-backed functions call AWS on first use and cache per name for the run, blocking the
/// calling thread — so render on a dedicated `Thread`, never inside a Swift task (`BlockingAsync`):
///
///     let plugins = try await PluginSet.load(config.plugins, configDirectory: config.directory,
///                                            aws: aws, environment: environment)
///     let functions = FunctionMap.config(environment: environment).merging(plugins.templateFunctions)
///     let renderer = GoTemplateRenderer(functions: functions)
///     let text = try await RenderThread.run { try renderer.render(path: path, text: source) }
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

/// Why a template-function plugin could not be set up or a plugin function call failed.
///
/// Messages name the thing that was looked up (parameter, secret, address, stack) but never a
/// looked-up value, so secrets cannot leak through errors or logs.
public enum PluginError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `plugins[].name` is not a known plugin.
    case unknownPlugin(name: String, valid: [String])
    /// Two plugins register the same function name.
    case duplicateFunction(function: String, plugin: String)
    /// A plugin's `config` is missing a key or holds the wrong kind of value.
    case invalidConfig(plugin: String, reason: String)
    /// A Terraform state could not be read or parsed.
    case stateUnreadable(location: String, reason: String)
    /// A tfstate address did not resolve.
    case addressNotFound(address: String, location: String)
    /// A function was called with the wrong arguments.
    case badArguments(function: String, reason: String)
    /// The looked-up thing does not exist.
    case notFound(function: String, reason: String)
    /// The AWS (or HTTP) call behind a function failed.
    case lookupFailed(function: String, name: String, reason: String)

    /// A one-line message that says what was looked up and what to do.
    public var description: String {
        switch self {
        case .unknownPlugin(let name, let valid):
            return "plugin \(name) is not available (valid plugins: \(valid.joined(separator: ", ")))"
        case .duplicateFunction(let function, let plugin):
            return "template function \(function) already exists. set func_prefix to \(plugin) plugin"
        case .invalidConfig(let plugin, let reason):
            return "\(plugin) plugin: \(reason)"
        case .stateUnreadable(let location, let reason):
            return "failed to read tfstate from \(location): \(reason)"
        case .addressNotFound(let address, let location):
            return "\(address) is not found in tfstate \(location)"
        case .badArguments(let function, let reason):
            return "\(function): \(reason)"
        case .notFound(let function, let reason):
            return "\(function): \(reason)"
        case .lookupFailed(let function, let name, let reason):
            return "\(function): failed to look up \(name): \(reason)"
        }
    }
}
