import Foundation
import Schedule
import Testing

/// Spec §6.2's `config_test.go`, reproduced over our own fixtures.
@Suite struct LoadConfigTests {
    @Test(arguments: ["sample.yaml", "sample.json", "sample.jsonnet"])
    func samplesLoadToTheSameStructure(file: String) throws {
        let loader = Support.loader(extStrings: ["REGION": "us-east-1", "CLUSTER": "api"], extCodes: ["BASE": "1"])
        let config = try loader.load(path: file)
        #expect(Support.comparable(config) == Support.expectedSample)
        #expect(config.directory == Support.fixtures)
        #expect(config.path == Support.fixture(file))
        #expect(config.rules[0].target.taskCount == 0)
        #expect(config.rules[0].target.effectiveTaskCount == 1)
    }

    @Test func sampleWarnsAboutLaunchTypeWithCapacityProviders() throws {
        let config = try Support.loader().load(path: "sample.yaml")
        #expect(config.warnings.count == 1)
        #expect(config.warnings[0].contains("launch_type and capacityProviderStrategy are both set"))
    }

    @Test func envDefaultGivesWayToASetVariable() throws {
        let config = try Support.loader(environment: ["DUMMY_HOGE_ENV": "from-env"]).load(path: "sample.yaml")
        #expect(config.rules[0].target.containerOverrides[0].environment == ["HOGE_ENV": "from-env"])
    }

    @Test func mustEnvIsLazy() throws {
        let config = try Support.loader(accountID: "335").load(path: "sample2.yaml")
        let rule = try #require(config.rule(named: "hoge-task-name"))
        #expect(rule.target.containerOverrides[0].environment["HOGE_ENV"] == "ecschedule::<DUMMY_HOGE_ENV>")
        #expect(throws: UnresolvedEnvironmentError(rule: "hoge-task-name", variables: ["DUMMY_HOGE_ENV"])) {
            try rule.validateEnvironment()
        }
        do {
            try rule.validateEnvironment()
        } catch {
            #expect(error.message == "environment variable DUMMY_HOGE_ENV is not defined")
        }
    }

    @Test func mustEnvResolvesWhenSetEvenEmpty() throws {
        let config = try Support.loader(environment: ["DUMMY_HOGE_ENV": ""]).load(path: "sample2.yaml")
        #expect(config.rules[0].target.containerOverrides[0].environment["HOGE_ENV"] == "")
        #expect(config.rules[0].unresolvedEnvironmentVariables.isEmpty)
    }

    @Test func twoMissingVariablesAreNamedInFieldOrder() throws {
        let path = try Support.write(
            """
            region: r
            cluster: c
            rules:
            - name: {{ must_env "JOB" }}
              description: {{ must_env "OWNER" }}
              scheduleExpression: rate(1 day)
              taskDefinition: {{ must_env "FAMILY" }}
            """)
        let rule = try Support.loader().load(path: path).rules[0]
        #expect(rule.unresolvedEnvironmentVariables == ["JOB", "OWNER", "FAMILY"])
        #expect(
            UnresolvedEnvironmentError(rule: rule.name, variables: ["A", "B"]).message
                == "environment variables A and B are not defined")
    }

    @Test func tfstatePluginValuesArriveThroughPassTwo() throws {
        let config = try Support.loader().load(path: "sample3.yaml")
        #expect(config.plugins == [SchedulePlugin(name: "tfstate", config: ["path": "testdata/terraform.tfstate"])])
        #expect(config.rules[0].target.networkConfiguration == Support.expectedNetwork)
    }

    @Test func undefinedPropagateTagsStaysNil() throws {
        let config = try Support.loader().load(path: "sample4.yaml")
        #expect(config.rules[0].target.propagateTags == nil)
        #expect(config.rules[0].target.networkConfiguration == Support.expectedNetwork)
    }

    @Test(arguments: ["sample5.yaml", "sample5.jsonnet"])
    func prefixedPluginsThroughThePluginFunction(file: String) throws {
        let config = try Support.loader().load(path: file)
        #expect(
            config.plugins == [
                SchedulePlugin(name: "tfstate", config: ["path": "testdata/terraform.tfstate"], funcPrefix: "first_"),
                SchedulePlugin(name: "tfstate", config: ["path": "testdata/terraform.tfstate"], funcPrefix: "second_"),
            ])
        #expect(config.rules[0].target.networkConfiguration == Support.expectedNetwork)
    }

    @Test func jsonnetWithoutExtVarsFails() throws {
        #expect {
            try Support.loader().load(path: "sample.jsonnet")
        } throws: { error in
            let text = String(describing: error)
            return text.contains("failed to evaluate jsonnet file") && text.contains("undefined external variable")
                && text.contains("hint: bind it with -ext-str")
        }
    }

    @Test func jsonnetNativesAndExtCode() throws {
        let loader = Support.loader(
            environment: ["ECSCHEDULE_TEST_ENV": "prod", "ECSCHEDULE_TEST_REGION": ""],
            extStrings: ["DESCRIPTION": "{{ env `ECSCHEDULE_TEST_ENV` }} job"], extCodes: ["COUNT": "1 + 1"])
        let config = try loader.load(path: "natives.jsonnet")
        // The native env returns a set variable even when it is empty (unlike the template env).
        #expect(config.base.region == "")
        #expect(config.base.cluster == "prod")
        let rule = config.rules[0]
        #expect(rule.name == "job-prod")
        #expect(rule.disabled)
        #expect(rule.target.taskCount == 2)
        // Templates run over the Jsonnet output, inside strings.
        #expect(rule.description == "prod job")
    }

    @Test func jsonnetNativeMustEnvFailsNamingTheVariable() throws {
        #expect {
            try Support.loader(extStrings: ["DESCRIPTION": ""], extCodes: ["COUNT": "1"]).load(path: "natives.jsonnet")
        } throws: { error in
            String(describing: error).contains("must_env: environment variable \"ECSCHEDULE_TEST_ENV\" is not set")
        }
    }
}
