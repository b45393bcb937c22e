import AWSServices
import Documents

/// Builds CreateService/UpdateService inputs from a service definition.
public enum ServiceRequests {
    /// Members of a service definition that CreateService takes (ecspresso's list, plus `role`).
    public static let createKeys: [String] = [
        "capacityProviderStrategy", "deploymentConfiguration", "deploymentController", "desiredCount",
        "enableECSManagedTags", "enableExecuteCommand", "healthCheckGracePeriodSeconds", "launchType",
        "loadBalancers", "networkConfiguration", "placementConstraints", "placementStrategy", "platformVersion",
        "propagateTags", "role", "schedulingStrategy", "serviceConnectConfiguration", "serviceRegistries", "tags",
        "volumeConfigurations", "availabilityZoneRebalancing", "vpcLatticeConfigurations",
    ]

    /// Members UpdateService takes from the definition for a rolling (ECS) deployment.
    public static let updateKeys: [String] = [
        "capacityProviderStrategy", "deploymentConfiguration", "enableECSManagedTags", "enableExecuteCommand",
        "healthCheckGracePeriodSeconds", "loadBalancers", "networkConfiguration", "placementConstraints",
        "placementStrategy", "platformVersion", "propagateTags", "serviceConnectConfiguration", "serviceRegistries",
        "volumeConfigurations", "availabilityZoneRebalancing", "vpcLatticeConfigurations",
    ]

    /// The CreateService input: the definition's creatable members, then the config's names.
    public static func createInput(
        definition: JSONValue, cluster: String, service: String, taskDefinition: String, desiredCount: Int?
    ) -> JSONValue {
        var input = JSONObject()
        input["cluster"] = .string(cluster)
        input["serviceName"] = .string(service)
        input["taskDefinition"] = .string(taskDefinition)
        for key in createKeys {
            guard let value = definition[key] else { continue }
            if key == "tags", value.arrayValue?.isEmpty ?? true { continue }
            if key == "placementStrategy", definition["schedulingStrategy"]?.stringValue == "DAEMON" { continue }
            input[key] = value
        }
        input["desiredCount"] = desiredCount.map(JSONValue.int)
        return .object(input)
    }

    /// The single UpdateService input of a rolling deploy: the definition's updatable members (if
    /// any), the task definition, the count and the force flag — one call, so one deployment.
    public static func updateInput(
        definition: JSONValue?, cluster: String, service: String, taskDefinition: String, desiredCount: Int?,
        forceNewDeployment: Bool
    ) -> JSONValue {
        var input = JSONObject()
        input["cluster"] = .string(cluster)
        input["service"] = .string(service)
        input["taskDefinition"] = .string(taskDefinition)
        if let definition {
            for key in updateKeys {
                guard let value = definition[key] else { continue }
                if key == "placementStrategy", definition["schedulingStrategy"]?.stringValue == "DAEMON" { continue }
                input[key] = value
            }
        }
        input["desiredCount"] = desiredCount.map(JSONValue.int)
        if forceNewDeployment { input["forceNewDeployment"] = .bool(true) }
        return .object(input)
    }

    /// Tag changes from remote to local. A definition without `tags` leaves tags unmanaged
    /// (ecspresso would delete every remote tag).
    public static func tagChanges(remote: [ResourceTag], local: JSONValue?) -> (set: [ResourceTag], delete: [String]) {
        guard let local else { return ([], []) }
        let wanted = ResourceTag.list(from: local)
        let remoteByKey = Dictionary(remote.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let set = wanted.filter { remoteByKey[$0.key] != $0.value }
        let wantedKeys = Set(wanted.map(\.key))
        let delete = remote.map(\.key).filter { !wantedKeys.contains($0) && !$0.hasPrefix("aws:") }
        return (set, delete)
    }
}
