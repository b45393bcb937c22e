import AWSCore
import Documents

/// `ECSAPI` over the awsJson1.1 protocol.
public struct ECSClient: ECSAPI {
    let client: AWSClient

    /// Creates an ECS client sharing `client`'s credentials, region and connection pool.
    public init(client: AWSClient) { self.client = client }

    func call(_ operation: String, _ input: JSONValue) async throws -> JSONValue {
        try await client.json(.ecs, operation, input)
    }

    /// `DescribeServices` for one service (with tags); nil when ECS reports it MISSING.
    public func describeService(cluster: String, service: String) async throws -> ServiceSnapshot? {
        let reply = try await call(
            "DescribeServices",
            ["cluster": .string(cluster), "services": [.string(service)], "include": ["TAGS"]])
        guard let first = reply["services"]?.arrayValue?.first else { return nil }
        return ServiceSnapshot(json: first)
    }

    /// `RegisterTaskDefinition`; returns the registered `taskDefinition` object.
    public func registerTaskDefinition(_ input: JSONValue) async throws -> JSONValue {
        try await call("RegisterTaskDefinition", input)["taskDefinition"] ?? .null
    }

    /// `DescribeTaskDefinition` (with tags); returns the `taskDefinition` object.
    public func describeTaskDefinition(_ nameOrARN: String) async throws -> JSONValue {
        try await call("DescribeTaskDefinition", ["taskDefinition": .string(nameOrARN), "include": ["TAGS"]])[
            "taskDefinition"] ?? .null
    }

    /// The newest ACTIVE revision of `family`.
    ///
    /// DescribeTaskDefinition with the bare family returns the latest ACTIVE revision in one call
    /// (ListTaskDefinitions with `sort=DESC` would do too, but some emulators ignore the sort).
    public func latestTaskDefinitionARN(family: String) async throws -> String? {
        do {
            return try await describeTaskDefinition(family)["taskDefinitionArn"]?.stringValue
        } catch let error as AWSError where error.code == "ClientException" {
            return nil
        }
    }

    /// `CreateService`; returns the created service.
    public func createService(_ input: JSONValue) async throws -> ServiceSnapshot {
        ServiceSnapshot(json: try await call("CreateService", input)["service"] ?? .null)
    }

    /// `UpdateService`; returns the updated service.
    public func updateService(_ input: JSONValue) async throws -> ServiceSnapshot {
        ServiceSnapshot(json: try await call("UpdateService", input)["service"] ?? .null)
    }

    /// `TagResource`.
    public func tagResource(arn: String, tags: [ResourceTag]) async throws {
        _ = try await call("TagResource", ["resourceArn": .string(arn), "tags": .array(tags.map(\.json))])
    }

    /// `UntagResource`.
    public func untagResource(arn: String, keys: [String]) async throws {
        _ = try await call(
            "UntagResource", ["resourceArn": .string(arn), "tagKeys": .array(keys.map(JSONValue.string))])
    }
}
