import Config
import Documents
import Testing

@Suite struct DefinitionValidatorTests {
    let validator = DefinitionValidator()

    /// A minimal valid task definition with `container` spliced into its only container and
    /// `top` into its top level.
    static func task(container: String = "", top: String = "") -> String {
        let containerExtra = container.isEmpty ? "" : ", " + container
        let topExtra = top.isEmpty ? "" : ", " + top
        return #"{"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx""#
            + containerExtra + "}]" + topExtra + "}"
    }

    @Test func realisticFargateTaskDefinitionPasses() {
        let json = ValidationFixtures.load(ValidationFixtures.fargateTaskDefinition)
        #expect(validator.validateTaskDefinition(json, path: "ecs-task-def.json") == [])
    }

    @Test func describeTaskDefinitionOutputPasses() throws {
        let normalized = ValidationFixtures.load(ValidationFixtures.describedTaskDefinition)
        #expect(validator.validateTaskDefinition(normalized, path: "td.json") == [])
        // Not normalised: empty arrays kept, as a caller might pass straight from the parser.
        let raw = try JSONValue.parse(ValidationFixtures.describedTaskDefinition)
        #expect(validator.validateTaskDefinition(raw, path: "td.json") == [])
    }

    @Test(arguments: [
        (
            task(container: #""memoryReservaton": 512"#),
            #"td.json: containerDefinitions[0].memoryReservaton: unknown key (did you mean "memoryReservation"?)"#
        ),
        (task(top: #""flamingo": 1"#), "td.json: flamingo: unknown key"),
        (task(top: #""FAMILY": "x""#), #"td.json: fAMILY: unknown key (did you mean "family"?)"#),
        (
            task(container: #""cpu": "abc""#),
            #"td.json: containerDefinitions[0].cpu: expected integer, found string "abc""#
        ),
        (
            task(container: #""memory": "512""#),
            #"td.json: containerDefinitions[0].memory: expected integer, found string "512" (write 512 without quotes)"#
        ),
        (
            task(container: #""memory": 512.5"#),
            "td.json: containerDefinitions[0].memory: expected integer, found number 512.5"
        ),
        (
            task(container: #""memory": 4294967296"#),
            "td.json: containerDefinitions[0].memory: integer 4294967296 is out of range -2147483648...2147483647"
        ),
        (task(top: #""cpu": 256"#), #"td.json: cpu: expected string, found number 256 (write "256" in quotes)"#),
        (
            task(container: #""essential": "true""#),
            #"td.json: containerDefinitions[0].essential: expected boolean, found string "true" (write true without quotes)"#
        ),
        (
            task(top: #""networkMode": "awsvpcc""#),
            #"td.json: networkMode: invalid value "awsvpcc" (expected one of: bridge, host, awsvpc, none) (did you mean "awsvpc"?)"#
        ),
        (
            task(container: #""portMappings": [{"containerPort": 80, "protocol": "TCP"}]"#),
            #"td.json: containerDefinitions[0].portMappings[0].protocol: invalid value "TCP" (expected one of: tcp, udp) (did you mean "tcp"?)"#
        ),
        (
            task(container: #""portMappings": {"containerPort": 80}"#),
            "td.json: containerDefinitions[0].portMappings: expected array, found object (wrap the value in [ ])"
        ),
        (
            task(container: #""dockerLabels": {"com.example.port": 80}"#),
            #"td.json: containerDefinitions[0].dockerLabels["com.example.port"]: expected string, found number 80 (write "80" in quotes)"#
        ),
        (
            task(container: #""logConfiguration": {"options": {"awslogs-group": "/ecs/web"}}"#),
            "td.json: containerDefinitions[0].logConfiguration.logDriver: missing required key"
        ),
        (
            #"{"family": "web", "containerDefinitions": [{"image": "nginx"}]}"#,
            "td.json: containerDefinitions[0].name: missing required key"
        ),
        (#"{"containerDefinitions": [{"name": "a", "image": "b"}]}"#, "td.json: family: missing required key"),
        ("[]", "td.json: (top level): expected an object, found array"),
    ])
    func taskDefinitionIssue(json: String, expected: String) {
        let issues = validator.validateTaskDefinition(ValidationFixtures.load(json), path: "td.json")
        #expect(issues.map(\.description) == [expected])
    }

    @Test(arguments: [
        task(top: #""cpu": "256", "memory": "0.5GB""#),
        task(container: #""dockerLabels": {"any.key/at all": "v"}, "linuxParameters": {"capabilities": {"add": []}}"#),
        task(container: #""logConfiguration": {"logDriver": "awslogs", "options": {"Anything-Goes": "x"}}"#),
        task(
            top: #""volumes": [{"name": "d", "dockerVolumeConfiguration": {"labels": {"A": "b"}, "driverOpts": {}}}]"#),
        task(top: #""taskDefinitionArn": "arn:x", "revision": 3, "deregisteredAt": 1700000000"#),
        task(top: #""pidMode": null"#),
    ])
    func taskDefinitionPasses(json: String) {
        #expect(validator.validateTaskDefinition(ValidationFixtures.load(json), path: "td.json") == [])
    }

    @Test func issuesComeInDocumentOrderWithFieldsSet() {
        let json = ValidationFixtures.load(
            #"{"family": "web", "networkMode": "awsvpcc", "containerDefinitions": [{"name": "a", "image": "b"},"#
                + #" {"image": "c", "memoryReservaton": 1}]}"#)
        let issues = validator.validateTaskDefinition(json, path: "ecs-task-def.json")
        #expect(
            issues.map(\.keyPath) == [
                "networkMode", "containerDefinitions[1].memoryReservaton", "containerDefinitions[1].name",
            ])
        #expect(
            issues[1]
                == ValidationIssue(
                    path: "ecs-task-def.json", keyPath: "containerDefinitions[1].memoryReservaton",
                    message: "unknown key", hint: #"did you mean "memoryReservation"?"#))
        #expect(throws: ValidationError(issues: issues)) {
            try validator.checkTaskDefinition(json, path: "ecs-task-def.json")
        }
        let error = ValidationError(issues: issues)
        #expect(error.description == issues.map(\.description).joined(separator: "\n"))
        #expect(error.description.split(separator: "\n").count == 3)
        #expect(error.summary == "3 problems in ecs-task-def.json")
        let both = ValidationError(issues: issues + [ValidationIssue(path: "svc.json", keyPath: "a", message: "m")])
        #expect(both.paths == ["ecs-task-def.json", "svc.json"])
    }

    @Test func checkDoesNotThrowForValidDefinitions() throws {
        try validator.checkTaskDefinition(ValidationFixtures.load(Self.task()), path: "td.json")
        try validator.checkServiceDefinition(ValidationFixtures.load(ValidationFixtures.serviceDefinition), path: "s")
    }
}
