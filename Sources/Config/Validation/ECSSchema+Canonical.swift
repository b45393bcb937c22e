import Documents

extension ECSSchema {
    /// Renames keys that match an API member only case-insensitively to the API's spelling
    /// (`desiredcount` → `desiredCount`), as Go's `encoding/json` matching accepts them; user maps
    /// (`dockerLabels`, `options` …) and unknown keys are left for validation to report.
    func canonicalizingKeys(_ value: JSONValue, as type: FieldType) -> JSONValue {
        switch (type, value) {
        case (.structure(let name), .object(let object)):
            guard let shape = shapes[name] else { return value }
            var lowered: [String: String] = [:]
            for member in shape.memberNames { lowered[member.lowercased()] = member }
            var out = JSONObject()
            for member in object {
                let key = shape.members[member.key] != nil ? member.key : lowered[member.key.lowercased()] ?? member.key
                if out[key] != nil { out[member.key] = member.value; continue }
                out[key] = shape.members[key].map { canonicalizingKeys(member.value, as: $0) } ?? member.value
            }
            return .object(out)
        case (.list(let element), .array(let elements)):
            return .array(elements.map { canonicalizingKeys($0, as: element) })
        default:
            return value
        }
    }
}

extension DefinitionValidator {
    /// A task definition with keys in the API's spelling where they differ only in case.
    public func canonicalTaskDefinitionKeys(_ json: JSONValue) -> JSONValue {
        canonical(json, root: "taskDefinition")
    }

    /// A service definition with keys in the API's spelling where they differ only in case.
    public func canonicalServiceDefinitionKeys(_ json: JSONValue) -> JSONValue {
        canonical(json, root: "service")
    }

    private func canonical(_ json: JSONValue, root: String) -> JSONValue {
        let schema = ECSSchema.shared
        guard let shape = schema.roots[root] else { return json }
        return schema.canonicalizingKeys(json, as: .structure(shape))
    }
}
