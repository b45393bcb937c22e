import ArgumentParser
import Config
import Documents
import Foundation

/// `ecswift render config|servicedef|taskdef …`: prints the resolved config (YAML) and the
/// definitions (ecspresso's API JSON), each target's text straight after the previous one.
struct RenderCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the resolved config, service definition or task definition as ecspresso does.")

    /// One thing to print.
    enum Target: String, ExpressibleByArgument, CaseIterable {
        case config
        case servicedef
        case serviceDefinition = "service-definition"
        case taskdef
        case taskDefinition = "task-definition"
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "What to render: config, servicedef (service-definition), taskdef (task-definition).")
    var targets: [Target] = []
    @Flag(help: "Print Jsonnet (go-jsonnet formatter defaults) instead of YAML/JSON.") var jsonnet = false

    func run(in context: CLIContext) async throws {
        guard !targets.isEmpty else {
            throw UsageError("render needs a target: config, servicedef or taskdef")
        }
        let environment = CommandEnvironment(global: global, context: context)
        var project = try environment.loadProject()
        // Plugin functions need AWS (a region, credentials, a reachable state); render works
        // offline, so a definition that calls none still renders when plugins cannot load.
        if targets.contains(where: { $0 != .config }) {
            do {
                let aws = try environment.makeAWSClient(project)
                project.definitions = try await environment.pluginDefinitions(project, aws: aws)
            } catch {
                // Without configured plugins only the default ssm/secretsmanager_arn are lost: stay quiet.
                if !project.config.plugins.isEmpty {
                    project.console.warn("template plugin functions are unavailable: \(error)")
                }
            }
        }
        let command = self
        let loaded = project
        let texts = try await RenderThread.run {
            try command.targets.map { try command.render($0, project: loaded, environment: environment) }
        }
        for text in texts {
            context.writeOut(text.hasSuffix("\n") ? String(text.dropLast()) : text)
        }
    }

    func render(_ target: Target, project: CommandEnvironment.Project, environment: CommandEnvironment) throws
        -> String
    {
        let config = project.config
        switch target {
        case .config:
            let options = ConfigRender.Options(
                configPath: project.configPathAsGiven, region: global.region ?? config.region,
                timeoutSeconds: try environment.timeout(project.environment) ?? config.timeoutSeconds,
                filterCommand: FilterCommand.resolve(
                    flag: global.filterCommand, environment: project.environment, config: nil)?.commandLine)
            guard jsonnet else { return ConfigRender.yaml(config, options: options) }
            return try format(ConfigRender.json(config, options: options).indentedText, project: project)
        case .servicedef, .serviceDefinition:
            guard let path = config.serviceDefinitionPath else {
                throw UsageError("service_definition is not defined in \(config.path)")
            }
            let shape = RenderShape.serviceDefinition(serviceName: config.service)
            return try output(project.definitions.serviceDefinition(path: path), shape: shape, path: path, project)
        case .taskdef, .taskDefinition:
            guard let path = config.taskDefinitionPath else {
                throw UsageError("task_definition is not defined in \(config.path)")
            }
            return try output(
                project.definitions.taskDefinition(path: path), shape: .taskDefinition, path: path, project)
        }
    }

    func output(_ definition: JSONValue, shape: RenderShape, path: String, _ project: CommandEnvironment.Project)
        throws -> String
    {
        for key in APIJSON.unknownKeys(definition, shape: shape) {
            project.console.warn("\(path): \(key) is not printed: ecspresso's types have no such field")
        }
        let text = APIJSON.render(definition, shape: shape)
        return jsonnet ? try format(text, project: project) : text
    }

    func format(_ json: String, project: CommandEnvironment.Project) throws -> String {
        try project.jsonnet.evaluator.format(json: json)
    }
}
