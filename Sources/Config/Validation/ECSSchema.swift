import Documents

/// The ECS request shapes ecswift validates definitions against, generated from botocore's ECS
/// model by `scripts/gen_ecs_schema.py` into `ECSSchema+Generated.swift` and parsed once, lazily.
struct ECSSchema: Sendable {
    /// The type of one structure member.
    indirect enum FieldType: Sendable, Equatable {
        case string
        case integer
        case long
        case boolean
        case double
        case timestamp
        /// A string limited to the values of the named enum.
        case enumeration(String)
        /// An object of the named structure.
        case structure(String)
        case list(FieldType)
        /// An object with arbitrary string keys.
        case map(FieldType)

        /// Parses a type token of the generated schema (`list:struct:PortMapping`).
        init?(token: Substring) {
            let (kind, rest) =
                token.firstIndex(of: ":").map { (token[..<$0], token[token.index(after: $0)...]) } ?? (token, "")
            switch kind {
            case "string": self = .string
            case "integer": self = .integer
            case "long": self = .long
            case "boolean": self = .boolean
            case "double": self = .double
            case "timestamp": self = .timestamp
            case "enum": self = .enumeration(String(rest))
            case "struct": self = .structure(String(rest))
            case "list": guard let element = FieldType(token: rest) else { return nil }; self = .list(element)
            case "map": guard let value = FieldType(token: rest) else { return nil }; self = .map(value)
            default: return nil
            }
        }
    }

    /// One structure: its members and which of them must be present.
    struct Shape: Sendable {
        var members: [String: FieldType]
        var required: [String]
        /// Member names, sorted, for suggestions.
        var memberNames: [String]
    }

    /// Validation entry point (`taskDefinition`, `service`, `taskOverride`) → structure name.
    var roots: [String: String]
    /// Entry point → keys of describe-* output that the request does not take.
    var readOnly: [String: Set<String>]
    /// Enum name → allowed values in model order.
    var enums: [String: [String]]
    /// Structure name → shape.
    var shapes: [String: Shape]

    /// The generated schema, parsed on first use.
    static let shared: ECSSchema = {
        do {
            return try ECSSchema(json: generatedJSON)
        } catch {
            preconditionFailure("ECSSchema+Generated.swift is corrupt: \(error)")
        }
    }()

    /// Why the schema text could not be read.
    struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    /// Parses schema JSON in the format written by `scripts/gen_ecs_schema.py`.
    init(json: String) throws {
        guard case .object(let root) = try JSONValue.parse(json) else {
            throw FormatError(description: "not an object")
        }
        roots = [:]
        for member in root["roots"]?.objectValue ?? JSONObject() {
            roots[member.key] = member.value.stringValue
        }
        readOnly = [:]
        for member in root["readOnly"]?.objectValue ?? JSONObject() {
            readOnly[member.key] = Set((member.value.arrayValue ?? []).compactMap(\.stringValue))
        }
        enums = [:]
        for member in root["enums"]?.objectValue ?? JSONObject() {
            enums[member.key] = (member.value.arrayValue ?? []).compactMap(\.stringValue)
        }
        shapes = [:]
        for member in root["shapes"]?.objectValue ?? JSONObject() {
            var fields: [String: FieldType] = [:]
            for field in member.value["members"]?.objectValue ?? JSONObject() {
                guard let token = field.value.stringValue, let type = FieldType(token: token[...]) else {
                    throw FormatError(description: "\(member.key).\(field.key): bad type")
                }
                fields[field.key] = type
            }
            let required = (member.value["required"]?.arrayValue ?? []).compactMap(\.stringValue)
            shapes[member.key] = Shape(members: fields, required: required, memberNames: fields.keys.sorted())
        }
        for (name, shape) in roots where shapes[shape] == nil {
            throw FormatError(description: "root \(name): no shape \(shape)")
        }
    }
}
