import Foundation

/// What a command needs from the process, injected so commands run in-process in tests.
public struct CLIContext: Sendable {
    /// The process environment.
    public var environment: [String: String]
    /// The working directory.
    public var workingDirectory: String
    /// Writes one line to stdout.
    public var writeOut: @Sendable (String) -> Void
    /// Writes one line to stderr.
    public var writeErr: @Sendable (String) -> Void

    /// Creates a context.
    public init(
        environment: [String: String], workingDirectory: String, writeOut: @escaping @Sendable (String) -> Void,
        writeErr: @escaping @Sendable (String) -> Void
    ) {
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.writeOut = writeOut
        self.writeErr = writeErr
    }

    /// The real process: its environment, cwd, stdout and stderr.
    public static func process() -> CLIContext {
        CLIContext(
            environment: ProcessInfo.processInfo.environment,
            workingDirectory: FileManager.default.currentDirectoryPath,
            writeOut: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
            writeErr: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
    }
}
