import Schedule
import Template
import Testing

/// Spec §3.1: the two template passes, with env and must_env in each.
@Suite struct TemplatePassTests {
    func load(_ environmentLine: String, environment: [String: String]) throws -> String? {
        let path = try Support.write(
            """
            region: r
            cluster: c
            rules:
            - name: a
              scheduleExpression: rate(1 day)
              taskDefinition: t
              containerOverrides:
              - name: c
                environment:
                  V: \(environmentLine)
            """)
        return try Support.loader(environment: environment).load(path: path).rules[0].target.containerOverrides[0]
            .environment["V"]
    }

    @Test(
        arguments: [
            (#"{{ env "A" "fallback" }}"#, ["A": "set"], "set"),
            (#"{{ env "A" "fallback" }}"#, ["A": ""], "fallback"),
            // go-config's env looks the default up as a variable name too.
            (#"{{ env "A" "B" }}"#, ["B": "from-b"], "from-b"),
            (#"{{ env "A" }}"#, [:], "A"),
            (#"{{ must_env "A" }}"#, ["A": "x"], "x"),
            (#"{{ must_env "A" }}"#, [:], "ecschedule::<A>"),
            // Pass-1 output is rendered again by pass 2, with go-config's functions (quoted, or the
            // first YAML decode would read the braces as a flow mapping, as goccy would).
            (#"'{{ env "NESTED" }}'"#, ["NESTED": "{{ env `INNER` }}", "INNER": "inner"], "inner"),
            (#"'{{ env "NESTED" }}'"#, ["NESTED": "{{ json_escape `a\"b` }}"], #"a\"b"#),
        ] as [(String, [String: String], String)])
    func bothPasses(template: String, environment: [String: String], expected: String) throws {
        #expect(try load(template, environment: environment) == expected)
    }

    @Test func mustEnvInPassTwoFailsNamingTheVariable() throws {
        #expect {
            try load(#"'{{ env "NESTED" }}'"#, environment: ["NESTED": "{{ must_env `INNER` }}"])
        } throws: { error in
            let text = String(describing: error)
            return text.contains("environment variable INNER is not defined") && text.contains("hint: export INNER=")
        }
    }

    @Test func undefinedFunctionGetsASuggestion() throws {
        #expect {
            try load(#"{{ must_envv "A" }}"#, environment: [:])
        } throws: { error in
            let text = String(describing: error)
            return text.contains(
                "config parse by template failed: template: config:10: function \"must_envv\" not defined")
                && text.contains("did you mean must_env?")
        }
    }

    @Test func prefixedPluginFunctionWithoutThePluginHelper() throws {
        #expect {
            try load("{{ first_tfstate `x` }}", environment: [:])
        } throws: { error in
            String(describing: error).contains("call prefixed functions as {{ plugin `first_tfstate` … }}")
        }
    }

    @Test func tfstateWithoutAPluginEntry() throws {
        #expect {
            try load("{{ tfstate `aws_subnet.private-a.id` }}", environment: [:])
        } throws: { error in
            let text = String(describing: error)
            return text.contains("function \"tfstate\" not defined") && text.contains("needs a `plugins:` entry")
        }
    }

    @Test func unknownPluginFunctionIsNotLeftAsAValue() throws {
        #expect {
            try load("{{ plugin `nope_lookup` `x` }}", environment: [:])
        } throws: { error in
            String(describing: error).contains("line 10: plugin function \"nope_lookup\" is not defined")
        }
    }
}

/// The ssm placeholder survives pass 1 and is called in pass 2, index included, under its prefix.
@Suite struct SSMPlaceholderTests {
    static let parameters = ["/app/url": "https://x", "/app/list": "a,b,c"]

    static let fakeSSM: SchedulePluginFunctions = { plugin, _ in
        guard plugin.name.lowercased() == "ssm" else { throw Support.FakePluginError(plugin: plugin.name) }
        return FunctionMap([
            "ssm": { args in
                guard case .string(let name) = args.first, let value = parameters[name] else {
                    throw TemplateCallError.failed("parameter not found")
                }
                guard args.count == 2 else { return .string(value) }
                guard case .int(let index) = args[1] else { throw TemplateCallError.failed("index must be an int") }
                return .string(value.split(separator: ",").map(String.init)[index])
            }
        ])
    }

    @Test func ssmWithAndWithoutIndexAndPrefix() throws {
        let path = try Support.write(
            """
            region: r
            cluster: c
            plugins:
            - {name: SSM}
            - {name: ssm, func_prefix: app_}
            rules:
            - name: a
              scheduleExpression: rate(1 day)
              taskDefinition: t
              description: {{ ssm `/app/url` }}
              group: {{ ssm `/app/list` 1 }}
              platform_version: {{ plugin `app_ssm` `/app/url` }}
            """)
        let loader = Support.loader(plugins: Self.fakeSSM)
        let rule = try loader.load(path: path).rules[0]
        #expect(rule.description == "https://x")
        #expect(rule.target.group == "b")
        #expect(rule.target.platformVersion == "https://x")
    }
}
