import Config
import Documents

/// An ecschedule config file (`ecschedule.yaml`/`.json`/`.jsonnet`) after loading: both template
/// passes done, schedule expressions validated, top-level defaults merged into every rule.
///
/// Field names and defaults follow ecschedule v0.20.0's `Config` struct, so the later payload
/// builders can map this model to `PutRule`/`PutTargets`/`RunTask` one to one.
public struct ScheduleConfig: Sendable, Equatable {
    /// The top-level `role`: the default events role for rules without one ("" when not set;
    /// `ecsEventsRole` is applied only when ARNs are built).
    public var role: String
    /// The top-level `region`, `cluster`, `trackingId` (defaulted to the cluster) and account id.
    public var base: ScheduleBaseConfig
    /// `rules`, in file order.
    public var rules: [ScheduleRule]
    /// `plugins` as written (`tfstate`, `ssm`), in file order.
    public var plugins: [SchedulePlugin]
    /// The file the config came from.
    public var path: String
    /// The config file's directory (relative plugin paths resolve against it).
    public var directory: String
    /// Things that load but are probably mistakes (AWS rejects them, or ecschedule ignored them).
    public var warnings: [String]

    /// Creates a config; the loader fills every field, tests set what they need.
    public init(
        role: String = "", base: ScheduleBaseConfig = ScheduleBaseConfig(), rules: [ScheduleRule] = [],
        plugins: [SchedulePlugin] = [], path: String = "", directory: String = "", warnings: [String] = []
    ) {
        self.role = role
        self.base = base
        self.rules = rules
        self.plugins = plugins
        self.path = path
        self.directory = directory
        self.warnings = warnings
    }

    /// The first rule called `name` (names are unique once loaded), as ecschedule's `GetRuleByName`.
    public func rule(named name: String) -> ScheduleRule? {
        rules.first { $0.name == name }
    }
}

/// The settings a rule inherits from the top level unless it sets its own (ecschedule's `BaseConfig`).
public struct ScheduleBaseConfig: Sendable, Equatable {
    /// Region of the rule, its target and every ARN built for it.
    public var region: String
    /// Cluster name (or ARN) the target runs tasks on.
    public var cluster: String
    /// Value of the `ecschedule:tracking-id` tag; defaults to the top-level cluster.
    public var trackingID: String
    /// AWS account id used in ARNs; never read from the file (it comes from STS or the caller).
    public var accountID: String

    /// Creates a base config.
    public init(region: String = "", cluster: String = "", trackingID: String = "", accountID: String = "") {
        self.region = region
        self.cluster = cluster
        self.trackingID = trackingID
        self.accountID = accountID
    }

    /// This config with its empty fields taken from `defaults` (ecschedule's `mergeBaseConfig`).
    public func filled(from defaults: ScheduleBaseConfig) -> ScheduleBaseConfig {
        ScheduleBaseConfig(
            region: region.isEmpty ? defaults.region : region,
            cluster: cluster.isEmpty ? defaults.cluster : cluster,
            trackingID: trackingID.isEmpty ? defaults.trackingID : trackingID,
            accountID: accountID.isEmpty ? defaults.accountID : accountID)
    }
}

/// One EventBridge rule with its single ECS target (ecschedule's `Rule` + inline `Target`).
public struct ScheduleRule: Sendable, Equatable {
    /// The rule name: physical EventBridge name, default target id and `-rule` key.
    public var name: String
    /// `description` ("" when not set; always sent to `PutRule`).
    public var description: String
    /// `scheduleExpression`: `cron(…)` or `rate(…)`, validated at load.
    public var scheduleExpression: String
    /// `disabled`: the rule state is `DISABLED` when true.
    public var disabled: Bool
    /// The ECS target.
    public var target: ScheduleTarget
    /// Region, cluster, tracking id and account after merging the top level in.
    public var base: ScheduleBaseConfig

    /// Creates a rule.
    public init(
        name: String, description: String = "", scheduleExpression: String, disabled: Bool = false,
        target: ScheduleTarget, base: ScheduleBaseConfig = ScheduleBaseConfig()
    ) {
        self.name = name
        self.description = description
        self.scheduleExpression = scheduleExpression
        self.disabled = disabled
        self.target = target
        self.base = base
    }

    /// The default events role when neither the rule nor the top level names one.
    public static let defaultRole = "ecsEventsRole"

    /// Variables whose `must_env` was left as an `ecschedule::<NAME>` placeholder, in field order
    /// (ecschedule's lazy `must_env`: loading succeeds, using the rule fails).
    public var unresolvedEnvironmentVariables: [String] {
        var names: [String] = []
        Self.collectPlaceholders(in: yamlValue(includeBase: true), into: &names)
        return names
    }

    /// Fails when a `must_env` of this rule named an unset variable, worded as ecschedule's `validateEnv`.
    public func validateEnvironment() throws(UnresolvedEnvironmentError) {
        let names = unresolvedEnvironmentVariables
        guard names.isEmpty else { throw UnresolvedEnvironmentError(rule: name, variables: names) }
    }

    static func collectPlaceholders(in value: JSONValue, into names: inout [String]) {
        switch value {
        case .string(let text): names += MustEnvPlaceholder.names(in: text)
        case .array(let items): for item in items { collectPlaceholders(in: item, into: &names) }
        case .object(let object):
            for member in object {
                names += MustEnvPlaceholder.names(in: member.key)
                collectPlaceholders(in: member.value, into: &names)
            }
        default: break
        }
    }
}

/// One `plugins` entry: `tfstate` or `ssm` (case-insensitive), its `config`, and the prefix its
/// template functions are registered under (`func_prefix`) — the same shape as ecspresso's.
public typealias SchedulePlugin = PluginConfig
