/// A malformed `--ext-str`/`--ext-code` entry.
public struct ExtVarSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The offending `K=V` entry, after splitting on `;`.
    public var entry: String

    /// Creates an error for `entry`.
    public init(entry: String) { self.entry = entry }

    /// kong's wording: `expected "<key>=<value>" but got "x"`.
    public var description: String {
        "expected \"<key>=<value>\" but got \"\(entry)\""
    }
}

/// ecspresso's `--ext-str`/`--ext-code` syntax (a kong map flag): `"K=V;K2=V2"`, repeatable.
///
/// Each flag value is split on `;` (a `\;` keeps a literal semicolon), each entry at its first `=`,
/// so values may contain `=`. An empty trailing entry is ignored; any other entry without `=` is an
/// error. When a key repeats, the last one wins. `$ECSPRESSO_EXT_STR`/`$ECSPRESSO_EXT_CODE` use the
/// same syntax and apply only when the flag is absent (see ``parse(_:environmentValue:)``).
public enum ExtVarParser {
    /// Parses flag values into one map.
    public static func parse(_ values: [String]) throws -> [String: String] {
        var result: [String: String] = [:]
        for value in values {
            for entry in splitEscaped(value, separator: ";") {
                guard let equals = entry.firstIndex(of: "=") else { throw ExtVarSyntaxError(entry: entry) }
                result[String(entry[..<equals])] = String(entry[entry.index(after: equals)...])
            }
        }
        return result
    }

    /// Parses the flag values, or the environment variable's value when no flag was given (kong's rule).
    public static func parse(_ values: [String], environmentValue: String?) throws -> [String: String] {
        if values.isEmpty, let environmentValue, !environmentValue.isEmpty {
            return try parse([environmentValue])
        }
        return try parse(values)
    }

    /// kong's `SplitEscaped`: `\<sep>` is a literal separator, other backslashes stay, an empty last
    /// token is dropped.
    static func splitEscaped(_ text: String, separator: Character) -> [String] {
        var tokens: [String] = []
        var token = ""
        var escaped = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isLast = text.index(after: index) == text.endIndex
            if escaped {
                if character != separator { token.append("\\") }
                token.append(character)
                escaped = false
            } else if character == "\\" && !isLast {
                escaped = true
            } else if character == separator {
                tokens.append(token)
                token = ""
            } else {
                token.append(character)
            }
            index = text.index(after: index)
        }
        if !token.isEmpty { tokens.append(token) }
        return tokens
    }
}
