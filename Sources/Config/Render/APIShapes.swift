import Documents

/// The ECS structures `render` prints, generated from botocore's model by
/// `scripts/gen_ecs_schema.py` into `APIShapes+Generated.swift` and parsed once, lazily.
///
/// Besides member types, each structure lists its Go value-type members with their zero JSON:
/// aws-sdk-go-v2 declares them without a pointer, so ecspresso prints them even when unset.
struct APIShapes: Sendable {
    /// One structure: member types, and the zero value of each value-typed member.
    struct Shape: Sendable {
        /// Member name → type.
        var members: [String: ECSSchema.FieldType]
        /// Lower-cased member name → member name, for Go's case-insensitive field matching.
        var membersByLowercasedName: [String: String]
        /// Value-typed member → the JSON Go prints for its zero value (`""`, `0`, `false`).
        var zeros: [(name: String, value: JSONValue)]
    }

    /// `taskDefinition` / `service` → structure name.
    var roots: [String: String]
    /// Structure name → shape.
    var shapes: [String: Shape]

    /// The generated shapes, parsed on first use.
    static let shared: APIShapes = {
        do {
            return try APIShapes(json: generatedJSON)
        } catch {
            preconditionFailure("APIShapes+Generated.swift is corrupt: \(error)")
        }
    }()

    /// Parses shape JSON in the format written by `scripts/gen_ecs_schema.py`.
    init(json: String) throws {
        guard case .object(let root) = try JSONValue.parse(json) else {
            throw ECSSchema.FormatError(description: "not an object")
        }
        roots = [:]
        for member in root["roots"]?.objectValue ?? JSONObject() {
            roots[member.key] = member.value.stringValue
        }
        shapes = [:]
        for member in root["shapes"]?.objectValue ?? JSONObject() {
            var fields: [String: ECSSchema.FieldType] = [:]
            var lowercased: [String: String] = [:]
            for field in member.value["members"]?.objectValue ?? JSONObject() {
                guard let token = field.value.stringValue, let type = ECSSchema.FieldType(token: token[...]) else {
                    throw ECSSchema.FormatError(description: "\(member.key).\(field.key): bad type")
                }
                fields[field.key] = type
                lowercased[field.key.lowercased()] = field.key
            }
            let zeros = (member.value["zero"]?.objectValue ?? JSONObject()).map { (name: $0.key, value: $0.value) }
            shapes[member.key] = Shape(members: fields, membersByLowercasedName: lowercased, zeros: zeros)
        }
        for (name, shape) in roots where shapes[shape] == nil {
            throw ECSSchema.FormatError(description: "root \(name): no shape \(shape)")
        }
    }
}
