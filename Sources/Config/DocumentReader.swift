import Documents
import Foundation

/// Reads files and parses them by extension into `JSONValue`, with located errors.
public enum DocumentReader {
    /// The UTF-8 text of `path`.
    public static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
            throw ConfigError.unreadable(path: path, reason: reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError.unreadable(path: path, reason: "not UTF-8 text")
        }
        return text
    }

    /// Parses `text` as YAML for `.yml`/`.yaml` paths and JSON otherwise.
    public static func parse(_ text: String, path: String) throws -> JSONValue {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "yml" || ext == "yaml" {
            do {
                return try JSONValue.parseYAML(text)
            } catch {
                throw ConfigError.syntax(path: path, line: error.line, column: error.column, reason: error.reason)
            }
        }
        do {
            return try JSONValue.parse(text)
        } catch {
            throw ConfigError.syntax(path: path, line: error.line, column: error.column, reason: error.reason)
        }
    }
}
