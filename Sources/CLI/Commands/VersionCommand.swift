import ArgumentParser

/// `ecswift version`.
struct VersionCommand: ContextCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print the version.")

    func run(in context: CLIContext) async throws {
        context.writeOut("ecswift \(ECSwiftCLI.version)")
    }
}
