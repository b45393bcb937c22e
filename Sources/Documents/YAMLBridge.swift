import Yams

/// A YAML error with the 1-based line and column Yams reported, when it knows them.
public struct YAMLSyntaxError: Error, Sendable, CustomStringConvertible {
    /// 1-based line, or nil.
    public var line: Int?
    /// 1-based column, or nil.
    public var column: Int?
    /// The parser's explanation.
    public var reason: String

    /// `LINE:COL: reason` when the position is known.
    public var description: String {
        if let line, let column { return "\(line):\(column): \(reason)" }
        return reason
    }
}

extension JSONValue {
    /// Parses YAML (the first document) into JSON, keeping mapping order; an empty document is `null`.
    ///
    /// Scalars resolve with YAML 1.1 core rules as Go's yaml.v2/v3 would: `true`/`false`,
    /// integers, floats, `null`/`~`; quoted scalars are always strings.
    public static func parseYAML(_ text: String) throws(YAMLSyntaxError) -> JSONValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.yamlError(error)
        } catch {
            throw YAMLSyntaxError(reason: "\(error)")
        }
        guard let node else { return .null }
        return try fromYAML(node)
    }

    static func yamlError(_ error: YamlError) -> YAMLSyntaxError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            let why = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return YAMLSyntaxError(line: mark.line, column: mark.column, reason: why)
        case .composer(let context, let problem, let mark, _):
            let why = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return YAMLSyntaxError(line: mark.line, column: mark.column, reason: why)
        default:
            return YAMLSyntaxError(reason: "\(error)")
        }
    }

    static func fromYAML(_ node: Node) throws(YAMLSyntaxError) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            return scalarValue(scalar)
        case .sequence(let seq):
            var out: [JSONValue] = []
            for item in seq { out.append(try fromYAML(item)) }
            return .array(out)
        case .mapping(let map):
            var object = JSONObject()
            for (k, v) in map {
                guard case .scalar(let keyScalar) = k else {
                    throw YAMLSyntaxError(
                        line: k.mark?.line, column: k.mark?.column, reason: "mapping keys must be scalars")
                }
                if keyScalar.string == "<<" {
                    if case .object(let merged) = try fromYAML(v) {
                        for m in merged where object[m.key] == nil { object[m.key] = m.value }
                    }
                    continue
                }
                object[keyScalar.string] = try fromYAML(v)
            }
            return .object(object)
        case .alias:
            throw YAMLSyntaxError(line: node.mark?.line, column: node.mark?.column, reason: "unresolved alias")
        }
    }

    static func scalarValue(_ scalar: Node.Scalar) -> JSONValue {
        let text = scalar.string
        if scalar.style != .plain { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if isYAMLInteger(text) { return .number(text.hasPrefix("+") ? String(text.dropFirst()) : text) }
        if isYAMLFloat(text), Double(text) != nil {
            return .number(text.hasPrefix("+") ? String(text.dropFirst()) : text)
        }
        return .string(text)
    }

    static func isYAMLInteger(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy(\.isASCII), body.allSatisfy(\.isNumber) else { return false }
        return body == "0" || body.first != "0"
    }

    static func isYAMLFloat(_ text: String) -> Bool {
        let allowed = Set("0123456789.eE+-")
        return text.contains(where: \.isNumber) && text.allSatisfy { allowed.contains($0) }
            && (text.contains(".") || text.lowercased().contains("e"))
    }

    /// YAML text for this value, block style with two-space indent, keys in order.
    public func yamlText() -> String {
        var out = ""
        JSONValue.writeYAML(self, level: 0, into: &out, inSequence: false)
        return out
    }

    static func writeYAML(_ v: JSONValue, level: Int, into out: inout String, inSequence: Bool) {
        let pad = String(repeating: "  ", count: level)
        switch v {
        case .object(let o) where !o.isEmpty:
            for (i, m) in o.enumerated() {
                if !(inSequence && i == 0) { out += pad }
                out += yamlScalarText(m.key) + ":"
                switch m.value {
                case .object(let inner) where !inner.isEmpty:
                    out += "\n"
                    writeYAML(m.value, level: level + 1, into: &out, inSequence: false)
                case .array(let inner) where !inner.isEmpty:
                    out += "\n"
                    writeYAML(m.value, level: level, into: &out, inSequence: false)
                default:
                    out += " " + inlineYAML(m.value) + "\n"
                }
            }
        case .array(let a) where !a.isEmpty:
            for element in a {
                out += pad + "- "
                switch element {
                case .object(let inner) where !inner.isEmpty:
                    writeYAML(element, level: level + 1, into: &out, inSequence: true)
                case .array(let inner) where !inner.isEmpty:
                    out += "\n"
                    writeYAML(element, level: level + 1, into: &out, inSequence: false)
                default:
                    out += inlineYAML(element) + "\n"
                }
            }
        default:
            out += pad + inlineYAML(v) + "\n"
        }
    }

    static func inlineYAML(_ v: JSONValue) -> String {
        switch v {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .number(let n): n
        case .string(let s): yamlScalarText(s)
        case .array: "[]"
        case .object: "{}"
        }
    }

    static func yamlScalarText(_ s: String) -> String {
        let needsQuotes =
            s.isEmpty || scalarValue(Node.Scalar(s, .implicit, .plain)) != .string(s)
            || s.first.map { " -?:,[]{}#&*!|>'\"%@`".contains($0) } == true
            || s.last == " " || s.contains(": ") || s.contains(" #") || s.contains("\n") || s.contains("\t")
        return needsQuotes ? JSONWriter(escapeHTML: false).string(.string(s)) : s
    }
}
