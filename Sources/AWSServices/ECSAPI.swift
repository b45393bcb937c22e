import Documents

/// The ECS operations ecswift calls, and nothing more.
///
/// Inputs and outputs are the API's own JSON shapes, so task and service definitions pass through
/// untouched; `ServiceSnapshot` is the typed view the deploy logic reasons about.
public protocol ECSAPI: Sendable {
    /// `DescribeServices` for one service (with tags); nil when ECS reports it MISSING.
    func describeService(cluster: String, service: String) async throws -> ServiceSnapshot?
    /// `RegisterTaskDefinition`; returns the registered `taskDefinition` object.
    func registerTaskDefinition(_ input: JSONValue) async throws -> JSONValue
    /// `DescribeTaskDefinition` (with tags); returns the `taskDefinition` object.
    func describeTaskDefinition(_ nameOrARN: String) async throws -> JSONValue
    /// The ARN of the newest ACTIVE revision of `family`, or nil when it has none.
    func latestTaskDefinitionARN(family: String) async throws -> String?
    /// `CreateService`; returns the created service.
    func createService(_ input: JSONValue) async throws -> ServiceSnapshot
    /// `UpdateService`; returns the updated service.
    func updateService(_ input: JSONValue) async throws -> ServiceSnapshot
    /// `TagResource`.
    func tagResource(arn: String, tags: [ResourceTag]) async throws
    /// `UntagResource`.
    func untagResource(arn: String, keys: [String]) async throws
}

/// One `{key, value}` tag.
public struct ResourceTag: Sendable, Hashable {
    /// The tag key.
    public var key: String
    /// The tag value.
    public var value: String

    /// Creates a tag.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    /// The API's JSON form.
    public var json: JSONValue { ["key": .string(key), "value": .string(value)] }

    /// Reads `[{key, value}]` (either case), skipping malformed entries.
    public static func list(from json: JSONValue?) -> [ResourceTag] {
        (json?.arrayValue ?? []).compactMap { entry in
            guard let object = entry.objectValue,
                let key = object.member(caseInsensitive: "key")?.value.stringValue
            else { return nil }
            return ResourceTag(key: key, value: object.member(caseInsensitive: "value")?.value.stringValue ?? "")
        }
    }
}
