import Documents

/// Checks task and service definitions against the ECS API's request shapes before any AWS call.
///
/// Input is the normalised JSON of ``DefinitionLoader`` / ``APIKeyCase`` (first letter of every key
/// lower-cased, nulls and empty arrays dropped). Reports, in document order:
/// - unknown keys, with a "did you mean" suggestion when one is close;
/// - values of the wrong type (`"cpu": "abc"` in a container, `"cpu": 256` at the task's top level,
///   where the API takes a string such as `"256"` or `"1 vCPU"`);
/// - strings outside an enum (`"networkMode": "awsvpcc"`), listing the valid values;
/// - missing required keys (`family`, `containerDefinitions[0].name` …).
///
/// Read-only fields of `describe-task-definition` / `describe-services` output (`taskDefinitionArn`,
/// `revision`, `serviceArn`, `deployments`, `events` …) are ignored, so raw describe output passes.
public struct DefinitionValidator: Sendable {
    /// Creates a validator over the generated ECS schema.
    public init() {}

    /// Validates a RegisterTaskDefinition-shaped task definition (unwrap `taskDefinition` first).
    public func validateTaskDefinition(_ json: JSONValue, path: String) -> [ValidationIssue] {
        validate(json, root: "taskDefinition", path: path, alsoIgnoring: DefinitionLoader.readOnlyTaskDefinitionKeys)
    }

    /// Validates a service definition: members of CreateService or UpdateService. The service
    /// name and cluster come from the config, so they are not required here.
    public func validateServiceDefinition(_ json: JSONValue, path: String) -> [ValidationIssue] {
        validate(json, root: "service", path: path, alsoIgnoring: [])
    }

    /// Validates RunTask `overrides` (a TaskOverride: `containerOverrides`, `cpu`, `taskRoleArn` …).
    public func validateTaskOverride(_ json: JSONValue, path: String) -> [ValidationIssue] {
        validate(json, root: "taskOverride", path: path, alsoIgnoring: [])
    }

    /// Validates and throws one ``ValidationError`` listing every issue of the task definition.
    public func checkTaskDefinition(_ json: JSONValue, path: String) throws(ValidationError) {
        try ValidationError.check(validateTaskDefinition(json, path: path))
    }

    /// Validates and throws one ``ValidationError`` listing every issue of the service definition.
    public func checkServiceDefinition(_ json: JSONValue, path: String) throws(ValidationError) {
        try ValidationError.check(validateServiceDefinition(json, path: path))
    }

    private func validate(_ json: JSONValue, root: String, path: String, alsoIgnoring: Set<String>)
        -> [ValidationIssue]
    {
        let schema = ECSSchema.shared
        guard let shape = schema.roots[root] else { return [] }
        var walker = SchemaWalker(schema: schema, path: path)
        let ignored = (schema.readOnly[root] ?? []).union(alsoIgnoring)
        guard case .object(let object) = json else {
            walker.report("", "expected an object, found \(SchemaWalker.describe(json))")
            return walker.issues
        }
        walker.checkObject(object, shape: shape, at: "", ignoring: ignored)
        return walker.issues
    }
}
