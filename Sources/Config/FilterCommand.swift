import Foundation

/// Runs an interactive selector such as `peco` or `fzf` (`filter_command`), feeding it choices on
/// stdin and reading the chosen line from stdout, as ecspresso does for `tasks` and `exec`.
public struct FilterCommand: Sendable {
    /// The shell command line, run with `sh -c`.
    public var commandLine: String

    /// Creates a filter.
    public init(commandLine: String) { self.commandLine = commandLine }

    /// Why a selection failed.
    public enum SelectionError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The command could not start or exited non-zero.
        case failed(command: String, status: Int32)
        /// Nothing was chosen.
        case nothingSelected(command: String)

        /// A message naming the command.
        public var description: String {
            switch self {
            case .failed(let command, let status):
                return "filter command `\(command)` failed with exit status \(status)"
            case .nothingSelected(let command):
                return "filter command `\(command)` selected nothing"
            }
        }
    }

    /// Feeds `choices` (one per line) to the command and returns the first selected line.
    ///
    /// The choices go through a temporary file, not a pipe: a filter that exits without reading
    /// its input would otherwise kill this process with SIGPIPE.
    public func select(from choices: [String]) throws -> String {
        let inputPath = NSTemporaryDirectory() + "ecswift-filter-\(UUID().uuidString)"
        guard FileManager.default.createFile(atPath: inputPath, contents: Data(choices.map { $0 + "\n" }.joined().utf8))
        else { throw SelectionError.failed(command: commandLine, status: -1) }
        defer { try? FileManager.default.removeItem(atPath: inputPath) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", commandLine]
        let output = Pipe()
        process.standardInput = FileHandle(forReadingAtPath: inputPath)
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            throw SelectionError.failed(command: commandLine, status: -1)
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SelectionError.failed(command: commandLine, status: process.terminationStatus)
        }
        let chosen = String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        guard !chosen.isEmpty else { throw SelectionError.nothingSelected(command: commandLine) }
        return chosen
    }

    /// The filter to use: `--filter-command`, else `$ECSPRESSO_FILTER_COMMAND`, else the deprecated
    /// config key; nil when none is set.
    public static func resolve(flag: String?, environment: [String: String], config: String?) -> FilterCommand? {
        for candidate in [flag, environment["ECSPRESSO_FILTER_COMMAND"], config] {
            if let candidate, !candidate.isEmpty { return FilterCommand(commandLine: candidate) }
        }
        return nil
    }
}
