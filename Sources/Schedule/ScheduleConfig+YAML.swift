import Documents

extension ScheduleConfig {
    /// The config as an ordered document, keys in ecschedule's struct order and empty fields
    /// omitted as its `omitempty` tags do; rules carry their resolved region, cluster and tracking id.
    public var yamlValue: JSONValue {
        var object = JSONObject()
        if !role.isEmpty { object["role"] = .string(role) }
        object["region"] = .string(base.region)
        object["cluster"] = .string(base.cluster)
        if !base.trackingID.isEmpty { object["trackingId"] = .string(base.trackingID) }
        object["rules"] = .array(rules.map { $0.yamlValue(includeBase: true) })
        if !plugins.isEmpty {
            object["plugins"] = .array(
                plugins.map { plugin in
                    var entry = JSONObject()
                    entry["name"] = .string(plugin.name)
                    entry["config"] = plugin.config
                    if !plugin.funcPrefix.isEmpty { entry["func_prefix"] = .string(plugin.funcPrefix) }
                    return .object(entry)
                })
        }
        return .object(object)
    }

    /// The config as YAML (what `ecswift schedule render` prints).
    public var yamlText: String { yamlValue.yamlText() }
}

extension ScheduleRule {
    /// The rule as an ordered document; `includeBase` adds the rule's region, cluster and tracking id.
    public func yamlValue(includeBase: Bool) -> JSONValue {
        var object = JSONObject()
        object["name"] = .string(name)
        if !description.isEmpty { object["description"] = .string(description) }
        object["scheduleExpression"] = .string(scheduleExpression)
        if disabled { object["disabled"] = .bool(true) }
        target.write(into: &object)
        if includeBase {
            if !base.region.isEmpty { object["region"] = .string(base.region) }
            if !base.cluster.isEmpty { object["cluster"] = .string(base.cluster) }
            if !base.trackingID.isEmpty { object["trackingId"] = .string(base.trackingID) }
        }
        return .object(object)
    }
}

extension ScheduleTarget {
    func write(into object: inout JSONObject) {
        if !targetID.isEmpty { object["targetId"] = .string(targetID) }
        object["taskDefinition"] = .string(taskDefinition)
        if taskCount != 0 { object["taskCount"] = .int(Int(taskCount)) }
        if let taskOverride {
            var override = JSONObject()
            if let cpu = taskOverride.cpu { override["cpu"] = .string(cpu) }
            if let memory = taskOverride.memory { override["memory"] = .string(memory) }
            object["taskOverride"] = .object(override)
        }
        if !containerOverrides.isEmpty { object["containerOverrides"] = .array(containerOverrides.map(\.yamlValue)) }
        if !role.isEmpty { object["role"] = .string(role) }
        if !group.isEmpty { object["group"] = .string(group) }
        if !capacityProviderStrategy.isEmpty {
            object["capacityProviderStrategy"] = .array(
                capacityProviderStrategy.map {
                    [
                        "capacityProvider": .string($0.capacityProvider), "base": .int(Int($0.base)),
                        "weight": .int(Int($0.weight)),
                    ]
                })
        }
        if !launchType.isEmpty { object["launch_type"] = .string(launchType) }
        if !platformVersion.isEmpty { object["platform_version"] = .string(platformVersion) }
        if let networkConfiguration {
            var network = JSONObject()
            if let vpc = networkConfiguration.awsVpcConfiguration {
                var awsVpc = JSONObject()
                awsVpc["subnets"] = .array(vpc.subnets.map(JSONValue.string))
                if !vpc.securityGroups.isEmpty {
                    awsVpc["security_groups"] = .array(vpc.securityGroups.map(JSONValue.string))
                }
                if !vpc.assignPublicIP.isEmpty { awsVpc["assign_public_ip"] = .string(vpc.assignPublicIP) }
                network["aws_vpc_configuration"] = .object(awsVpc)
            }
            object["network_configuration"] = .object(network)
        }
        if let deadLetterConfig { object["dead_letter_config"] = ["sqs": .string(deadLetterConfig.sqs)] }
        if let propagateTags { object["propagateTags"] = .string(propagateTags) }
        if let retryPolicy {
            var retry = JSONObject()
            if let attempts = retryPolicy.maximumRetryAttempts { retry["maximumRetryAttempts"] = .int(Int(attempts)) }
            if let age = retryPolicy.maximumEventAgeInSeconds { retry["maximumEventAgeInSeconds"] = .int(Int(age)) }
            object["retryPolicy"] = .object(retry)
        }
    }
}

extension ContainerOverride {
    var yamlValue: JSONValue {
        var object = JSONObject()
        object["name"] = .string(name)
        if let command { object["command"] = .array(command.map(JSONValue.string)) }
        if !environment.isEmpty {
            // goccy/go-yaml writes Go maps with sorted keys, so the order never causes a diff.
            var env = JSONObject()
            for key in environment.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                env[key] = .string(environment[key]!)
            }
            object["environment"] = .object(env)
        }
        if let cpu { object["cpu"] = .int(Int(cpu)) }
        if let memory { object["memory"] = .int(Int(memory)) }
        if let memoryReservation { object["memoryReservation"] = .int(Int(memoryReservation)) }
        return .object(object)
    }
}
