import Foundation

/// Parses dotenv files the way hashicorp/go-envparse (ecspresso's `--envfile`) does.
public enum EnvFile {
    /// An envfile line that cannot be parsed.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The file.
        public var path: String
        /// 1-based line.
        public var line: Int
        /// What is wrong.
        public var reason: String
        /// `path:line: reason`.
        public var description: String { "\(path):\(line): \(reason)" }
    }

    /// The `KEY=value` pairs of `text`, in order. Empty values are skipped, as go-envparse does.
    public static func parse(_ text: String, path: String) throws(ParseError) -> [(String, String)] {
        var out: [(String, String)] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("export ") { line = String(line.dropFirst(7)).trimmingCharacters(in: .whitespaces) }
            guard let eq = line.firstIndex(of: "=") else {
                throw ParseError(path: path, line: index + 1, reason: "missing =")
            }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) else {
                throw ParseError(path: path, line: index + 1, reason: "invalid variable name \"\(key)\"")
            }
            let value = try parseValue(
                line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces), path: path, line: index + 1)
            if value.isEmpty { continue }
            out.append((key, value))
        }
        return out
    }

    static func parseValue(_ text: String, path: String, line: Int) throws(ParseError) -> String {
        if text.hasPrefix("'") {
            guard let end = text.dropFirst().firstIndex(of: "'") else {
                throw ParseError(path: path, line: line, reason: "unterminated single-quoted value")
            }
            return String(text[text.index(after: text.startIndex)..<end])
        }
        if text.hasPrefix("\"") {
            var out = ""
            var escaped = false
            var iterator = text.dropFirst().makeIterator()
            while let c = iterator.next() {
                if escaped {
                    switch c {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    case "u":
                        var hex = ""
                        for _ in 0..<4 { if let h = iterator.next() { hex.append(h) } }
                        if let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) {
                            out.unicodeScalars.append(scalar)
                        }
                    default: out.append(c)
                    }
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else if c == "\"" {
                    return out
                } else {
                    out.append(c)
                }
            }
            throw ParseError(path: path, line: line, reason: "unterminated double-quoted value")
        }
        if let hash = text.range(of: " #") {
            return String(text[..<hash.lowerBound]).trimmingCharacters(in: .whitespaces)
        }
        return text
    }
}
