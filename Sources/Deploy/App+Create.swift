import AWSServices
import Config
import Documents
import Foundation

extension App {
    /// The create path of `deploy`: the service is missing (or INACTIVE), so create it.
    func create(_ options: DeployOptions, definition: JSONValue?, taskDefinition: JSONValue?, started: Date)
        async throws
    {
        console.log("Service \(config.service) not found. Creating a new service" + (options.dryRun ? " DRY RUN" : ""))
        guard let definition else {
            throw DeployError.missingConfig(
                key: "service_definition", hint: "a new service needs a service definition to be created from")
        }
        let controller = definition.value(at: ["deploymentController", "type"])?.stringValue ?? "ECS"
        guard controller == "ECS" else { throw DeployError.unsupportedController(controller) }
        let strategy = definition["schedulingStrategy"]?.stringValue
        let count =
            desiredCountToSend(
                tasksFlag: options.tasks, definitionCount: definition["desiredCount"]?.intValue,
                schedulingStrategy: strategy) ?? (strategy == "DAEMON" ? nil : 0)

        let arn: String
        if options.latestTaskDefinition || options.skipTaskDefinition {
            // Only the family is needed; the file was not loaded up front on this path.
            let local = try requireTaskDefinition(try await loadDefinitions().taskDefinition)
            let family = local["family"]?.stringValue ?? ""
            guard let latest = try await ecs.latestTaskDefinitionARN(family: family) else {
                throw DeployError.taskDefinitionNotFound(family)
            }
            console.log("Using latest task definition \(ARN.taskDefinitionName(latest))")
            arn = latest
        } else {
            let loaded = taskDefinition == nil ? try await loadDefinitions().taskDefinition : taskDefinition
            arn = try await registerUnlessDryRun(try requireTaskDefinition(loaded), dryRun: options.dryRun)
        }
        let input = ServiceRequests.createInput(
            definition: definition, cluster: config.cluster, service: config.service, taskDefinition: arn,
            desiredCount: count)
        if options.dryRun {
            console.info("service definition:")
            console.writeErr(input.indentedText)
            console.log("DRY RUN OK")
            return
        }
        let created = try await ecs.createService(input)
        console.log("Service is created")
        if !options.wait { return }
        try await waitUntilStable(target: WaitTarget(current: created), after: nil, started: started)
        console.log("Service is stable now. Completed!")
    }
}
