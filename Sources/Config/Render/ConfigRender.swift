import Documents

/// `render config`: the resolved config as ecspresso v2.3 prints it (goccy/go-yaml encoding its
/// `Config` struct).
///
/// Fields in struct order: `required_version` (omitempty), `region`, `cluster`, `service`,
/// `service_definition`, `task_definition`, `plugins` (omitempty), `appspec` (omitempty),
/// `filter_command` (omitempty), `timeout`, `codedeploy` (omitempty). Definition paths are what
/// ecspresso's `Restrict` makes of them: absolute paths as written, relative ones joined with the
/// directory of the config path *as given* and cleaned (`ecs-task-def.json`, `tests/td.json`), not
/// the absolute paths ecswift loads from. `timeout` is `"10m0s"` with its quotes: ecspresso's
/// `Duration.MarshalYAML` returns the bytes `"10m0s"`, which goccy parses as a double-quoted
/// scalar and prints as such.
public enum ConfigRender {
    /// What `render config` prints besides the loaded config.
    public struct Options: Sendable {
        /// The config path as ecspresso would have it: the `--config` value, or the discovered file
        /// name (`ecspresso.yml`) when the default was used.
        public var configPath: String
        /// The region in effect (`--region` or the config's, which already fell back to `$AWS_REGION`).
        public var region: String?
        /// The timeout in effect (`--timeout` or the config's).
        public var timeoutSeconds: Double
        /// `--filter-command` / `$ECSPRESSO_FILTER_COMMAND` when set; it replaces the config's.
        public var filterCommand: String?

        /// Creates options.
        public init(configPath: String, region: String?, timeoutSeconds: Double, filterCommand: String? = nil) {
            self.configPath = configPath
            self.region = region
            self.timeoutSeconds = timeoutSeconds
            self.filterCommand = filterCommand
        }
    }

    /// The YAML text, newline-terminated.
    public static func yaml(_ config: EcspressoConfig, options: Options) -> String {
        var out = ""
        if let required = config.requiredVersion, !required.isEmpty {
            out += GoYAML.field("required_version", .string(required))
        }
        out += GoYAML.field("region", .string(options.region ?? ""))
        out += GoYAML.field("cluster", .string(config.cluster))
        out += GoYAML.field("service", .string(config.service))
        let service = config.serviceDefinitionAsWritten.map { GoPath.resolve($0, configPath: options.configPath) }
        out += GoYAML.field("service_definition", .string(service ?? ""))
        let task = config.taskDefinitionAsWritten.map { GoPath.resolve($0, configPath: options.configPath) }
        out += GoYAML.field("task_definition", .string(task ?? ""))
        if !config.plugins.isEmpty {
            out += "plugins:\n" + config.plugins.map(pluginYAML).joined()
        }
        if let appSpec = config.appSpec, !appSpec.isNull {
            out += GoYAML.field("appspec", appSpec)
        }
        if let filter = options.filterCommand ?? config.filterCommand, !filter.isEmpty {
            out += GoYAML.field("filter_command", .string(filter))
        }
        out += "timeout: \"\(GoDuration.string(seconds: options.timeoutSeconds))\"\n"
        if let codeDeploy = config.codeDeploy, case .object(let object) = codeDeploy {
            var fields = JSONObject()
            for key in ["application_name", "deployment_group_name"] {
                if let value = object.member(caseInsensitive: key)?.value.stringValue, !value.isEmpty {
                    fields[key] = .string(value)
                }
            }
            out += fields.isEmpty ? "codedeploy: {}\n" : "codedeploy:\n" + GoYAML.mapping(fields, indent: 2)
        }
        return out
    }

    /// The config as `json.MarshalIndent` prints it for `render config --jsonnet` (json tags: the
    /// same names; `plugins`, `appspec`, `filter_command`, `timeout`, `codedeploy` omitempty;
    /// a plugin's `name`, `config` and `func_prefix` all omitempty).
    public static func json(_ config: EcspressoConfig, options: Options) -> JSONValue {
        var object = JSONObject()
        if let required = config.requiredVersion, !required.isEmpty { object["required_version"] = .string(required) }
        object["region"] = .string(options.region ?? "")
        object["cluster"] = .string(config.cluster)
        object["service"] = .string(config.service)
        object["service_definition"] = .string(
            config.serviceDefinitionAsWritten.map { GoPath.resolve($0, configPath: options.configPath) } ?? "")
        object["task_definition"] = .string(
            config.taskDefinitionAsWritten.map { GoPath.resolve($0, configPath: options.configPath) } ?? "")
        if !config.plugins.isEmpty {
            object["plugins"] = .array(
                config.plugins.map { plugin in
                    var entry = JSONObject()
                    if !plugin.name.isEmpty { entry["name"] = .string(plugin.name) }
                    if case .object(let map) = plugin.config, !map.isEmpty {
                        entry["config"] = .object(map.sortedByKey())
                    }
                    if !plugin.funcPrefix.isEmpty { entry["func_prefix"] = .string(plugin.funcPrefix) }
                    return .object(entry)
                })
        }
        if let appSpec = config.appSpec, !appSpec.isNull { object["appspec"] = appSpec }
        if let filter = options.filterCommand ?? config.filterCommand, !filter.isEmpty {
            object["filter_command"] = .string(filter)
        }
        object["timeout"] = .string(GoDuration.string(seconds: options.timeoutSeconds))
        if case .object(let codeDeploy) = config.codeDeploy {
            var fields = JSONObject()
            for key in ["application_name", "deployment_group_name"] {
                if let value = codeDeploy.member(caseInsensitive: key)?.value.stringValue, !value.isEmpty {
                    fields[key] = .string(value)
                }
            }
            object["codedeploy"] = .object(fields)
        }
        return .object(object)
    }

    /// A plugin as `ConfigPlugin` prints, fields in struct order: `name`, `config` (a map, keys
    /// sorted), `func_prefix` (omitempty).
    static func pluginYAML(_ plugin: PluginConfig) -> String {
        let config = plugin.config.isNull ? JSONValue.object(JSONObject()) : plugin.config
        var text = "- " + GoYAML.field("name", .string(plugin.name)) + GoYAML.field("config", config, indent: 2)
        if !plugin.funcPrefix.isEmpty { text += GoYAML.field("func_prefix", .string(plugin.funcPrefix), indent: 2) }
        return text
    }
}
