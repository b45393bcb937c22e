import Config
import Documents
import Testing

@Suite struct ServiceDefinitionValidatorTests {
    let validator = DefinitionValidator()

    @Test func serviceDefinitionPasses() {
        let json = ValidationFixtures.load(ValidationFixtures.serviceDefinition)
        #expect(validator.validateServiceDefinition(json, path: "ecs-service-def.json") == [])
    }

    @Test func describeServicesOutputPasses() throws {
        let json = ValidationFixtures.load(ValidationFixtures.describedService)
        #expect(validator.validateServiceDefinition(json, path: "svc.json") == [])
        let raw = try JSONValue.parse(ValidationFixtures.describedService)
        #expect(validator.validateServiceDefinition(raw, path: "svc.json") == [])
    }

    @Test(arguments: [
        (
            #"{"deploymentConfiguration": {"maximumPercentt": 200}}"#,
            #"svc.json: deploymentConfiguration.maximumPercentt: unknown key (did you mean "maximumPercent"?)"#
        ),
        (
            #"{"desiredCount": "2"}"#,
            #"svc.json: desiredCount: expected integer, found string "2" (write 2 without quotes)"#
        ),
        (
            #"{"networkConfiguration": {"awsvpcConfiguration": {"securityGroups": ["sg-1"]}}}"#,
            "svc.json: networkConfiguration.awsvpcConfiguration.subnets: missing required key"
        ),
        (
            #"{"networkConfiguration": {"awsvpcConfiguration": {"subnets": ["s"], "assignPublicIp": "ENABLE"}}}"#,
            #"svc.json: networkConfiguration.awsvpcConfiguration.assignPublicIp: invalid value "ENABLE" (expected one of: ENABLED, DISABLED) (did you mean "ENABLED"?)"#
        ),
        (
            #"{"deploymentConfiguration": {"deploymentCircuitBreaker": {"enable": true}}}"#,
            "svc.json: deploymentConfiguration.deploymentCircuitBreaker.rollback: missing required key"
        ),
        (
            #"{"loadBalancers": [{"containerName": "app", "containerPort": "80"}]}"#,
            #"svc.json: loadBalancers[0].containerPort: expected integer, found string "80" (write 80 without quotes)"#
        ),
        (
            #"{"serviceConnectConfiguration": {"enabled": true, "services": [{"portNme": "http"}]}}"#,
            #"svc.json: serviceConnectConfiguration.services[0].portNme: unknown key (did you mean "portName"?)"#
        ),
        (#"{"enableExecuteCommand": "yes"}"#, #"svc.json: enableExecuteCommand: expected boolean, found string "yes""#),
    ])
    func serviceDefinitionIssue(json: String, expected: String) {
        let issues = validator.validateServiceDefinition(ValidationFixtures.load(json), path: "svc.json")
        #expect(issues.map(\.description) == [expected])
    }

    @Test func enumIssueSuggestsTheRightCase() throws {
        let issues = validator.validateServiceDefinition(
            ValidationFixtures.load(#"{"launchType": "fargate"}"#), path: "svc.json")
        let issue = try #require(issues.first)
        #expect(issues.count == 1)
        #expect(issue.keyPath == "launchType")
        #expect(issue.message.hasPrefix(#"invalid value "fargate" (expected one of: EC2, FARGATE"#))
        #expect(issue.hint == #"did you mean "FARGATE"?"#)
    }

    @Test(arguments: [
        #"{"serviceName": "web", "cluster": "prod", "taskDefinition": "web:3"}"#,
        #"{"service": "web", "forceNewDeployment": true}"#,
        #"{"role": "ecsServiceRole", "serviceArn": "arn:x", "runningCount": 1, "taskSets": [{"id": "x"}]}"#,
    ])
    func createAndUpdateMembersAndReadOnlyFieldsPass(json: String) {
        #expect(validator.validateServiceDefinition(ValidationFixtures.load(json), path: "svc.json") == [])
    }

    @Test(arguments: [
        (#"{"cpu": "512", "containerOverrides": [{"name": "app", "command": ["rake", "db:migrate"]}]}"#, [String]()),
        (
            #"{"containerOverrides": [{"name": "app", "comand": ["x"]}]}"#,
            [#"run.json: containerOverrides[0].comand: unknown key (did you mean "command"?)"#]
        ),
    ])
    func taskOverride(json: String, expected: [String]) {
        let issues = validator.validateTaskOverride(ValidationFixtures.load(json), path: "run.json")
        #expect(issues.map(\.description) == expected)
    }
}
