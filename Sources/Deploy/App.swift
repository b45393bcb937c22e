import AWSServices
import Config
import Documents
import Foundation

/// One loaded config plus the AWS clients and output: the object every service command runs on.
public struct App: Sendable {
    /// The loaded config.
    public var config: EcspressoConfig
    /// The ECS API.
    public var ecs: any ECSAPI
    /// Output and logs.
    public var console: Console
    /// Time, for waits.
    public var clock: any DeployClock
    /// Loads definition files (with templates once configured).
    public var definitions: DefinitionLoader
    /// Seconds between DescribeServices polls while waiting.
    public var pollInterval: Double
    /// Overrides the config timeout (seconds).
    public var timeoutSeconds: Double

    /// Creates an app.
    public init(
        config: EcspressoConfig, ecs: any ECSAPI, console: Console, clock: any DeployClock = SystemClock(),
        definitions: DefinitionLoader = DefinitionLoader(), pollInterval: Double = 5, timeoutSeconds: Double? = nil
    ) {
        self.config = config
        self.ecs = ecs
        self.console = console.scoped(service: config.service, cluster: config.cluster)
        self.clock = clock
        self.definitions = definitions
        self.pollInterval = pollInterval
        self.timeoutSeconds = timeoutSeconds ?? config.timeoutSeconds
    }

    /// The service name, or an error for task-definition-only configs.
    func requireService() throws -> String {
        guard !config.service.isEmpty else {
            throw DeployError.missingConfig(key: "service", hint: "this command works on a service; set `service:`")
        }
        return config.service
    }

    /// DescribeServices; nil when missing or INACTIVE (ecspresso's ErrNotFound), warning on DRAINING.
    func describeService() async throws -> ServiceSnapshot? {
        let name = try requireService()
        guard let service = try await ecs.describeService(cluster: config.cluster, service: name) else { return nil }
        if service.status == "INACTIVE" {
            console.log("service \(name) is INACTIVE")
            return nil
        }
        if service.status == "DRAINING" { console.warn("service \(name) is DRAINING") }
        return service
    }

    /// Loads and validates both definition files. Rendering runs on its own thread: plugin
    /// functions block on AWS look-ups, which must not happen on the cooperative pool.
    ///
    /// `includeTaskDefinition` is false when the command will not register the local file
    /// (`--skip-task-definition`, `--latest-task-definition`, `--revision`): it is then not rendered,
    /// so build-time variables such as `IMAGE_TAG` are not needed.
    func loadDefinitions(includeTaskDefinition: Bool = true) async throws -> (
        taskDefinition: JSONValue?, serviceDefinition: JSONValue?
    ) {
        let definitions = definitions
        let (task, service) = (includeTaskDefinition ? config.taskDefinitionPath : nil, config.serviceDefinitionPath)
        return try await RenderThread.run {
            try definitions.loadBoth(taskDefinitionPath: task, serviceDefinitionPath: service)
        }
    }

    /// The loaded task definition, or an error saying `task_definition` is not configured.
    func requireTaskDefinition(_ loaded: JSONValue?) throws -> JSONValue {
        guard let loaded else {
            throw DeployError.missingConfig(key: "task_definition", hint: "point it at your task definition JSON")
        }
        return loaded
    }

    /// Registers the task definition and returns its ARN; in a dry run prints it (stderr, as
    /// ecspresso) and returns "" instead.
    func registerUnlessDryRun(_ taskDefinition: JSONValue, dryRun: Bool) async throws -> String {
        guard dryRun else { return try await register(taskDefinition) }
        console.info("task definition:")
        console.writeErr(taskDefinition.indentedText)
        return ""
    }

    /// Registers a task definition and returns its ARN.
    func register(_ taskDefinition: JSONValue) async throws -> String {
        console.log("Registering a new task definition...")
        let registered = try await ecs.registerTaskDefinition(taskDefinition)
        let arn = registered["taskDefinitionArn"]?.stringValue ?? ""
        console.log("Task definition is registered \(ARN.taskDefinitionName(arn))")
        return arn
    }
}
