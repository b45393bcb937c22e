import Documents

/// Which ECS structure a definition is printed as.
public enum RenderShape: Sendable, Equatable {
    /// A task definition, as `RegisterTaskDefinitionInput`.
    case taskDefinition
    /// A service definition, as ecspresso's `Service` (`types.Service` plus `serviceConnectConfiguration`,
    /// `volumeConfigurations` and a pointer `desiredCount`); `serviceName` is forced to the config's service.
    case serviceDefinition(serviceName: String)

    var rootKey: String {
        switch self {
        case .taskDefinition: "taskDefinition"
        case .serviceDefinition: "service"
        }
    }
}

/// ecspresso's `MarshalJSONForAPI`: the canonical JSON `render`, `init` and `diff` print.
///
/// The Go pipeline decodes a definition into aws-sdk-go-v2 structs and marshals them back, so the
/// output has: members matched case-insensitively and spelt as the API spells them (unknown members
/// gone); value-typed members that were never written present with their zero value (`"cpu": 0`,
/// `"protocol": ""`, `"enable": false`); nulls and empty arrays dropped everywhere (`{}`, `""`, `0`
/// and `false` kept); keys sorted in byte order; two-space indent; `<`, `>`, `&` escaped; numbers
/// as Go prints a float64; timestamps in RFC 3339 with trimmed fractions; a final newline.
///
/// User maps (`dockerLabels`, `options`, `driverOpts`, `labels`) keep their keys exactly. ecspresso
/// v2.3 upper-cases the first letter of `driverOpts`/`labels` keys on the way in (its hazard #11),
/// so it prints `"type"` for a written `"Type"`; ecswift prints what was written.
public enum APIJSON {
    /// The canonical text of `value` printed as `shape`, newline-terminated.
    public static func render(_ value: JSONValue, shape: RenderShape) -> String {
        JSONWriter(indent: "  ", escapeHTML: true, sortKeys: true).string(canonical(value, shape: shape)) + "\n"
    }

    /// The canonical document of `value` printed as `shape` (keys in written order; the writer sorts).
    public static func canonical(_ value: JSONValue, shape: RenderShape) -> JSONValue {
        let shapes = APIShapes.shared
        guard let root = shapes.roots[shape.rootKey] else { return value }
        var walker = Walker(shapes: shapes)
        var result = walker.walk(value, as: .structure(root))
        if case .serviceDefinition(let serviceName) = shape {
            result["serviceName"] = .string(serviceName)
        }
        return result
    }

    /// The keys Go's decoder would ignore (`containerDefinitions[0].foo`), for a warning.
    public static func unknownKeys(_ value: JSONValue, shape: RenderShape) -> [String] {
        let shapes = APIShapes.shared
        guard let root = shapes.roots[shape.rootKey] else { return [] }
        var walker = Walker(shapes: shapes)
        _ = walker.walk(value, as: .structure(root))
        return walker.unknown
    }

    /// Walks a document alongside its shape, collecting what Go would have dropped.
    struct Walker {
        let shapes: APIShapes
        var unknown: [String] = []
        var path: [String] = []

        mutating func walk(_ value: JSONValue, as type: ECSSchema.FieldType) -> JSONValue {
            switch (type, value) {
            case (.structure(let name), .object(let object)):
                return .object(structure(object, shape: name))
            case (.list(let element), .array(let elements)):
                return .array(
                    elements.enumerated().map { index, item in
                        path.append("[\(index)]")
                        defer { path.removeLast() }
                        return item.isNull ? Self.zero(of: element, shapes: shapes) : walk(item, as: element)
                    })
            case (.map(let valueType), .object(let object)):
                // Go map keys are printed as written; a null value decodes to the element's zero value.
                return .object(
                    object.mapValues { item in
                        item.isNull ? Self.zero(of: valueType, shapes: shapes) : item
                    })
            case (.integer, .number(let text)), (.long, .number(let text)), (.double, .number(let text)):
                return .number(GoValues.number(text))
            case (.timestamp, .string(let text)):
                return .string(GoValues.timestamp(text) ?? text)
            default:
                return value
            }
        }

        mutating func structure(_ object: JSONObject, shape name: String) -> JSONObject {
            guard let shape = shapes.shapes[name] else { return object }
            var out = JSONObject()
            for member in object {
                guard
                    let key = shape.members[member.key] != nil
                        ? member.key : shape.membersByLowercasedName[member.key.lowercased()],
                    let type = shape.members[key]
                else {
                    unknown.append(
                        (path + [member.key]).joined(separator: ".").replacingOccurrences(of: ".[", with: "["))
                    continue
                }
                if member.value.isNull {
                    out[key] = nil
                    continue
                }
                path.append(key)
                let converted = walk(member.value, as: type)
                path.removeLast()
                if case .array(let elements) = converted, elements.isEmpty {
                    out[key] = nil
                    continue
                }
                out[key] = converted
            }
            for zero in shape.zeros where out[zero.name] == nil {
                out[zero.name] = zero.value
            }
            return out
        }

        /// The JSON Go prints for a zero value of `type` held by value (a slice element or map value).
        static func zero(of type: ECSSchema.FieldType, shapes: APIShapes) -> JSONValue {
            switch type {
            case .string, .enumeration: return .string("")
            case .integer, .long, .double: return .number("0")
            case .boolean: return .bool(false)
            case .structure(let name):
                var walker = Walker(shapes: shapes)
                return .object(walker.structure(JSONObject(), shape: name))
            case .timestamp: return .string("0001-01-01T00:00:00Z")
            case .list, .map: return .null
            }
        }
    }
}
