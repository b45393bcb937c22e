import AWSServices
import Config
import Documents
import Foundation

/// Options of `deploy` (ecspresso's flags).
public struct DeployOptions: Sendable {
    /// Show what would happen; call no mutating API.
    public var dryRun = false
    /// `--tasks`: desired count; nil (ecspresso's -1) means from the definition.
    public var tasks: Int?
    /// Keep the service's current task definition.
    public var skipTaskDefinition = false
    /// Start a new deployment even if nothing changed.
    public var forceNewDeployment = false
    /// Wait for the deployment to finish.
    public var wait = true
    /// Use the newest ACTIVE revision of the service's family without registering.
    public var latestTaskDefinition = false
    /// Use revision N of the service's family.
    public var revision: Int?
    /// Apply the service definition's attributes and tags.
    public var updateService = true

    /// Creates default options.
    public init() {}
}

extension App {
    /// `deploy`: register the task definition, update (or create) the service, wait until stable.
    ///
    /// Every file is loaded and validated before the first mutating call.
    public func deploy(_ options: DeployOptions) async throws {
        let started = clock.now()
        let service = try requireService()
        if options.latestTaskDefinition && options.revision != nil {
            throw DeployError.conflictingOptions("--revision and --latest-task-definition cannot be used together")
        }
        let usesLocalTaskDefinition =
            !options.skipTaskDefinition && !options.latestTaskDefinition && options.revision == nil
        if usesLocalTaskDefinition, config.taskDefinitionPath == nil {
            throw DeployError.missingConfig(key: "task_definition", hint: "point it at your task definition JSON")
        }
        let (taskDefinition, serviceDefinition) = try await loadDefinitions(
            includeTaskDefinition: usesLocalTaskDefinition)
        console.log("Starting deploy" + (options.dryRun ? " DRY RUN" : ""))

        guard let remote = try await describeService() else {
            return try await create(
                options, definition: serviceDefinition, taskDefinition: taskDefinition, started: started)
        }
        printStatus(remote, events: 0)
        try checkController(remote)

        let family = ARN.taskDefinitionName(remote.taskDefinition).split(separator: ":").first.map(String.init) ?? ""
        var taskDefinitionARN: String
        if let revision = options.revision {
            taskDefinitionARN = "\(family):\(revision)"
        } else if options.latestTaskDefinition {
            guard let latest = try await ecs.latestTaskDefinitionARN(family: family) else {
                throw DeployError.taskDefinitionNotFound(family)
            }
            taskDefinitionARN = latest
        } else if options.skipTaskDefinition {
            taskDefinitionARN = remote.taskDefinition
        } else if usesLocalTaskDefinition, let taskDefinition {
            taskDefinitionARN = try await registerUnlessDryRun(taskDefinition, dryRun: options.dryRun)
        } else {
            throw DeployError.missingConfig(key: "task_definition", hint: "or pass --skip-task-definition")
        }

        let applyDefinition = options.updateService ? serviceDefinition : nil
        let definitionCount = applyDefinition.map { $0["desiredCount"]?.intValue } ?? remote.desiredCount
        let count = desiredCountToSend(
            tasksFlag: options.tasks, definitionCount: definitionCount,
            schedulingStrategy: remote.schedulingStrategy ?? applyDefinition?["schedulingStrategy"]?.stringValue)
        console.log(count.map { "desired count: \($0)" } ?? "desired count: unchanged")
        let input = ServiceRequests.updateInput(
            definition: applyDefinition, cluster: config.cluster, service: service,
            taskDefinition: taskDefinitionARN.isEmpty ? remote.taskDefinition : taskDefinitionARN, desiredCount: count,
            forceNewDeployment: options.forceNewDeployment)
        let tags = ServiceRequests.tagChanges(remote: remote.tags, local: applyDefinition?["tags"])
        if !tags.set.isEmpty {
            console.info("updating service tags: " + tags.set.map { "\($0.key)=\($0.value)" }.joined(separator: ","))
        }
        if !tags.delete.isEmpty { console.info("deleting service tags: [\(tags.delete.joined(separator: " "))]") }

        if options.dryRun {
            var shown = input
            // The revision to register has no ARN yet: show none rather than the current one.
            if taskDefinitionARN.isEmpty { shown["taskDefinition"] = nil }
            console.info("update service input: \(shown.compactText)")
            console.log("DRY RUN OK")
            return
        }
        if !tags.set.isEmpty { try await ecs.tagResource(arn: remote.arn, tags: tags.set) }
        if !tags.delete.isEmpty { try await ecs.untagResource(arn: remote.arn, keys: tags.delete) }
        console.log("Updating service tasks" + (options.forceNewDeployment ? " with force new deployment" : "") + "...")
        let updated = try await ecs.updateService(input)
        if !options.wait {
            console.log("Service is deployed.")
            return
        }
        try await waitUntilStable(target: WaitTarget(current: updated), after: remote, started: started)
        console.log("Service is stable now. Completed!")
    }
}
