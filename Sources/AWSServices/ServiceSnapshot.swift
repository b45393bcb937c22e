import Documents
import Foundation

/// The parts of an ECS service that deploy, wait and status reason about, plus the raw JSON.
public struct ServiceSnapshot: Sendable, Equatable {
    /// The service name.
    public var name: String
    /// The service ARN.
    public var arn: String
    /// The cluster ARN.
    public var clusterARN: String
    /// `ACTIVE`, `DRAINING` or `INACTIVE`.
    public var status: String
    /// The service-level task definition ARN.
    public var taskDefinition: String
    /// Desired task count.
    public var desiredCount: Int
    /// Running task count.
    public var runningCount: Int
    /// Pending task count.
    public var pendingCount: Int
    /// `ECS`, `CODE_DEPLOY` or `EXTERNAL` (nil means ECS).
    public var deploymentController: String?
    /// `REPLICA` or `DAEMON`.
    public var schedulingStrategy: String?
    /// The deployments, PRIMARY first as ECS returns them.
    public var deployments: [DeploymentSnapshot]
    /// Service events, newest first as ECS returns them.
    public var events: [ServiceEvent]
    /// The service's tags.
    public var tags: [ResourceTag]
    /// The service object as ECS returned it.
    public var raw: JSONValue

    /// Reads a `service` object of a DescribeServices/UpdateService reply.
    public init(json: JSONValue) {
        raw = json
        name = json["serviceName"]?.stringValue ?? ""
        arn = json["serviceArn"]?.stringValue ?? ""
        clusterARN = json["clusterArn"]?.stringValue ?? ""
        status = json["status"]?.stringValue ?? ""
        taskDefinition = json["taskDefinition"]?.stringValue ?? ""
        desiredCount = json["desiredCount"]?.intValue ?? 0
        runningCount = json["runningCount"]?.intValue ?? 0
        pendingCount = json["pendingCount"]?.intValue ?? 0
        deploymentController = json.value(at: ["deploymentController", "type"])?.stringValue
        schedulingStrategy = json["schedulingStrategy"]?.stringValue
        deployments = (json["deployments"]?.arrayValue ?? []).map(DeploymentSnapshot.init(json:))
        events = (json["events"]?.arrayValue ?? []).map(ServiceEvent.init(json:))
        tags = ResourceTag.list(from: json["tags"])
    }

    /// The PRIMARY deployment, if any.
    public var primaryDeployment: DeploymentSnapshot? { deployments.first { $0.status == "PRIMARY" } }
}

/// One entry of a service's `deployments`.
public struct DeploymentSnapshot: Sendable, Equatable {
    /// The deployment id (`ecs-svc/…`).
    public var id: String
    /// `PRIMARY`, `ACTIVE` or `INACTIVE`.
    public var status: String
    /// The task definition ARN this deployment runs.
    public var taskDefinition: String
    /// Desired task count.
    public var desiredCount: Int
    /// Pending task count.
    public var pendingCount: Int
    /// Running task count.
    public var runningCount: Int
    /// Tasks that failed to start (circuit breaker input).
    public var failedTasks: Int
    /// `IN_PROGRESS`, `COMPLETED` or `FAILED`; nil for services without rollout state.
    public var rolloutState: String?
    /// Why the rollout is in that state.
    public var rolloutStateReason: String?
    /// When the deployment was created.
    public var createdAt: Date?

    /// Reads one element of `deployments`.
    public init(json: JSONValue) {
        id = json["id"]?.stringValue ?? ""
        status = json["status"]?.stringValue ?? ""
        taskDefinition = json["taskDefinition"]?.stringValue ?? ""
        desiredCount = json["desiredCount"]?.intValue ?? 0
        pendingCount = json["pendingCount"]?.intValue ?? 0
        runningCount = json["runningCount"]?.intValue ?? 0
        failedTasks = json["failedTasks"]?.intValue ?? 0
        rolloutState = json["rolloutState"]?.stringValue
        rolloutStateReason = json["rolloutStateReason"]?.stringValue
        createdAt = json["createdAt"].flatMap(AWSTimestamp.date(from:))
    }
}

/// One service event.
public struct ServiceEvent: Sendable, Equatable {
    /// The event id.
    public var id: String
    /// When it happened.
    public var createdAt: Date
    /// ECS's message, e.g. `(service web) has reached a steady state.`
    public var message: String

    /// Creates an event.
    public init(id: String, createdAt: Date, message: String) {
        self.id = id
        self.createdAt = createdAt
        self.message = message
    }

    /// Reads one element of `events`.
    public init(json: JSONValue) {
        id = json["id"]?.stringValue ?? ""
        createdAt = json["createdAt"].flatMap(AWSTimestamp.date(from:)) ?? Date(timeIntervalSince1970: 0)
        message = json["message"]?.stringValue ?? ""
    }
}

/// Timestamps in AWS JSON replies: epoch seconds (awsJson) or ISO 8601 text (REST).
public enum AWSTimestamp {
    /// The date a timestamp member holds, or nil.
    public static func date(from json: JSONValue) -> Date? {
        switch json {
        case .number:
            return json.doubleValue.map { Date(timeIntervalSince1970: $0) }
        case .string(let text):
            if let seconds = Double(text) { return Date(timeIntervalSince1970: seconds) }
            return try? Date(text, strategy: .iso8601)
        default:
            return nil
        }
    }
}
