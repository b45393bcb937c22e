/// Why a config or definition file could not be used. Each case names the file and, when known,
/// the line or key path, and says what to do.
public enum ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file does not exist or cannot be read.
    case unreadable(path: String, reason: String)
    /// The file is not valid YAML/JSON/Jsonnet.
    case syntax(path: String, line: Int?, column: Int?, reason: String)
    /// A key holds the wrong kind of value.
    case invalidValue(path: String, keyPath: String, reason: String, hint: String)
    /// A required key is missing.
    case missingKey(path: String, keyPath: String, hint: String)
    /// Template rendering failed.
    case template(path: String, message: String)
    /// The running version does not satisfy `required_version`.
    case versionConstraint(path: String, message: String)

    /// A one-line message with location and hint.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): cannot read file: \(reason)"
        case .syntax(let path, let line, let column, let reason):
            let location = [line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
            return "\(path)\(location.isEmpty ? "" : ":" + location): syntax error: \(reason)"
        case .invalidValue(let path, let keyPath, let reason, let hint):
            return "\(path): \(keyPath): \(reason)" + (hint.isEmpty ? "" : " (hint: \(hint))")
        case .missingKey(let path, let keyPath, let hint):
            return "\(path): \(keyPath) is required" + (hint.isEmpty ? "" : " (hint: \(hint))")
        case .template(let path, let message):
            return "\(path): \(message)"
        case .versionConstraint(let path, let message):
            return "\(path): \(message)"
        }
    }
}
