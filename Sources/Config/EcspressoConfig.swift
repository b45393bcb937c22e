import Documents

/// An ecspresso config file (`ecspresso.yml`), after rendering and validation.
public struct EcspressoConfig: Sendable, Equatable {
    /// The file the config came from.
    public var path: String
    /// The directory relative definition paths resolve against.
    public var directory: String
    /// `required_version` constraint, if any.
    public var requiredVersion: String?
    /// The configured region (empty: use the environment's).
    public var region: String?
    /// Cluster name (default `default`).
    public var cluster: String
    /// Service name; empty means task-definition-only mode.
    public var service: String
    /// Absolute or config-relative-resolved path of the service definition.
    public var serviceDefinitionPath: String?
    /// Resolved path of the task definition.
    public var taskDefinitionPath: String?
    /// Whole-command timeout in seconds (default 600).
    public var timeoutSeconds: Double
    /// Template-function plugins as written (`name`, `config`, `func_prefix`).
    public var plugins: [PluginConfig]
    /// Deprecated `filter_command`.
    public var filterCommand: String?
    /// `codedeploy.application_name` / `deployment_group_name`, as written.
    public var codeDeploy: JSONValue?
    /// `appspec` as written.
    public var appSpec: JSONValue?
    /// `ignore` rules as written.
    public var ignore: JSONValue?
    /// Warnings found while loading (unknown keys, deprecated keys).
    public var warnings: [String]
    /// `service_definition` as written in the file (before resolving), for `render config`.
    public var serviceDefinitionAsWritten: String?
    /// `task_definition` as written in the file (before resolving), for `render config`.
    public var taskDefinitionAsWritten: String?

    /// Creates a config; loaders fill every field, tests set what they need.
    public init(
        path: String, directory: String, requiredVersion: String? = nil, region: String? = nil,
        cluster: String = "default", service: String = "", serviceDefinitionPath: String? = nil,
        taskDefinitionPath: String? = nil, timeoutSeconds: Double = EcspressoConfig.defaultTimeoutSeconds,
        plugins: [PluginConfig] = [], filterCommand: String? = nil, codeDeploy: JSONValue? = nil,
        appSpec: JSONValue? = nil, ignore: JSONValue? = nil, warnings: [String] = []
    ) {
        self.path = path
        self.directory = directory
        self.requiredVersion = requiredVersion
        self.region = region
        self.cluster = cluster
        self.service = service
        self.serviceDefinitionPath = serviceDefinitionPath
        self.taskDefinitionPath = taskDefinitionPath
        self.timeoutSeconds = timeoutSeconds
        self.plugins = plugins
        self.filterCommand = filterCommand
        self.codeDeploy = codeDeploy
        self.appSpec = appSpec
        self.ignore = ignore
        self.warnings = warnings
    }

    /// The default timeout, as ecspresso: ten minutes.
    public static let defaultTimeoutSeconds: Double = 600
}

/// One entry of `plugins`.
public struct PluginConfig: Sendable, Equatable {
    /// `tfstate`, `ssm`, `secretsmanager`, `cloudformation` …
    public var name: String
    /// The plugin's `config` object.
    public var config: JSONValue
    /// Prefix for the plugin's template functions.
    public var funcPrefix: String

    /// Creates a plugin entry.
    public init(name: String, config: JSONValue = .object(JSONObject()), funcPrefix: String = "") {
        self.name = name
        self.config = config
        self.funcPrefix = funcPrefix
    }
}
