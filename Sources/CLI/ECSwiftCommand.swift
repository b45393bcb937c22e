import ArgumentParser

/// A subcommand that runs with an injected process context.
protocol ContextCommand: ParsableCommand {
    /// Runs the command.
    func run(in context: CLIContext) async throws
}

extension ContextCommand {
    /// Unused: `ECSwiftCLI.run` calls `run(in:)`.
    func run() throws { throw UsageError("internal: run through ECSwiftCLI") }
}

/// The root command.
struct ECSwiftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecswift",
        abstract: "Deploy and operate Amazon ECS services and scheduled tasks (ecspresso and ecschedule compatible).",
        version: ECSwiftCLI.version,
        subcommands: [
            DeployCommand.self, StatusCommand.self, WaitCommand.self, RenderCommand.self, ScheduleCommand.self,
            VersionCommand.self,
        ]
    )
}
