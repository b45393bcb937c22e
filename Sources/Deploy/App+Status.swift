import AWSServices
import Documents

/// Options of `status`.
public struct StatusOptions: Sendable {
    /// How many recent events to show.
    public var events: Int
    /// Creates options.
    public init(events: Int = 10) { self.events = events }
}

extension App {
    /// `status`: the service, its task definition, deployments and recent events (stdout).
    public func status(_ options: StatusOptions) async throws {
        guard let service = try await describeService() else {
            throw DeployError.serviceNotFound(service: config.service, cluster: config.cluster, status: nil)
        }
        printStatus(service, events: options.events)
    }

    /// Prints ecspresso's status block for `service` with the last `events` events.
    func printStatus(_ service: ServiceSnapshot, events: Int) {
        for line in StatusFormat.lines(service, events: events) { console.print(line) }
    }
}

/// ecspresso's status and progress text.
public enum StatusFormat {
    /// The status block: service, cluster, task definition, deployments, last `events` events oldest first.
    public static func lines(_ service: ServiceSnapshot, events: Int) -> [String] {
        var out = [
            "Service: \(service.name)",
            "Cluster: \(ARN.shortName(service.clusterARN))",
            "TaskDefinition: \(ARN.taskDefinitionName(service.taskDefinition))",
        ]
        if !service.deployments.isEmpty {
            out.append("Deployments:")
            out += service.deployments.map { "  " + deploymentLine($0) }
        }
        out.append("Events:")
        out += service.events.prefix(max(0, events)).reversed().map(eventLine)
        return out
    }

    /// ecspresso's `%8s %s desired:%d pending:%d running:%d %s(%s)`: status, family:rev, counts, rollout.
    public static func deploymentLine(_ d: DeploymentSnapshot) -> String {
        let status = String(repeating: " ", count: max(0, 8 - d.status.count)) + d.status
        var line =
            "\(status) \(ARN.taskDefinitionName(d.taskDefinition)) desired:\(d.desiredCount) pending:\(d.pendingCount) running:\(d.runningCount)"
        line += " \(d.rolloutState ?? "")(\(d.rolloutStateReason ?? ""))"
        return line
    }

    /// `YYYY/MM/DD HH:MM:SS message` in local time.
    public static func eventLine(_ event: ServiceEvent) -> String {
        "\(Console.timestamp(event.createdAt)) \(event.message)"
    }
}
