import Config
import Schedule
import Testing

/// Every load error names the file and the line or key path, and says what to do.
@Suite struct ErrorMessageTests {
    static let header = "region: us-east-1\ncluster: api\nrules:\n"

    func message(loading text: String, name: String = "ecschedule.yaml") throws -> (path: String, text: String) {
        let path = try Support.write(text, name: name)
        do {
            _ = try Support.loader().load(path: path)
        } catch {
            return (path, String(describing: error))
        }
        Issue.record("loading succeeded")
        return (path, "")
    }

    @Test func badYAMLNamesTheLine() throws {
        let (path, text) = try message(loading: Self.header + "- name: a\n  scheduleExpression: [rate(1 day)\n")
        #expect(text.hasPrefix(path + ":"))
        #expect(text.contains("syntax error"))
        #expect(text.range(of: #":[0-9]+:[0-9]+: syntax error"#, options: .regularExpression) != nil)
    }

    @Test func badJSONNamesLineAndColumn() throws {
        let (path, text) = try message(loading: "{\n  \"region\": \"r\",\n  \"rules\": [,]\n}\n", name: "c.json")
        #expect(text.hasPrefix(path + ":3:"))
    }

    @Test(arguments: [
        (
            "launchType: FARGATE",
            "rules[0].launchType: unknown key (hint: did you mean \"launch_type\"? ecschedule would silently ignore this key)"
        ),
        ("platformVersion: 1.4.0", "rules[0].platformVersion: unknown key (hint: did you mean \"platform_version\"?"),
        (
            "schedule_expression: x",
            "rules[0].schedule_expression: unknown key (hint: did you mean \"scheduleExpression\"?"
        ),
        (
            "network_configuration: {awsvpc_configuration: {}}",
            "rules[0].network_configuration.awsvpc_configuration: unknown key (hint: did you mean \"aws_vpc_configuration\"?"
        ),
        ("containerOverrides: [{name: c, env: {A: b}}]", "rules[0].containerOverrides[0].env: unknown key"),
        ("zzz: 1", "rules[0].zzz: unknown key (hint: known keys here: name, description,"),
    ])
    func unknownKeysAreRefusedWithASuggestion(line: String, expected: String) throws {
        let (path, text) = try message(
            loading: Self.header + "- name: a\n  scheduleExpression: rate(1 day)\n  taskDefinition: t\n  \(line)\n")
        #expect(text.hasPrefix(path + ": "))
        #expect(text.contains(expected))
    }

    @Test func unknownTopLevelKey() throws {
        let (_, text) = try message(loading: "regoin: us-east-1\n")
        #expect(text.contains(": regoin: unknown key (hint: did you mean \"region\"?"))
    }

    @Test func jsonKeysMatchCaseInsensitivelyLikeEncodingJSON() throws {
        let path = try Support.write(
            #"{"Region": "r", "CLUSTER": "c", "rules": [{"Name": "a", "scheduleexpression": "rate(1 day)", "taskDefinition": "t"}]}"#,
            name: "c.json")
        let config = try Support.loader().load(path: path)
        #expect(config.base.region == "r")
        #expect(config.base.cluster == "c")
        #expect(config.rules[0].name == "a")
    }

    @Test(arguments: [
        ("taskCount: two", "rules[0].taskCount: expected a whole number, found string"),
        ("taskCount: 1.5", "rules[0].taskCount: expected a whole number, found 1.5"),
        ("disabled: \"yes\"", "rules[0].disabled: expected true or false, found string"),
        ("containerOverrides: {name: c}", "rules[0].containerOverrides: expected a list, found object"),
        ("taskOverride: {cpu: [1]}", "rules[0].taskOverride.cpu: expected a string, found array"),
        (
            "retryPolicy: {maximumRetryAttempts: 200}",
            "rules[0].retryPolicy.maximumRetryAttempts: 200 is out of range (hint: EventBridge accepts 0-185)"
        ),
    ])
    func wrongTypesNameTheKeyPath(line: String, expected: String) throws {
        let (_, text) = try message(
            loading: Self.header + "- name: a\n  scheduleExpression: rate(1 day)\n  taskDefinition: t\n  \(line)\n")
        #expect(text.contains(expected))
    }

    @Test func yamlNumbersAreReadAsStringsLikeGoccy() throws {
        let path = try Support.write(
            Self.header
                + "- name: a\n  scheduleExpression: rate(1 day)\n  taskDefinition: t\n  taskOverride: {cpu: 256}\n")
        #expect(try Support.loader().load(path: path).rules[0].target.taskOverride == TaskOverride(cpu: "256"))
    }

    @Test func duplicateRuleNamesAreRefused() throws {
        let rule = "- name: a\n  scheduleExpression: rate(1 day)\n  taskDefinition: t\n"
        let (_, text) = try message(loading: Self.header + rule + rule)
        #expect(text.contains("rules[1].name: rule \"a\" is already defined at rules[0]"))
    }

    @Test func missingTaskDefinitionIsRefused() throws {
        let (_, text) = try message(loading: Self.header + "- name: a\n  scheduleExpression: rate(1 day)\n")
        #expect(text.contains("rules[0].taskDefinition is required"))
    }

    @Test func unknownPluginIsRefused() throws {
        let (_, text) = try message(loading: "region: r\ncluster: c\nplugins:\n- name: tfstat\n")
        #expect(text.contains("plugins[0].name: plugin tfstat is not available (hint: did you mean tfstate?"))
    }

    @Test func pluginsNeedAProvider() throws {
        let path = Support.fixture("sample3.yaml")
        #expect {
            try Support.loader(plugins: nil).load(path: path)
        } throws: { error in
            String(describing: error).contains("plugins[0]: the tfstate plugin cannot be loaded here")
        }
    }

    @Test(
        arguments: [
            (["a=b", "c=d=e", "a=z"], ["a": "z", "c": "d=e"], nil),
            (["HOME"], ["HOME": "/home/x"], nil),
            (["=v"], [:], "empty key in \"=v\""),
            ([""], [:], "empty key"),
            (["NOPE"], [:], "environment variable \"NOPE\" is not defined"),
        ] as [([String], [String: String], String?)])
    func extVarSyntax(values: [String], expected: [String: String], failure: String?) {
        do {
            #expect(try ScheduleExtVars.parse(values, environment: ["HOME": "/home/x"]) == expected)
            #expect(failure == nil)
        } catch {
            #expect(error.description == failure)
        }
    }
}
