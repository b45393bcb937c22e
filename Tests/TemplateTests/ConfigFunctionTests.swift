import Testing

@testable import Template

@Suite struct ConfigFunctionTests {
    static let environment = ["A": "a", "EMPTY": "", "D": "dval", "JSON": #"{"foo":"bar"}"#, "IMAGE_TAG": "v1.2.3"]
    static let functions = FunctionMap.config(environment: environment)

    @Test(arguments: [
        ("{{ env \"A\" }}", "a"),
        ("{{ env \"A\" \"default\" }}", "a"),
        ("{{ env \"UNSET\" \"d\" }}", "d"),
        ("{{ env \"UNSET\" \"D\" }}", "dval"),
        ("{{ env \"EMPTY\" \"x\" }}", "x"),
        ("[{{ env \"UNSET\" \"\" }}]", "[]"),
        ("{{ env \"U1\" \"U2\" \"last\" }}", "last"),
        ("{{ env \"U1\" \"A\" \"last\" }}", "a"),
        ("[{{ env }}]", "[]"),
        ("{{ env `A` `HOGEGE` }}", "a"),
    ])
    func env(template: String, expected: String) throws {
        #expect(try render(template, functions: Self.functions) == expected)
    }

    @Test func envWithOneUnsetNameReturnsTheNameItself() throws {
        // ecspresso.md §4.2: `env "A"` with A unset/empty gives the literal "A".
        #expect(try render("{{ env \"UNSET_VAR\" }}", functions: Self.functions) == "UNSET_VAR")
        #expect(try render("{{ env \"EMPTY\" }}", functions: Self.functions) == "EMPTY")
    }

    @Test func mustEnvReturnsSetValuesEvenEmpty() throws {
        #expect(try render("{{ must_env \"A\" }}", functions: Self.functions) == "a")
        #expect(try render("[{{ must_env `EMPTY` }}]", functions: Self.functions) == "[]")
    }

    @Test func mustEnvOfUnsetVariableIsATypedErrorNamingIt() {
        let text = "{\n  \"image\": \"app:{{ must_env `NOPE` }}\"\n}"
        #expect(
            throws: TemplateError.missingEnvironmentVariable(
                name: "NOPE", template: "conf", line: 2, column: 19, context: "must_env `NOPE`")
        ) {
            try GoTemplate(name: "conf", text: text, functions: Self.functions).render()
        }
        #expect(
            errorText("{{ must_env \"NOPE\" }}", functions: Self.functions)
                == "template: t:1:3: executing \"t\" at <must_env \"NOPE\">: error calling must_env: environment variable NOPE is not defined"
        )
    }

    @Test(arguments: [
        (#"{"foo":"bar"}"#, #"{\"foo\":\"bar\"}"#),
        ("<a&b>", #"\u003ca\u0026b\u003e"#),
        ("line\nnext\ttab\u{01}\r", #"line\nnext\ttab\u0001\r"#),
        ("back\\slash \u{2028}é", #"back\\slash \u2028é"#),
    ])
    func jsonEscape(input: String, expected: String) {
        #expect(FunctionMap.jsonEscape(input) == expected)
    }

    @Test func jsonEscapeInAPipeline() throws {
        #expect(try render("\"{{ env `JSON` | json_escape }}\"", functions: Self.functions) == #""{\"foo\":\"bar\"}""#)
    }

    @Test func pluginFunctionsAreRegisteredWithAPrefix() throws {
        let plugin = FunctionMap([
            "tfstate": { args in .string("state:" + (args.first.map { GoFormatter.sprint([$0]) } ?? "")) }
        ])
        let functions = Self.functions.merging(plugin, prefix: "bucket_").merging(plugin)
        #expect(try render("{{ bucket_tfstate `a.b` }} {{ tfstate `c` }}", functions: functions) == "state:a.b state:c")
        #expect(
            errorText("{{ tfstate `x` }}", functions: Self.functions.merging(plugin, prefix: "bucket_"))
                == "template: t:1: function \"tfstate\" not defined")
    }

    @Test func ecspressoTaskDefinitionRendersLikeGo() throws {
        let text = """
            {
              "family": "{{ env `FAMILY` `app` }}",
              "cpu": "{{ env "CPU" "256" }}",
              "containerDefinitions": [
                {
                  "name": "web",
                  "image": "123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:{{ must_env `IMAGE_TAG` }}",
                  "essential": true,
                  {{- if env "DEBUG" "" }}
                  "command": ["--debug"],
                  {{- end }}
                  "environment": [
                    {"name": "JSON", "value": "{{ env `JSON` | json_escape }}"}
                  ]
                }
              ]
            }

            """
        let expected = """
            {
              "family": "app",
              "cpu": "256",
              "containerDefinitions": [
                {
                  "name": "web",
                  "image": "123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:v1.2.3",
                  "essential": true,
                  "environment": [
                    {"name": "JSON", "value": "{\\"foo\\":\\"bar\\"}"}
                  ]
                }
              ]
            }

            """
        let template = try GoTemplate(name: "conf", text: text, functions: Self.functions)
        #expect(try template.render() == expected)
    }
}
