import Config
import Documents

/// The keys of each mapping, in ecschedule's struct order (also the order `render` prints them in).
enum ScheduleKeys {
    static let top = ["role", "region", "cluster", "trackingId", "rules", "plugins"]
    static let rule = [
        "name", "description", "scheduleExpression", "disabled", "targetId", "taskDefinition", "taskCount",
        "taskOverride", "containerOverrides", "role", "group", "capacityProviderStrategy", "launch_type",
        "platform_version", "network_configuration", "dead_letter_config", "propagateTags", "retryPolicy", "region",
        "cluster", "trackingId",
    ]
    static let taskOverride = ["cpu", "memory"]
    static let containerOverride = ["name", "command", "environment", "cpu", "memory", "memoryReservation"]
    static let capacityProvider = ["capacityProvider", "base", "weight"]
    static let network = ["aws_vpc_configuration"]
    static let awsVpc = ["subnets", "security_groups", "assign_public_ip"]
    static let deadLetter = ["sqs"]
    static let retryPolicy = ["maximumRetryAttempts", "maximumEventAgeInSeconds"]
    static let plugin = ["name", "config", "func_prefix"]
}

extension ScheduleConfig {
    /// Decodes a parsed document strictly (unknown keys and wrong types are errors), without merging
    /// the top level into the rules yet.
    static func decode(_ document: JSONValue, rules: DecodingRules) throws -> ScheduleConfig {
        let top = try FieldReader(document, at: "", known: ScheduleKeys.top, rules: rules)
        let base = ScheduleBaseConfig(
            region: try top.string("region") ?? "", cluster: try top.string("cluster") ?? "",
            trackingID: try top.string("trackingId") ?? "")
        let ruleList = try (top.list("rules") ?? []).map { try ScheduleRule.decode($0.value, at: $0.keyPath, rules) }
        let plugins = try (top.list("plugins") ?? []).map { entry -> SchedulePlugin in
            let plugin = try FieldReader(entry.value, at: entry.keyPath, known: ScheduleKeys.plugin, rules: rules)
            return SchedulePlugin(
                name: try plugin.string("name") ?? "", config: plugin.value("config") ?? .object(JSONObject()),
                funcPrefix: try plugin.string("func_prefix") ?? "")
        }
        return ScheduleConfig(role: try top.string("role") ?? "", base: base, rules: ruleList, plugins: plugins)
    }

    /// Checks what ecschedule never checks (bug B14): rule names present and unique, task definitions present.
    func checkRules() throws {
        func keyPathOf(_ index: Int) -> String { "rules[\(index)]" }
        var seen: [String: Int] = [:]
        for (index, rule) in rules.enumerated() {
            if rule.name.isEmpty {
                throw ConfigError.missingKey(
                    path: path, keyPath: keyPathOf(index) + ".name", hint: "every rule needs a unique name")
            }
            if let first = seen[rule.name] {
                throw ConfigError.invalidValue(
                    path: path, keyPath: keyPathOf(index) + ".name",
                    reason: "rule \"\(rule.name)\" is already defined at \(keyPathOf(first))",
                    hint: "rule names are EventBridge rule names and must be unique")
            }
            seen[rule.name] = index
            if rule.target.taskDefinition.isEmpty {
                throw ConfigError.missingKey(
                    path: path, keyPath: keyPathOf(index) + ".taskDefinition",
                    hint: "name the task definition family, family:revision or ARN to run")
            }
            try checkRetryPolicy(rule.target.retryPolicy, keyPath: keyPathOf(index) + ".retryPolicy")
        }
    }

    func checkRetryPolicy(_ policy: RetryPolicy?, keyPath: String) throws {
        let limits: [(String, Int32?, ClosedRange<Int32>)] = [
            ("maximumRetryAttempts", policy?.maximumRetryAttempts, 0...185),
            ("maximumEventAgeInSeconds", policy?.maximumEventAgeInSeconds, 60...86400),
        ]
        for (key, value, range) in limits {
            guard let value, !range.contains(value) else { continue }
            throw ConfigError.invalidValue(
                path: path, keyPath: keyPath + "." + key, reason: "\(value) is out of range",
                hint: "EventBridge accepts \(range.lowerBound)-\(range.upperBound)")
        }
    }

