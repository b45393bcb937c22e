import Config
import Documents
import Foundation
import Template

/// Gives the template functions of one `plugins` entry, unprefixed (`tfstate` and `tfstatef`, or
/// `ssm`); the loader adds the entry's `func_prefix`. `configDirectory` is where relative paths in
/// the plugin's `config` resolve (ecschedule resolves them against the current directory: bug B7).
public typealias SchedulePluginFunctions =
    @Sendable (_ plugin: SchedulePlugin, _ configDirectory: String) throws ->
    FunctionMap

/// Loads ecschedule config files exactly in ecschedule v0.20.0's order (spec §3.1).
///
/// 1. Read: `.jsonnet` is evaluated (ext vars, natives `env`/`must_env`); `.json` is JSON; anything
///    else is YAML.
/// 2. Template pass 1 over the text: `env`, lazy `must_env` (unset → `ecschedule::<NAME>`), and
///    placeholders for `tfstate`, `tfstatef`, `ssm`, `plugin`.
/// 3. Decode (strictly: unknown keys and wrong types are errors), check rules, validate every
///    schedule expression.
/// 4. Set up plugins; restore their placeholders as template calls; template pass 2 with
///    `env`, `must_env`, `json_escape` and the plugin functions.
/// 5. Decode again, default `trackingId` to the cluster, merge the top level into each rule.
public struct ScheduleConfigLoader: Sendable {
    /// The environment templates and Jsonnet natives read (never the process's own).
    public var environment: [String: String]
    /// Where relative config paths start.
    public var workingDirectory: String
    /// `-ext-str` bindings for `.jsonnet` configs.
    public var extStrings: [String: String]
    /// `-ext-code` bindings for `.jsonnet` configs.
    public var extCodes: [String: String]
    /// The AWS account id put in the model (from STS; "" when no AWS call is wanted, as in `render`).
    public var accountID: String
    /// The Jsonnet evaluator.
    public var jsonnet: JsonnetEvaluator
    /// The plugin hook; nil means a config with `plugins` cannot be loaded.
    public var pluginFunctions: SchedulePluginFunctions?

    /// Creates a loader.
    public init(
        environment: [String: String], workingDirectory: String, extStrings: [String: String] = [:],
        extCodes: [String: String] = [:], accountID: String = "", jsonnet: JsonnetEvaluator = JsonnetEvaluator(),
        pluginFunctions: SchedulePluginFunctions? = nil
    ) {
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.extStrings = extStrings
        self.extCodes = extCodes
        self.accountID = accountID
        self.jsonnet = jsonnet
        self.pluginFunctions = pluginFunctions
    }

    enum Format { case yaml, json, jsonnet }

    /// `path` made absolute against the working directory.
    public func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
    }

    /// Loads the config at `path`; the format follows the extension as in ecschedule (case-sensitive
    /// `.jsonnet` and `.json`; every other name is YAML).
    public func load(path: String) throws -> ScheduleConfig {
        let path = absolute(path)
        switch (path as NSString).pathExtension {
        case "jsonnet":
            _ = try DocumentReader.readText(path)
            return try load(text: evaluateJsonnet(path), path: path, format: .jsonnet)
        case "json":
            return try load(text: DocumentReader.readText(path), path: path, format: .json)
        default:
            return try load(text: DocumentReader.readText(path), path: path, format: .yaml)
        }
    }

    func evaluateJsonnet(_ path: String) throws -> String {
        let options = JsonnetOptions(
            extStrings: extStrings, extCodes: extCodes,
            nativeFunctions: JsonnetOptions.ecscheduleNatives(environment: environment))
        do {
            return try jsonnet.evaluate(file: path, options: options)
        } catch JsonnetError.evaluation(_, let message) {
            let hint =
                message.contains("undefined external variable")
                ? " (hint: bind it with -ext-str NAME=value, or -ext-code NAME=<jsonnet> for numbers and objects)" : ""
            throw ConfigError.syntax(
                path: path, line: nil, column: nil, reason: "failed to evaluate jsonnet file: \(message)\(hint)")
        }
    }

    func load(text: String, path: String, format: Format) throws -> ScheduleConfig {
        let rules = DecodingRules(path: path, caseInsensitiveKeys: format != .yaml, scalarsAsStrings: format == .yaml)
        let firstPass = try render(text, functions: FirstPassFunctions.map(environment: environment), path: path)
        var first = try decode(firstPass, format: format, rules: rules)
        try first.checkRules()
        try validateExpressions(first)
        let functions = try pluginFunctionMap(first.plugins, directory: first.directory, path: path)
        let secondPass = try render(
            PlaceholderRestorer.restore(firstPass),
            functions: FunctionMap.config(environment: environment).merging(functions), path: path)
        if let leftover = PlaceholderRestorer.leftovers(in: secondPass).first {
            throw ConfigError.template(
                path: path,
                message:
                    "line \(leftover.line): plugin function \"\(leftover.function)\" is not defined "
                    + "(hint: plugin functions are <func_prefix>tfstate, <func_prefix>tfstatef and <func_prefix>ssm "
                    + "of a `plugins:` entry)")
        }
        var config = try decode(secondPass, format: format, rules: rules)
        try config.checkRules()
        config.base.accountID = accountID
        config.mergeTopLevelDefaults()
        config.warnings = config.rules.compactMap { rule in
            guard !rule.target.launchType.isEmpty, !rule.target.capacityProviderStrategy.isEmpty else { return nil }
            return "rule \"\(rule.name)\": launch_type and capacityProviderStrategy are both set; "
                + "AWS rejects a target with both, remove one"
        }
        return config
    }

    func decode(_ text: String, format: Format, rules: DecodingRules) throws -> ScheduleConfig {
        var document = try format == .yaml ? parseYAML(text, path: rules.path) : parseJSON(text, path: rules.path)
        if document.isNull { document = .object(JSONObject()) }
        var config = try ScheduleConfig.decode(document, rules: rules)
        config.path = rules.path
        config.directory = (rules.path as NSString).deletingLastPathComponent
        return config
    }

    func parseYAML(_ text: String, path: String) throws -> JSONValue {
        do {
            return try JSONValue.parseYAML(text)
        } catch {
            throw ConfigError.syntax(path: path, line: error.line, column: error.column, reason: error.reason)
        }
    }

    func parseJSON(_ text: String, path: String) throws -> JSONValue {
        do {
            return try JSONValue.parse(text)
        } catch {
            throw ConfigError.syntax(path: path, line: error.line, column: error.column, reason: error.reason)
        }
    }

    func validateExpressions(_ config: ScheduleConfig) throws {
        let failures = config.rules.compactMap { rule in
            ScheduleExpression.problem(in: rule.scheduleExpression).map {
                ScheduleExpressionError.Failure(rule: rule.name, message: $0)
            }
        }
        if !failures.isEmpty { throw ScheduleExpressionError(path: config.path, failures: failures) }
    }
}
