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
        if let name = normalized.first, let message = notYetImplemented(name) {
            context.writeErr("Error: \(message)")
            return 2
        }
        let command: ParsableCommand
        do {
            command = try ECSwiftCommand.parseAsRoot(normalized)
        } catch {
            return report(parseError: error, context: context)
        }
        guard let runnable = command as? ContextCommand else {
            // `-h`, `help X` and command groups: ArgumentParser's own commands, which end by
            // throwing a clean exit that carries the right help text.
            var builtin = command
            do {
                try builtin.run()
                return 0
            } catch {
                return report(parseError: error, context: context)
            }
        }
        do {
            try await runnable.run(in: context)
            return 0
        } catch let error as UsageError {
            context.writeErr("Error: \(error.description)")
            return 2
        } catch  where error is CancellationError || Task.isCancelled {
            context.writeErr("\(Console.timestamp(Date())) [WARNING] Interrupted")
            return 1
        } catch {
            context.writeErr("\(Console.timestamp(Date())) [ERROR] FAILED. \(describe(error))")
            return 1
        }
    }

    /// ecspresso commands ecswift does not have yet: a clear message instead of a parse error.
    static func notYetImplemented(_ name: String) -> String? {
        let pending = [
            "refresh", "scale", "rollback", "diff", "verify", "register", "deregister", "revisions", "init", "run",
            "tasks", "exec", "appspec", "delete",
        ]
        guard pending.contains(name) else { return nil }
        return "`\(name)` (an ecspresso command) is not implemented in ecswift \(version) yet; see README.md"
    }

    /// Help goes to stdout with status 0; a usage error to stderr with status 2.
    static func report(parseError error: any Error, context: CLIContext) -> Int32 {
        let message = ECSwiftCommand.fullMessage(for: error)
        if ECSwiftCommand.exitCode(for: error) == .success {
            context.writeOut(message)
            return 0
        }
        context.writeErr(message)
        return 2
    }

    /// The user-facing text of an error: our errors describe themselves.
    static func describe(_ error: any Error) -> String {
        String(describing: error)
    }
}