    /// Merges the top-level role and base config into each rule (ecschedule's `mergeBaseConfig`),
    /// after defaulting `trackingId` to the cluster.
    mutating func mergeTopLevelDefaults() {
        if base.trackingID.isEmpty { base.trackingID = base.cluster }
        for index in rules.indices {
            if rules[index].target.role.isEmpty { rules[index].target.role = role }
            rules[index].base = rules[index].base.filled(from: base)
        }
    }
}

extension ScheduleRule {
    static func decode(_ value: JSONValue, at keyPath: String, _ rules: DecodingRules) throws -> ScheduleRule {
        let rule = try FieldReader(value, at: keyPath, known: ScheduleKeys.rule, rules: rules)
        return ScheduleRule(
            name: try rule.string("name") ?? "", description: try rule.string("description") ?? "",
            scheduleExpression: try rule.string("scheduleExpression") ?? "",
            disabled: try rule.bool("disabled") ?? false, target: try ScheduleTarget.decode(rule),
            base: ScheduleBaseConfig(
                region: try rule.string("region") ?? "", cluster: try rule.string("cluster") ?? "",
                trackingID: try rule.string("trackingId") ?? ""))
    }
}

extension ScheduleTarget {
    static func decode(_ rule: FieldReader) throws -> ScheduleTarget {
        let overrides = try (rule.list("containerOverrides") ?? []).map { entry -> ContainerOverride in
            let item = try FieldReader(
                entry.value, at: entry.keyPath, known: ScheduleKeys.containerOverride, rules: rule.rules)
            return ContainerOverride(
                name: try item.string("name") ?? "", command: try item.strings("command"),
                environment: try item.stringMap("environment") ?? [:], cpu: try item.int32("cpu"),
                memory: try item.int32("memory"), memoryReservation: try item.int32("memoryReservation"))
        }
        let strategy = try (rule.list("capacityProviderStrategy") ?? []).map { entry in
            let item = try FieldReader(
                entry.value, at: entry.keyPath, known: ScheduleKeys.capacityProvider, rules: rule.rules)
            return CapacityProviderStrategyItem(
                capacityProvider: try item.string("capacityProvider") ?? "", base: try item.int32("base") ?? 0,
                weight: try item.int32("weight") ?? 0)
        }
        let taskOverride = try rule.object("taskOverride", known: ScheduleKeys.taskOverride).map {
            TaskOverride(cpu: try $0.string("cpu"), memory: try $0.string("memory"))
        }
        let network = try rule.object("network_configuration", known: ScheduleKeys.network).map {
            NetworkConfiguration(
                awsVpcConfiguration: try $0.object("aws_vpc_configuration", known: ScheduleKeys.awsVpc).map {
                    AwsVpcConfiguration(
                        subnets: try $0.strings("subnets") ?? [],
                        securityGroups: try $0.strings("security_groups") ?? [],
                        assignPublicIP: try $0.string("assign_public_ip") ?? "")
                })
        }
        let deadLetter = try rule.object("dead_letter_config", known: ScheduleKeys.deadLetter).map {
            DeadLetterConfig(sqs: try $0.string("sqs") ?? "")
        }
        let retry = try rule.object("retryPolicy", known: ScheduleKeys.retryPolicy).map {
            RetryPolicy(
                maximumRetryAttempts: try $0.int32("maximumRetryAttempts"),
                maximumEventAgeInSeconds: try $0.int32("maximumEventAgeInSeconds"))
        }
        return ScheduleTarget(
            targetID: try rule.string("targetId") ?? "", taskDefinition: try rule.string("taskDefinition") ?? "",
            taskCount: try rule.int32("taskCount") ?? 0, taskOverride: taskOverride, containerOverrides: overrides,
            role: try rule.string("role") ?? "", group: try rule.string("group") ?? "",
            capacityProviderStrategy: strategy, launchType: try rule.string("launch_type") ?? "",
            platformVersion: try rule.string("platform_version") ?? "", networkConfiguration: network,
            deadLetterConfig: deadLetter, propagateTags: try rule.string("propagateTags"), retryPolicy: retry)
    }
}
