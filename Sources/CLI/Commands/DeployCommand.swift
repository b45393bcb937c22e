import ArgumentParser
import Deploy

/// `ecswift deploy`.
struct DeployCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "deploy", abstract: "Register the task definition and deploy the service (creating it if missing)."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Show what would happen without changing anything.") var dryRun = false
    @Option(parsing: .unconditional, help: "Desired count of tasks (-1: from the service definition).")
    var tasks: Int = -1
    @Flag(help: "Keep the service's current task definition.") var skipTaskDefinition = false
    @Flag(help: "Force a new deployment of the service.") var forceNewDeployment = false
    @Flag(inversion: .prefixedNo, help: "Wait for the service to be stable.") var wait = true
    @Flag(help: "Deploy the newest ACTIVE revision of the service's family without registering.")
    var latestTaskDefinition = false
    @Option(help: "Deploy this revision of the service's task definition family.") var revision: Int?
    @Flag(inversion: .prefixedNo, help: "Apply the service definition's attributes and tags.") var updateService = true

    func run(in context: CLIContext) async throws {
        if latestTaskDefinition, revision != nil {
            throw UsageError("--revision and --latest-task-definition cannot be used together")
        }
        var options = DeployOptions()
        options.dryRun = dryRun
        options.tasks = tasks >= 0 ? tasks : nil
        options.skipTaskDefinition = skipTaskDefinition
        options.forceNewDeployment = forceNewDeployment
        options.wait = wait
        options.latestTaskDefinition = latestTaskDefinition
        options.revision = revision
        options.updateService = updateService
        let app = try await CommandEnvironment(global: global, context: context).makeApp()
        try await app.deploy(options)
    }
}
