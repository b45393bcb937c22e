import Documents
import Foundation

/// Renders a file's text before it is parsed (Go templates; identity until configured).
public protocol TextRenderer: Sendable {
    /// Renders `text`, read from `path`.
    func render(path: String, text: String) throws -> String
}

/// A renderer that returns the text unchanged.
public struct PassthroughRenderer: TextRenderer {
    /// Creates the renderer.
    public init() {}
    /// Returns `text`.
    public func render(path: String, text: String) throws -> String { text }
}

/// Finds, reads, renders and validates ecspresso config files.
public struct ConfigLoader: Sendable {
    /// Renders config text before parsing.
    public var renderer: any TextRenderer
    /// The process environment (for `AWS_REGION` defaulting).
    public var environment: [String: String]
    /// The working directory that relative config paths start from.
    public var workingDirectory: String
    /// Evaluates `.json`/`.jsonnet` configs before templating (nil: JSON is parsed as is).
    public var jsonnet: JsonnetStage?
    /// The ecspresso version ecswift's behaviour matches; `required_version` is checked against it.
    public static let compatibleEcspressoVersion = "2.3.3"
    /// The newest ecspresso v2 release known when this was written; constraints it satisfies only warn.
    public static let newestKnownEcspressoVersion = "2.8.7"

    /// Creates a loader.
    public init(
        renderer: any TextRenderer = PassthroughRenderer(), environment: [String: String], workingDirectory: String,
        jsonnet: JsonnetStage? = nil
    ) {
        self.renderer = renderer
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.jsonnet = jsonnet
    }

    /// The config path to use: an explicit path as given, else the first of
    /// `ecspresso.yml`, `.yaml`, `.json`, `.jsonnet` that exists (ecspresso's discovery).
    public func resolvePath(_ requested: String?) -> String {
        if let requested, !requested.isEmpty, requested != "ecspresso.yml" { return absolute(requested) }
        for name in ["ecspresso.yml", "ecspresso.yaml", "ecspresso.json", "ecspresso.jsonnet"] {
            let candidate = absolute(name)
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return absolute("ecspresso.yml")
    }

    func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
    }

    /// Loads the config at `path` (already resolved).
    public func load(path: String) throws -> EcspressoConfig {
        let text: String
        switch (path as NSString).pathExtension.lowercased() {
        case "yml", "yaml":
            text = try DocumentReader.readText(path)
        case "json", "jsonnet":
            // ecspresso evaluates JSON configs with Jsonnet too (comments, trailing commas). A
            // missing file is reported as such rather than as a Jsonnet error.
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw ConfigError.unreadable(
                    path: path,
                    reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
            }
            text = try jsonnet.map { try $0.evaluate(path: path) } ?? DocumentReader.readText(path)
        default:
            throw ConfigError.invalidValue(
                path: path, keyPath: "(file name)",
                reason: "unsupported config file extension .\((path as NSString).pathExtension)",
                hint: "use .yml, .yaml, .json or .jsonnet")
        }
        let rendered = try renderer.render(path: path, text: text)
        let document = try DocumentReader.parse(rendered, path: path)
        guard case .object(let object) = document else {
            if document.isNull { return try build(JSONObject(), path: path) }
            throw ConfigError.invalidValue(
                path: path, keyPath: "(top level)", reason: "expected a mapping, found \(document.typeName)",
                hint: "a config file is a map of keys such as region, cluster, service")
        }
        var config = try build(object, path: path)
        config.warnings += try checkRequiredVersion(config)
        config.warnings += pinnedVersionWarnings(directory: config.directory)
        return config
    }

    /// `.ecspresso-version` pins the ecspresso release CI installs (GitHub Action, CircleCI orb);
    /// ecspresso itself never reads it. Warn when it pins a major version ecswift does not follow.
    func pinnedVersionWarnings(directory: String) -> [String] {
        let path = (directory as NSString).appendingPathComponent(".ecspresso-version")
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        let pinned = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let version = VersionConstraint.parseVersion(pinned), let major = version.numbers.first else {
            return ["\(path): \"\(pinned)\" is not a version (expected e.g. 2.3.3)"]
        }
        let ours = Self.compatibleEcspressoVersion
        if String(major) != ours.split(separator: ".").first.map(String.init) {
            return ["\(path) pins ecspresso \(pinned); ecswift behaves as ecspresso v\(ours)"]
        }
        return []
    }

