import Documents

/// A small emitter that prints YAML the way goccy/go-yaml's encoder (v1.11, ecspresso v2.3) does for
/// the config: block style, two-space indent, sequences not indented under their key, map keys
/// sorted, strings double-quoted (Go `strconv.Quote`) only when `token.IsNeedQuoted` says so.
enum GoYAML {
    /// One `key: value` line (or block) at `indent` spaces, for a struct field.
    static func field(_ key: String, _ value: JSONValue, indent: Int = 0) -> String {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .object(let object) where !object.isEmpty:
            return pad + scalar(key) + ":\n" + mapping(object.sortedByKey(), indent: indent + 2)
        case .array(let items) where !items.isEmpty:
            return pad + scalar(key) + ":\n" + sequence(items, indent: indent)
        default:
            return pad + scalar(key) + ": " + inline(value) + "\n"
        }
    }

    static func mapping(_ object: JSONObject, indent: Int) -> String {
        object.map { field($0.key, $0.value, indent: indent) }.joined()
    }

    static func sequence(_ items: [JSONValue], indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return items.map { item -> String in
            switch item {
            case .object(let object) where !object.isEmpty:
                // The first member shares the "- " line; the rest align under it.
                let body = mapping(object.sortedByKey(), indent: indent + 2)
                return pad + "- " + body.dropFirst(indent + 2)
            case .array(let inner) where !inner.isEmpty:
                return pad + "-\n" + sequence(inner, indent: indent + 2)
            default:
                return pad + "- " + inline(item) + "\n"
            }
        }.joined()
    }

    static func inline(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .number(let text): float(text)
        case .string(let s): scalar(s)
        case .array: "[]"
        case .object: "{}"
        }
    }

    /// A config number: decoded by `encoding/json` into float64, encoded by goccy with
    /// `strconv.FormatFloat(v, 'g', -1, 64)` plus `.0` when that has neither `.` nor `e`.
    static func float(_ text: String) -> String {
        guard let value = Double(text), value.isFinite else { return text }
        if value == 0 { return "0.0" }
        let (digits, point) = GoValues.shortestDigits(abs(value))
        let sign = value < 0 ? "-" : ""
        let exponent = point - 1
        // Shortest 'g' decides with precision 6: 1e+06, 123456.0, 0.0001, 1e-05.
        if exponent < -4 || exponent >= 6 {
            let mantissa = digits.count > 1 ? "\(digits.prefix(1)).\(digits.dropFirst())" : digits
            let e = abs(exponent) < 10 ? "0\(abs(exponent))" : "\(abs(exponent))"
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + e
        }
        let plain = String(GoValues.float64(abs(value)))
        return sign + plain + (plain.contains(".") ? "" : ".0")
    }

    /// A string scalar, quoted when goccy's `IsNeedQuoted` (v1.11) requires it.
    static func scalar(_ s: String) -> String {
        needsQuotes(s) ? quote(s) : s
    }

    static let reserved: Set<String> = [
        "null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False", "FALSE", ".inf", ".Inf", ".INF",
        "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN",
    ]

    static func needsQuotes(_ s: String) -> Bool {
        guard let first = s.first, let last = s.last else { return true }
        if reserved.contains(s) || looksLikeNumber(s) || s.contains("\n") { return true }
        if "*&[{}],!|>%'\"@".contains(first) || last == ":" { return true }
        if s.allSatisfy({ $0 == ":" || $0.isASCII && $0.isNumber }) && first != "0" { return true }
        return s.contains("#") || s.contains("\\") || s.contains(": ")
    }

    /// goccy's number check, for the spellings configs use: `1`, `-1.5`, `1e3`, `0x1f`, `1_000`.
    static func looksLikeNumber(_ s: String) -> Bool {
        var body = Substring(s)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        if body.hasPrefix("0x") || body.hasPrefix("0o") || body.hasPrefix("0b") {
            return body.count > 2 && body.dropFirst(2).allSatisfy { $0.isHexDigit || $0 == "_" }
        }
        guard let first = body.first, first.isNumber || first == "." else { return false }
        let cleaned = body.replacingOccurrences(of: "_", with: "")
        return Double(cleaned) != nil && !cleaned.lowercased().contains("inf") && !cleaned.lowercased().contains("nan")
    }

    /// Go's `strconv.Quote` for printable text: `\"`, `\\`, `\n`, `\t`, `\r`, other controls as `\x..`.
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7f {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\x" + (hex.count < 2 ? "0" : "") + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
