/// A rule's ECS target (ecschedule's `Target`), kept as written: defaults such as the task count
/// of 1 or the `ecsEventsRole` role are applied when payloads are built, not here.
public struct ScheduleTarget: Sendable, Equatable {
    /// `targetId` ("" means the rule name).
    public var targetID: String
    /// `taskDefinition`: `family`, `family:revision` or an ARN, never resolved to a revision.
    public var taskDefinition: String
    /// `taskCount` (0 when not set; values below 1 mean 1).
    public var taskCount: Int32
    /// `taskOverride` (task-level cpu and memory).
    public var taskOverride: TaskOverride?
    /// `containerOverrides`, in order.
    public var containerOverrides: [ContainerOverride]
    /// `role`: the rule's own role, else the top-level one after merging ("" means `ecsEventsRole`).
    public var role: String
    /// `group`.
    public var group: String
    /// `capacityProviderStrategy`, in order.
    public var capacityProviderStrategy: [CapacityProviderStrategyItem]
    /// `launch_type` (`EC2`, `FARGATE`, `EXTERNAL`; "" when not set).
    public var launchType: String
    /// `platform_version`.
    public var platformVersion: String
    /// `network_configuration`.
    public var networkConfiguration: NetworkConfiguration?
    /// `dead_letter_config`.
    public var deadLetterConfig: DeadLetterConfig?
    /// `propagateTags` (nil when not set; only `TASK_DEFINITION` is valid).
    public var propagateTags: String?
    /// `retryPolicy`: an ecswift addition for the target's EventBridge `RetryPolicy` (ecschedule has none).
    public var retryPolicy: RetryPolicy?

    /// Creates a target; everything but the task definition is optional.
    public init(
        targetID: String = "", taskDefinition: String, taskCount: Int32 = 0, taskOverride: TaskOverride? = nil,
        containerOverrides: [ContainerOverride] = [], role: String = "", group: String = "",
        capacityProviderStrategy: [CapacityProviderStrategyItem] = [], launchType: String = "",
        platformVersion: String = "", networkConfiguration: NetworkConfiguration? = nil,
        deadLetterConfig: DeadLetterConfig? = nil, propagateTags: String? = nil, retryPolicy: RetryPolicy? = nil
    ) {
        self.targetID = targetID
        self.taskDefinition = taskDefinition
        self.taskCount = taskCount
        self.taskOverride = taskOverride
        self.containerOverrides = containerOverrides
        self.role = role
        self.group = group
        self.capacityProviderStrategy = capacityProviderStrategy
        self.launchType = launchType
        self.platformVersion = platformVersion
        self.networkConfiguration = networkConfiguration
        self.deadLetterConfig = deadLetterConfig
        self.propagateTags = propagateTags
        self.retryPolicy = retryPolicy
    }

    /// The task count sent to AWS: `taskCount`, or 1 when it is below 1.
    public var effectiveTaskCount: Int32 { max(1, taskCount) }
}

/// `taskOverride`: task-level cpu and memory, merged into the target's `Input` JSON.
public struct TaskOverride: Sendable, Equatable {
    /// `cpu`, as ECS takes it (`"4096"`).
    public var cpu: String?
    /// `memory`, as ECS takes it (`"16384"`).
    public var memory: String?

    /// Creates an override.
    public init(cpu: String? = nil, memory: String? = nil) {
        self.cpu = cpu
        self.memory = memory
    }
}

/// One `containerOverrides` entry.
public struct ContainerOverride: Sendable, Equatable {
    /// `name`: the container to override.
    public var name: String
    /// `command` (nil when not set).
    public var command: [String]?
    /// `environment`: name → value (sent as `[{name, value}]`, order irrelevant).
    public var environment: [String: String]
    /// `cpu` units.
    public var cpu: Int32?
    /// `memory` hard limit in MiB.
    public var memory: Int32?
    /// `memoryReservation` soft limit in MiB.
    public var memoryReservation: Int32?

    /// Creates an override.
    public init(
        name: String, command: [String]? = nil, environment: [String: String] = [:], cpu: Int32? = nil,
        memory: Int32? = nil, memoryReservation: Int32? = nil
    ) {
        self.name = name
        self.command = command
        self.environment = environment
        self.cpu = cpu
        self.memory = memory
        self.memoryReservation = memoryReservation
    }
}

/// One `capacityProviderStrategy` entry.
public struct CapacityProviderStrategyItem: Sendable, Equatable {
    /// `capacityProvider` (`FARGATE`, `FARGATE_SPOT`, or a provider name).
    public var capacityProvider: String
    /// `base`.
    public var base: Int32
    /// `weight`.
    public var weight: Int32

    /// Creates an item.
    public init(capacityProvider: String, base: Int32 = 0, weight: Int32 = 0) {
        self.capacityProvider = capacityProvider
        self.base = base
        self.weight = weight
    }
}

/// `network_configuration`.
public struct NetworkConfiguration: Sendable, Equatable {
    /// `aws_vpc_configuration`.
    public var awsVpcConfiguration: AwsVpcConfiguration?

    /// Creates a network configuration.
    public init(awsVpcConfiguration: AwsVpcConfiguration?) { self.awsVpcConfiguration = awsVpcConfiguration }
}

/// `network_configuration.aws_vpc_configuration`.
public struct AwsVpcConfiguration: Sendable, Equatable {
    /// `subnets`.
    public var subnets: [String]
    /// `security_groups` (omitted from payloads when empty).
    public var securityGroups: [String]
    /// `assign_public_ip` (`ENABLED`/`DISABLED`; omitted when "").
    public var assignPublicIP: String

    /// Creates an awsvpc configuration.
    public init(subnets: [String], securityGroups: [String] = [], assignPublicIP: String = "") {
        self.subnets = subnets
        self.securityGroups = securityGroups
        self.assignPublicIP = assignPublicIP
    }
}

/// `dead_letter_config`.
public struct DeadLetterConfig: Sendable, Equatable {
    /// `sqs`: a queue name (made into an ARN in the rule's region and account) or a full ARN.
    public var sqs: String

    /// Creates a dead-letter config.
    public init(sqs: String) { self.sqs = sqs }
}

/// `retryPolicy`: how EventBridge retries a failed invocation (ecswift addition, EventBridge limits).
public struct RetryPolicy: Sendable, Equatable {
    /// `maximumRetryAttempts`, 0–185.
    public var maximumRetryAttempts: Int32?
    /// `maximumEventAgeInSeconds`, 60–86400.
    public var maximumEventAgeInSeconds: Int32?

    /// Creates a retry policy.
    public init(maximumRetryAttempts: Int32? = nil, maximumEventAgeInSeconds: Int32? = nil) {
        self.maximumRetryAttempts = maximumRetryAttempts
        self.maximumEventAgeInSeconds = maximumEventAgeInSeconds
    }
}
