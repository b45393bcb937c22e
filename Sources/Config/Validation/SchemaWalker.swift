import Documents

/// Walks a JSON document alongside an ``ECSSchema`` shape and collects issues in document order.
struct SchemaWalker {
    let schema: ECSSchema
    let path: String
    private(set) var issues: [ValidationIssue] = []

    init(schema: ECSSchema, path: String) {
        self.schema = schema
        self.path = path
    }

    mutating func report(_ keyPath: String, _ message: String, hint: String? = nil) {
        issues.append(
            ValidationIssue(
                path: path, keyPath: keyPath.isEmpty ? "(top level)" : keyPath, message: message, hint: hint))
    }

    /// Checks the members of `object` against structure `name`; keys in `ignoring` are skipped.
    mutating func checkObject(_ object: JSONObject, shape name: String, at keyPath: String, ignoring: Set<String> = [])
    {
        guard let shape = schema.shapes[name] else { return }
        var suggested: Set<String> = []
        for member in object {
            let memberPath = keyPath.isEmpty ? member.key : "\(keyPath).\(member.key)"
            guard let type = shape.members[member.key] else {
                if ignoring.contains(member.key) { continue }
                let suggestion = Suggestion.closest(to: member.key, in: shape.memberNames)
                if let suggestion { suggested.insert(suggestion) }
                report(memberPath, "unknown key", hint: suggestion.map { "did you mean \"\($0)\"?" })
                continue
            }
            check(member.value, as: type, at: memberPath)
        }
        // A misspelt required key is reported once, as the unknown key with its suggestion.
        for key in shape.required where object[key]?.isNull ?? true && !suggested.contains(key) {
            report(keyPath.isEmpty ? key : "\(keyPath).\(key)", "missing required key")
        }
    }

    /// Checks one value against `type`. `null` counts as absent and always passes here.
    mutating func check(_ value: JSONValue, as type: ECSSchema.FieldType, at keyPath: String) {
        switch (type, value) {
        case (_, .null):
            return
        case (.string, .string), (.boolean, .bool), (.double, .number), (.timestamp, .number), (.timestamp, .string):
            return
        case (.integer, .number(let text)):
            checkInteger(text, fits: Int64(Int32.min)...Int64(Int32.max), at: keyPath)
        case (.long, .number(let text)):
            checkInteger(text, fits: Int64.min...Int64.max, at: keyPath)
        case (.enumeration(let name), .string(let text)):
            checkEnum(text, values: schema.enums[name] ?? [], at: keyPath)
        case (.structure(let name), .object(let object)):
            checkObject(object, shape: name, at: keyPath)
        case (.list(let element), .array(let elements)):
            for (index, item) in elements.enumerated() { check(item, as: element, at: "\(keyPath)[\(index)]") }
        case (.map(let valueType), .object(let object)):
            for member in object { check(member.value, as: valueType, at: "\(keyPath)[\(Self.quoted(member.key))]") }
        default:
            report(
                keyPath, "expected \(Self.expected(type)), found \(Self.describe(value))", hint: fix(value, for: type))
        }
    }

    private mutating func checkInteger(_ text: String, fits range: ClosedRange<Int64>, at keyPath: String) {
        guard let number = Int64(text) else {
            report(keyPath, "expected integer, found number \(text)")
            return
        }
        if !range.contains(number) {
            report(keyPath, "integer \(text) is out of range \(range.lowerBound)...\(range.upperBound)")
        }
    }

    private mutating func checkEnum(_ text: String, values: [String], at keyPath: String) {
        guard !values.isEmpty, !values.contains(text) else { return }
        let suggestion = Suggestion.closest(to: text, in: values)
        report(
            keyPath, "invalid value \(Self.quoted(text)) (expected one of: \(values.joined(separator: ", ")))",
            hint: suggestion.map { "did you mean \(Self.quoted($0))?" })
    }

    /// A likely fix for a scalar of the wrong JSON type: quotes to add or remove.
    private func fix(_ value: JSONValue, for type: ECSSchema.FieldType) -> String? {
        switch (type, value) {
        case (.string, .number(let text)), (.enumeration, .number(let text)):
            return "write \(Self.quoted(text)) in quotes"
        case (.string, .bool(let flag)):
            return "write \(Self.quoted(String(flag))) in quotes"
        case (.integer, .string(let text)), (.long, .string(let text)):
            return Int64(text.trimmingSpaces) != nil ? "write \(text.trimmingSpaces) without quotes" : nil
        case (.double, .string(let text)):
            return Double(text.trimmingSpaces) != nil ? "write \(text.trimmingSpaces) without quotes" : nil
        case (.boolean, .string(let text)) where text == "true" || text == "false":
            return "write \(text) without quotes"
        case (.list, .string), (.list, .number), (.list, .bool), (.list, .object):
            return "wrap the value in [ ]"
        default:
            return nil
        }
    }

    /// How a schema type is named in messages.
    static func expected(_ type: ECSSchema.FieldType) -> String {
        switch type {
        case .string, .enumeration: "string"
        case .integer, .long: "integer"
        case .boolean: "boolean"
        case .double: "number"
        case .timestamp: "timestamp (number or string)"
        case .structure: "object"
        case .list: "array"
        case .map: "object of strings"
        }
    }

    /// How a found value is named in messages: its JSON type, and the value itself for scalars.
    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "string \(Self.quoted(text.count > 40 ? String(text.prefix(37)) + "..." : text))"
        case .number(let text): "number \(text)"
        case .bool(let flag): "boolean \(flag)"
        case .null, .array, .object: value.typeName
        }
    }

    /// `text` as a JSON-style double-quoted string (quotes and backslashes escaped).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            if character == "\"" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out + "\""
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
