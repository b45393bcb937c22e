import Documents
import Foundation

/// Loads task and service definition files into the ECS API's JSON shape.
///
/// Accepts what users actually keep in their repos: camelCase or PascalCase keys, and the raw
/// output of `aws ecs describe-task-definition` / `describe-services` (wrapper objects and
/// read-only fields are dropped).
public struct DefinitionLoader: Sendable {
    /// Renders the file text before parsing.
    public var renderer: any TextRenderer
    /// Checks definitions against the ECS API shapes (unknown keys, types, enums).
    public var validator = DefinitionValidator()

    /// Evaluates `.jsonnet` definitions before templating.
    public var jsonnet: JsonnetStage?

    /// Creates a loader.
    public init(renderer: any TextRenderer = PassthroughRenderer(), jsonnet: JsonnetStage? = nil) {
        self.renderer = renderer
        self.jsonnet = jsonnet
    }

    /// Loads and validates both definitions, reporting every problem of both files at once,
    /// so nothing is sent to AWS while either is wrong.
    public func loadBoth(taskDefinitionPath: String?, serviceDefinitionPath: String?) throws -> (
        taskDefinition: JSONValue?, serviceDefinition: JSONValue?
    ) {
        let task = try taskDefinitionPath.map { try taskDefinition(path: $0, validate: false) }
        let service = try serviceDefinitionPath.map { try serviceDefinition(path: $0, validate: false) }
        var issues: [ValidationIssue] = []
        if let task, let path = taskDefinitionPath { issues += validator.validateTaskDefinition(task, path: path) }
        if let service, let path = serviceDefinitionPath {
            issues += validator.validateServiceDefinition(service, path: path)
        }
        try ValidationError.check(issues)
        return (task, service)
    }

    /// Fields ECS adds to a registered task definition that RegisterTaskDefinition does not take.
    public static let readOnlyTaskDefinitionKeys: Set<String> = [
        "taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities", "registeredAt",
        "registeredBy", "deregisteredAt",
    ]

    /// Loads a task definition as a RegisterTaskDefinition input, validated unless `validate` is false.
    public func taskDefinition(path: String, validate: Bool = true) throws -> JSONValue {
        var root = try load(path: path)
        var outerTags: JSONValue?
        if case .object(let object) = root, let wrapped = object.member(caseInsensitive: "taskDefinition"),
            case .object = wrapped.value
        {
            outerTags = object.member(caseInsensitive: "tags")?.value
            root = wrapped.value
        }
        guard case .object(var object) = validator.canonicalTaskDefinitionKeys(APIKeyCase.normalize(root)) else {
            throw ConfigError.invalidValue(
                path: path, keyPath: "(top level)", reason: "expected an object, found \(root.typeName)",
                hint: "a task definition is a JSON object with family and containerDefinitions")
        }
        for key in Self.readOnlyTaskDefinitionKeys { object.removeValue(forKey: key) }
        if object["tags"] == nil, let outerTags, case .array(let tags) = APIKeyCase.normalize(outerTags), !tags.isEmpty
        {
            object["tags"] = .array(tags)
        }
        if validate { try validator.checkTaskDefinition(.object(object), path: path) }
        return .object(object)
    }

    /// Loads a service definition (CreateService-shaped JSON, read-only fields kept for the caller to
    /// filter), validated unless `validate` is false.
    public func serviceDefinition(path: String, validate: Bool = true) throws -> JSONValue {
        var root = try load(path: path)
        if case .object(let object) = root, let services = object.member(caseInsensitive: "services")?.value,
            case .array(let list) = services, let first = list.first
        {
            root = first
        } else if case .object(let object) = root, let wrapped = object.member(caseInsensitive: "service"),
            case .object = wrapped.value
        {
            root = wrapped.value
        }
        let normalized = validator.canonicalServiceDefinitionKeys(APIKeyCase.normalize(root))
        guard case .object = normalized else {
            throw ConfigError.invalidValue(
                path: path, keyPath: "(top level)", reason: "expected an object, found \(root.typeName)",
                hint: "a service definition is a JSON object such as {\"launchType\": \"FARGATE\", …}")
        }
        var result = normalized
        // `tags: []` means "no tags" (remove them); normalisation drops empty arrays, so restore it.
        if case .object(let raw) = root, let tags = raw.member(caseInsensitive: "tags")?.value,
            tags.arrayValue?.isEmpty == true
        {
            result["tags"] = .array([])
        }
        if validate { try validator.checkServiceDefinition(result, path: path) }
        return result
    }

    func load(path: String) throws -> JSONValue {
        var text = try DocumentReader.readText(path)
        if (path as NSString).pathExtension.lowercased() == "jsonnet" {
            guard let jsonnet else {
                throw ConfigError.invalidValue(
                    path: path, keyPath: "(file name)", reason: "Jsonnet is not enabled for this loader", hint: "")
            }
            text = try jsonnet.evaluate(path: path)
        }
        let rendered = try renderer.render(path: path, text: text)
        return try DocumentReader.parse(rendered, path: path)
    }
}

/// The key-case rule of the ECS JSON model: first letter lower-cased (`Cpu` → `cpu`,
/// `EnableECSManagedTags` → `enableECSManagedTags`), except inside user maps, and nulls and empty
/// arrays dropped — the shape ecspresso sends and prints.
public enum APIKeyCase {
    /// Keys whose values are user-defined maps, left exactly as written.
    public static let userMapKeys: Set<String> = ["dockerlabels", "options", "driveropts", "labels"]

    /// Normalises `value` recursively.
    public static func normalize(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            var out = JSONObject()
            for member in object {
                if member.value.isNull { continue }
                if case .array(let a) = member.value, a.isEmpty { continue }
                let key = lowerFirst(member.key)
                out[key] = userMapKeys.contains(member.key.lowercased()) ? member.value : normalize(member.value)
            }
            return .object(out)
        case .array(let elements):
            return .array(elements.map(normalize))
        default:
            return value
        }
    }

    /// `Foo` → `foo`; keys already starting lower-case are unchanged.
    public static func lowerFirst(_ key: String) -> String {
        guard let first = key.first, first.isUppercase else { return key }
        return first.lowercased() + key.dropFirst()
    }
}
