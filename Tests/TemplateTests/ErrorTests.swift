import Testing

@testable import Template

@Suite struct ErrorTests {
    @Test(arguments: [
        ("{{foo}}", "template: t:1: function \"foo\" not defined"),
        ("a\n{{ tfstate \"x\" }}", "template: t:2: function \"tfstate\" not defined"),
        ("{{end}}", "template: t:1: unexpected {{end}}"),
        ("{{else}}", "template: t:1: unexpected {{else}}"),
        ("{{if .X}}\nfoo\n", "template: t:3: unexpected EOF"),
        ("{{ .X ", "template: t:1: unclosed action"),
        ("{{ .X \n", "template: t:2: unclosed action started at t:1"),
        ("{{}}", "template: t:1: missing value for command"),
        ("{{if}}{{end}}", "template: t:1: missing value for if"),
        ("{{$x}}", "template: t:1: undefined variable \"$x\""),
        ("{{if true}}{{$x := 1}}{{end}}{{$x}}", "template: t:1: undefined variable \"$x\""),
        ("{{break}}", "template: t:1: {{break}} outside {{range}}"),
        ("{{ \"a\" | \"b\" }}", "template: t:1: non executable command in pipeline stage 2"),
        ("{{ /* c */ }}", "template: t:1: unexpected \"/\" in command"),
        ("{{/* c */ x}}", "template: t:1: comment ends before closing delimiter"),
        ("{{/* c", "template: t:1: unclosed comment"),
        ("{{ \"abc }}", "template: t:1: unterminated quoted string"),
        ("{{ 3x }}", "template: t:1: bad number syntax: \"3x\""),
        ("{{ .A) }}", "template: t:1: unexpected right paren"),
        ("{{ (.A }}", "template: t:1: unclosed left paren"),
        ("{{if .A}}x{{else}}y{{else}}z{{end}}", "template: t:1: expected end; found {{else}}"),
        ("{{template .X}}", "template: t:1: unexpected \".X\" in template clause"),
        ("{{ \"x\".Foo }}", "template: t:1: unexpected . after term \"\\\"x\\\"\""),
        ("{{ 1 | printf \"%d\" | \"s\" }}", "template: t:1: non executable command in pipeline stage 3"),
        ("{{range $a, $b, $c := .}}{{end}}", "template: t:1: too many declarations in range"),
    ])
    func parseErrors(template: String, expected: String) {
        #expect(errorText(template) == expected)
    }

    static let data: TemplateValue = ["Name": "web", "Nil": .null, "List": ["a", "b"], "Map": ["a": 1]]

    @Test(arguments: [
        ("{{.Name.Foo}}", "template: t:1:2: executing \"t\" at <.Name.Foo>: can't evaluate field Foo in type string"),
        ("{{.Nil.Foo}}", "template: t:1:2: executing \"t\" at <.Nil.Foo>: nil pointer evaluating interface {}.Foo"),
        (
            "{{index .List 5}}",
            "template: t:1:2: executing \"t\" at <index .List 5>: error calling index: index out of range: 5"
        ),
        ("{{len 3}}", "template: t:1:2: executing \"t\" at <len 3>: error calling len: len of type int"),
        ("{{len}}", "template: t:1:2: executing \"t\" at <len>: wrong number of args for len: want 1 got 0"),
        (
            "{{ lt 1 \"a\" }}",
            "template: t:1:3: executing \"t\" at <lt 1 \"a\">: error calling lt: incompatible types for comparison"
        ),
        ("{{range .Name}}{{end}}", "template: t:1:8: executing \"t\" at <.Name>: range can't iterate over web"),
        (
            "{{template \"nope\"}}",
            "template: t:1:11: executing \"t\" at <{{template \"nope\"}}>: template \"nope\" not defined"
        ),
        (
            "{{define \"d\"}}{{.X.Y}}{{end}}{{template \"d\" 1}}",
            "template: t:1:16: executing \"d\" at <.X.Y>: can't evaluate field X in type int"
        ),
        (
            "a\n  {{ .Name.Foo }}",
            "template: t:2:5: executing \"t\" at <.Name.Foo>: can't evaluate field Foo in type string"
        ),
        (
            "{{ index .List 1 2 3 4 5 6 }}",
            "template: t:1:3: executing \"t\" at <index .List 1 2 3 4 ...>: error calling index: index out of range: 2"
        ),
        ("{{ nil }}", "template: t:1:3: executing \"t\" at <nil>: nil is not a command"),
        ("{{ .Map.a \"x\" }}", "template: t:1:3: executing \"t\" at <.Map.a>: a is not a method but has arguments"),
        ("{{ 1 2 }}", "template: t:1:3: executing \"t\" at <1>: can't give argument to non-function 1"),
    ])
    func execErrors(template: String, expected: String) {
        #expect(errorText(template, Self.data) == expected)
    }

    @Test func failingUserFunctionIsWrappedAsErrorCalling() {
        struct Boom: Error, CustomStringConvertible { var description: String { "boom" } }
        let functions = FunctionMap(["fail": { _ in throw Boom() }])
        #expect(
            errorText("x{{ fail 1 }}", functions: functions)
                == "template: t:1:4: executing \"t\" at <fail 1>: error calling fail: boom")
    }

    @Test func parseErrorIsTypedWithLine() {
        #expect(throws: TemplateError.parse(name: "conf", line: 2, message: "function \"ssm\" not defined")) {
            try GoTemplate(name: "conf", text: "{\n\"a\": \"{{ ssm `/x` }}\"}", functions: FunctionMap())
        }
    }
}
