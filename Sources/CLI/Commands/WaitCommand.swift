import ArgumentParser
import Deploy

/// `ecswift wait`.
struct WaitCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "wait", abstract: "Wait until the service's current deployment is stable.")

    @OptionGroup var global: GlobalOptions

    func run(in context: CLIContext) async throws {
        let app = try await CommandEnvironment(global: global, context: context).makeApp(renderingDefinitions: false)
        try await app.waitCommand()
    }
}