    /// Fails when `required_version` excludes the ecspresso version ecswift is compatible with;
    /// a constraint that only asks for a later v2 release is a warning (configs pinned to a recent
    /// ecspresso still load), returned for the caller to print.
    func checkRequiredVersion(_ config: EcspressoConfig) throws -> [String] {
        guard let required = config.requiredVersion, !required.isEmpty else { return [] }
        guard let constraint = VersionConstraint(required) else {
            throw ConfigError.versionConstraint(
                path: config.path, message: "required_version has invalid format: \(required) (use e.g. \">= 2.0\")")
        }
        let version = Self.compatibleEcspressoVersion
        if !constraint.isSatisfied(by: version), constraint.isSatisfied(by: Self.newestKnownEcspressoVersion) {
            return [
                "required_version \(required) asks for a newer ecspresso than v\(version), the behaviour ecswift follows; continuing"
            ]
        }
        guard constraint.isSatisfied(by: version) else {
            throw ConfigError.versionConstraint(
                path: config.path,
                message:
                    "ecswift behaves as ecspresso v\(version), which does not satisfy required_version: \(required)")
        }
        return []
    }

    static let knownKeys = [
        "required_version", "region", "cluster", "service", "service_definition", "task_definition", "timeout",
        "plugins", "appspec", "filter_command", "codedeploy", "ignore",
    ]

    func build(_ object: JSONObject, path: String) throws -> EcspressoConfig {
        var warnings: [String] = []
        var values: [String: JSONValue] = [:]
        for member in object {
            let lower = member.key.lowercased()
            if let known = Self.knownKeys.first(where: { $0 == lower }) {
                values[known] = member.value
            } else {
                let suggestion = Suggestion.closest(to: member.key, in: Self.knownKeys).map {
                    " (did you mean \"\($0)\"?)"
                }
                warnings.append("\(path): unknown key \"\(member.key)\" is ignored\(suggestion ?? "")")
            }
        }
        func string(_ key: String) throws -> String? {
            guard let value = values[key], !value.isNull else { return nil }
            guard case .string(let s) = value else {
                throw ConfigError.invalidValue(
                    path: path, keyPath: key, reason: "expected a string, found \(value.typeName)",
                    hint: "quote the value")
            }
            return s
        }
        let directory = (path as NSString).deletingLastPathComponent
        func resolve(_ p: String?) -> String? {
            guard let p, !p.isEmpty else { return nil }
            return p.hasPrefix("/") ? p : (directory as NSString).appendingPathComponent(p)
        }
        var timeout = EcspressoConfig.defaultTimeoutSeconds
        if let raw = values["timeout"], !raw.isNull {
            guard case .string(let text) = raw else {
                throw ConfigError.invalidValue(
                    path: path, keyPath: "timeout", reason: "a bare number is not a duration",
                    hint: "write a Go duration string such as \"10m\" or \"600s\" (ecspresso would read 600 as 600ns)")
            }
            guard let seconds = GoDuration.seconds(text), seconds > 0 else {
                throw ConfigError.invalidValue(
                    path: path, keyPath: "timeout", reason: "\"\(text)\" is not a positive duration",
                    hint: "use Go syntax: 10m, 300s, 1h30m")
            }
            timeout = seconds
        }
        if values["filter_command"] != nil {
            warnings.append("filter_command is deprecated. Use environment variable or CLI flag instead.")
        }
        var region = try string("region")
        if region?.isEmpty ?? true { region = environment["AWS_REGION"].flatMap { $0.isEmpty ? nil : $0 } }
        var config = EcspressoConfig(
            path: path, directory: directory, requiredVersion: try string("required_version"), region: region,
            cluster: try string("cluster").flatMap { $0.isEmpty ? nil : $0 } ?? "default",
            service: try string("service") ?? "",
            serviceDefinitionPath: resolve(try string("service_definition")),
            taskDefinitionPath: resolve(try string("task_definition")), timeoutSeconds: timeout,
            plugins: try plugins(values["plugins"], path: path), filterCommand: try string("filter_command"),
            codeDeploy: values["codedeploy"], appSpec: values["appspec"], ignore: values["ignore"], warnings: warnings)
        config.serviceDefinitionAsWritten = try string("service_definition")
        config.taskDefinitionAsWritten = try string("task_definition")
        return config
    }

    func plugins(_ value: JSONValue?, path: String) throws -> [PluginConfig] {
        guard let value, !value.isNull else { return [] }
        guard case .array(let entries) = value else {
            throw ConfigError.invalidValue(
                path: path, keyPath: "plugins", reason: "expected a list, found \(value.typeName)",
                hint: "plugins: [{name: tfstate, config: {path: terraform.tfstate}}]")
        }
        return try entries.enumerated().map { index, entry in
            let member = { (key: String) in entry.objectValue?.member(caseInsensitive: key)?.value }
            guard let name = member("name")?.stringValue, !name.isEmpty else {
                throw ConfigError.missingKey(
                    path: path, keyPath: "plugins[\(index)].name", hint: "each plugin needs a name such as tfstate")
            }
            return PluginConfig(
                name: name, config: member("config") ?? .object(JSONObject()),
                funcPrefix: member("func_prefix")?.stringValue ?? "")
        }
    }
}
