import ArgumentParser
import Deploy

/// `ecswift status`.
struct StatusCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show the service, its deployments and recent events.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "How many recent events to show.") var events = 10

    func run(in context: CLIContext) async throws {
        let app = try await CommandEnvironment(global: global, context: context).makeApp(renderingDefinitions: false)
        try await app.status(StatusOptions(events: events))
    }
}
