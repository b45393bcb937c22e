import Config
import Documents

/// How a parsed document maps onto typed fields, mirroring the Go decoders ecschedule uses.
struct DecodingRules: Sendable {
    /// The file, for messages.
    var path: String
    /// encoding/json (JSON and Jsonnet configs) matches keys case-insensitively; goccy/go-yaml does not.
    var caseInsensitiveKeys: Bool
    /// goccy/go-yaml reads a number or boolean into a string field as its text; encoding/json refuses.
    var scalarsAsStrings: Bool
}

/// Reads one mapping of the document: typed getters that name the key path in errors, and an
/// unknown-key check with a did-you-mean hint (ecschedule ignores unknown keys; ecswift refuses them).
struct FieldReader {
    let rules: DecodingRules
    let keyPath: String
    private var values: [String: JSONValue] = [:]

    /// Reads `value` at `keyPath` as a mapping whose keys must be among `known`.
    init(_ value: JSONValue, at keyPath: String, known: [String], rules: DecodingRules) throws {
        self.rules = rules
        self.keyPath = keyPath
        guard case .object(let object) = value else {
            throw ConfigError.invalidValue(
                path: rules.path, keyPath: keyPath.isEmpty ? "(top level)" : keyPath,
                reason: "expected a mapping, found \(value.typeName)", hint: "write key: value pairs here")
        }
        for member in object {
            let match =
                rules.caseInsensitiveKeys
                ? known.first { $0.lowercased() == member.key.lowercased() } : known.first { $0 == member.key }
            guard let key = match else {
                throw ConfigError.invalidValue(
                    path: rules.path, keyPath: child(member.key), reason: "unknown key",
                    hint: Self.unknownKeyHint(member.key, known: known))
            }
            values[key] = member.value
        }
    }

    static func unknownKeyHint(_ key: String, known: [String]) -> String {
        if let suggestion = Suggestion.closest(to: key, in: known) {
            return "did you mean \"\(suggestion)\"? ecschedule would silently ignore this key"
        }
        return "known keys here: " + known.joined(separator: ", ")
    }

    /// The key path of `key` below this mapping.
    func child(_ key: String) -> String { keyPath.isEmpty ? key : keyPath + "." + key }

    /// The raw value of `key`; nil when absent or `null` (Go leaves the zero value).
    func value(_ key: String) -> JSONValue? {
        guard let value = values[key], !value.isNull else { return nil }
        return value
    }

    func string(_ key: String) throws -> String? {
        guard let value = value(key) else { return nil }
        return try Self.string(value, at: child(key), rules: rules)
    }

    static func string(_ value: JSONValue, at keyPath: String, rules: DecodingRules) throws -> String {
        switch value {
        case .string(let text): return text
        case .number(let text) where rules.scalarsAsStrings: return text
        case .bool(let flag) where rules.scalarsAsStrings: return flag ? "true" : "false"
        default:
            throw ConfigError.invalidValue(
                path: rules.path, keyPath: keyPath, reason: "expected a string, found \(value.typeName)",
                hint: "quote the value")
        }
    }

    func bool(_ key: String) throws -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .bool(let flag) = value else {
            throw ConfigError.invalidValue(
                path: rules.path, keyPath: child(key), reason: "expected true or false, found \(value.typeName)",
                hint: "write true or false without quotes")
        }
        return flag
    }

    func int32(_ key: String) throws -> Int32? {
        guard let value = value(key) else { return nil }
        guard case .number(let text) = value, let number = Int32(text) else {
            let found = value.typeName == "number" ? "\(value.compactText)" : value.typeName
            throw ConfigError.invalidValue(
                path: rules.path, keyPath: child(key), reason: "expected a whole number, found \(found)",
                hint: "write an integer between \(Int32.min) and \(Int32.max), without quotes")
        }
        return number
    }

    func strings(_ key: String) throws -> [String]? {
        guard let value = value(key) else { return nil }
        guard case .array(let items) = value else {
            throw ConfigError.invalidValue(
                path: rules.path, keyPath: child(key), reason: "expected a list, found \(value.typeName)",
                hint: "write a list such as [a, b]")
        }
        return try items.enumerated().map { index, item in
            try Self.string(item, at: "\(child(key))[\(index)]", rules: rules)
        }
    }

    func stringMap(_ key: String) throws -> [String: String]? {
        guard let value = value(key) else { return nil }
        guard case .object(let object) = value else {
            throw ConfigError.invalidValue(
                path: rules.path, keyPath: child(key), reason: "expected a mapping, found \(value.typeName)",
                hint: "write NAME: value pairs")
        }
        var result: [String: String] = [:]
        for member in object {
            // Go decodes a null map value as the zero value, "".
            result[member.key] =
                member.value.isNull
                ? "" : try Self.string(member.value, at: child(key) + "." + member.key, rules: rules)
        }
        return result
    }

    /// The mapping under `key`, checked against `known`.
    func object(_ key: String, known: [String]) throws -> FieldReader? {
        guard let value = value(key) else { return nil }
        return try FieldReader(value, at: child(key), known: known, rules: rules)
    }

    /// The list under `key`: each element with its key path.
    func list(_ key: String) throws -> [(value: JSONValue, keyPath: String)]? {
        guard let value = value(key) else { return nil }
        guard case .array(let items) = value else {
            throw ConfigError.invalidValue(
                path: rules.path, keyPath: child(key), reason: "expected a list, found \(value.typeName)",
                hint: "start each entry with '- '")
        }
        return items.enumerated().map { ($1, "\(child(key))[\($0)]") }
    }
}
