import ArgumentParser
import Deploy
import Foundation

/// The command-line entry point: parses, runs, and maps errors to exit codes
/// (0 success, 1 failure, 2 usage error).
public enum ECSwiftCLI {
    /// The version `ecswift version` prints.
    public static let version = "v0.1.0"

    /// Runs `arguments` (without the program name) and returns the exit status.
    public static func run(_ arguments: [String], context: CLIContext) async -> Int32 {
        let normalized = GlobalOptions.normalize(arguments.isEmpty || arguments == ["help"] ? ["--help"] : arguments)
        let command: ParsableCommand
        do {
            command = try ECSwiftCommand.parseAsRoot(normalized)
        } catch {
            let code = ECSwiftCommand.exitCode(for: error)
            let message = ECSwiftCommand.fullMessage(for: error)
            if code == .success {
                context.writeOut(message)
                return 0
            }
            context.writeErr(message)
            return 2
        }
        guard let runnable = command as? ContextCommand else {
            context.writeOut(ECSwiftCommand.helpMessage(for: type(of: command)))
            return 0
        }
        do {
            try await runnable.run(in: context)
            return 0
        } catch let error as UsageError {
            context.writeErr("Error: \(error.description)")
            return 2
        } catch {
            context.writeErr("\(Console.timestamp(Date())) [ERROR] FAILED. \(describe(error))")
            return 1
        }
    }

    /// The user-facing text of an error: our errors describe themselves.
    static func describe(_ error: any Error) -> String {
        String(describing: error)
    }
}
