import Schedule
import Testing

/// Spec §2.3: top-level region, cluster, role and trackingId are merged into rules that lack them.
@Suite struct InheritanceTests {
    let config: ScheduleConfig

    init() throws {
        config = try Support.loader(accountID: "123456789012").load(path: "inheritance.yaml")
    }

    @Test func topLevelTrackingIdIsKept() {
        #expect(config.base.trackingID == "batch-jobs")
        #expect(config.role == "service-role/Shared")
    }

    @Test func ruleWithoutOwnSettingsInheritsAll() throws {
        let rule = try #require(config.rule(named: "inherits-everything"))
        #expect(
            rule.base
                == ScheduleBaseConfig(
                    region: "ap-northeast-1", cluster: "default", trackingID: "batch-jobs", accountID: "123456789012"))
        #expect(rule.target.role == "service-role/Shared")
        #expect(rule.target.targetID == "")
        #expect(rule.target.taskCount == 0)
        #expect(!rule.disabled)
    }

    @Test func ruleSettingsWinOverTheTopLevel() throws {
        let rule = try #require(config.rule(named: "overrides-everything"))
        #expect(
            rule.base
                == ScheduleBaseConfig(
                    region: "us-west-2", cluster: "other", trackingID: "other-jobs", accountID: "123456789012"))
        #expect(rule.target.role == "arn:aws:iam::123456789012:role/Own")
        #expect(rule.target.targetID == "custom-target")
        #expect(rule.target.taskCount == 3)
        #expect(rule.disabled)
    }

    @Test func partialRuleBaseIsFilledFieldByField() throws {
        let rule = try #require(config.rule(named: "overrides-region-only"))
        #expect(rule.base.region == "eu-west-1")
        #expect(rule.base.cluster == "default")
        #expect(rule.base.trackingID == "batch-jobs")
    }

    @Test func trackingIdDefaultsToTheClusterAndRoleMayStayEmpty() throws {
        let path = try Support.write(
            "region: r\ncluster: web\nrules:\n- name: a\n  scheduleExpression: rate(1 day)\n  taskDefinition: t\n")
        let config = try Support.loader().load(path: path)
        #expect(config.base.trackingID == "web")
        #expect(config.rules[0].base.trackingID == "web")
        // An empty role stays empty in the model; ecsEventsRole is applied when ARNs are built.
        #expect(config.rules[0].target.role == "")
        #expect(ScheduleRule.defaultRole == "ecsEventsRole")
    }

    @Test func negativeTaskCountMeansOne() {
        #expect(ScheduleTarget(taskDefinition: "t", taskCount: -3).effectiveTaskCount == 1)
        #expect(ScheduleTarget(taskDefinition: "t", taskCount: 4).effectiveTaskCount == 4)
    }
}
