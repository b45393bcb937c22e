/// Writes `JSONValue` the way Go's `encoding/json` does, so output matches ecspresso byte for byte.
public struct JSONWriter: Sendable {
    /// Indentation per level; empty for compact output (`json.Marshal`).
    public var indent: String
    /// Escape `<`, `>` and `&` as `\u003c` … (Go's default `SetEscapeHTML(true)`).
    public var escapeHTML: Bool
    /// Sort object keys in byte order (Go map semantics) instead of keeping insertion order.
    public var sortKeys: Bool

    /// Creates a writer. Defaults: two-space indent, HTML escaping, keys in written order.
    public init(indent: String = "  ", escapeHTML: Bool = true, sortKeys: Bool = false) {
        self.indent = indent
        self.escapeHTML = escapeHTML
        self.sortKeys = sortKeys
    }

    /// A compact writer, like `json.Marshal`.
    public static let compact = JSONWriter(indent: "")

    /// Renders `value`; indented output has no trailing newline.
    public func string(_ value: JSONValue) -> String {
        var out = ""
        write(value, level: 0, into: &out)
        return out
    }

    func write(_ value: JSONValue, level: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .string(let s): writeString(s, into: &out)
        case .array(let a):
            if a.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (i, element) in a.enumerated() {
                if i > 0 { out += "," }
                newline(level + 1, &out)
                write(element, level: level + 1, into: &out)
            }
            newline(level, &out)
            out += "]"
        case .object(let o):
            let object = sortKeys ? o.sortedByKey() : o
            if object.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (i, member) in object.enumerated() {
                if i > 0 { out += "," }
                newline(level + 1, &out)
                writeString(member.key, into: &out)
                out += indent.isEmpty ? ":" : ": "
                write(member.value, level: level + 1, into: &out)
            }
            newline(level, &out)
            out += "}"
        }
    }

    func newline(_ level: Int, _ out: inout String) {
        guard !indent.isEmpty else { return }
        out += "\n"
        for _ in 0..<level { out += indent }
    }

    func writeString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "<", ">", "&":
                if escapeHTML { out += Self.unicodeEscape(scalar.value) } else { out.unicodeScalars.append(scalar) }
            case "\u{2028}", "\u{2029}": out += Self.unicodeEscape(scalar.value)
            default:
                if scalar.value < 0x20 {
                    out += Self.unicodeEscape(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    static func unicodeEscape(_ v: UInt32) -> String {
        let hex = String(v, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension JSONValue {
    /// Compact JSON text (`json.Marshal`).
    public var compactText: String { JSONWriter.compact.string(self) }
    /// Two-space indented JSON text (`json.MarshalIndent(v, "", "  ")`), no trailing newline.
    public var indentedText: String { JSONWriter().string(self) }
}
