import Testing

@testable import Template

@Suite struct ActionTests {
    static let data: TemplateValue = [
        "Name": "web", "Count": 3, "Empty": "", "Zero": 0, "Yes": true, "No": false,
        "List": ["a", "b", "c"], "Nums": [1, 2], "Map": ["b": 2, "a": 1, "c": 3], "Nested": ["Inner": ["Leaf": "x"]],
        "Nil": .null, "EmptyList": [], "Pi": 3.5,
    ]

    @Test(arguments: [
        ("plain text", "plain text"),
        ("{{.Name}}", "web"),
        ("{{ .Nested.Inner.Leaf }}", "x"),
        ("{{.Missing}}", "<no value>"),
        ("{{.Missing.Deeper}}", "<no value>"),
        ("{{.Nil}}", "<no value>"),
        (
            "{{.}}",
            "map[Count:3 Empty: EmptyList:[] List:[a b c] Map:map[a:1 b:2 c:3] Name:web Nested:map[Inner:map[Leaf:x]] Nil:<nil> No:false Nums:[1 2] Pi:3.5 Yes:true Zero:0]"
        ),
        ("{{.List}}", "[a b c]"),
        ("{{.Map}}", "map[a:1 b:2 c:3]"),
        (
            "{{$}}{{$.Name}}",
            "map[Count:3 Empty: EmptyList:[] List:[a b c] Map:map[a:1 b:2 c:3] Name:web Nested:map[Inner:map[Leaf:x]] Nil:<nil> No:false Nums:[1 2] Pi:3.5 Yes:true Zero:0]web"
        ),
        ("{{.Pi}}", "3.5"),
        ("{{ 42 }} {{ -7 }} {{ 0x1F }} {{ 0o17 }} {{ 1_000 }}", "42 -7 31 15 1000"),
        (
            "{{ 1.5 }} {{ 1e3 }} {{ 1.0 }} {{ 1e6 }} {{ 123456.0 }} {{ 0.0001 }} {{ 0.00001 }}",
            "1.5 1000 1 1e+06 123456 0.0001 1e-05"
        ),
        ("{{ 'a' }} {{ '\\n' }}", "97 10"),
        ("{{ \"a\\tb\\u00e9\" }}", "a\tbé"),
        ("{{ `raw\\n` }}", "raw\\n"),
        ("{{ true }} {{ false }}", "true false"),
        ("{{ \"x\" | printf \"%s-%s\" \"a\" }}", "a-x"),
        ("{{ .Name | len }}", "3"),
        ("{{ (len .List) }}", "3"),
        ("{{ (index .Map \"a\") }}", "1"),
        ("{{ (.Nested).Inner.Leaf }}", "x"),
        ("{{ $x := .Name }}{{ $x }}", "web"),
        ("{{ $x := 1 }}{{ $x = 2 }}{{ $x }}", "2"),
        ("{{ $x := .Nested }}{{ $x.Inner.Leaf }}", "x"),
        ("{{/* a comment */}}after", "after"),
        ("a {{- /* trimmed */ -}} b", "ab"),
        ("{{/* multi\nline */}}x", "x"),
    ])
    func renders(template: String, expected: String) throws {
        #expect(try render(template, Self.data) == expected)
    }

    @Test(arguments: [
        ("a  {{- .Name }}", "aweb"),
        ("{{ .Name -}}  \n b", "webb"),
        ("a \n {{- .Name -}} \n b", "awebb"),
        ("{{- .Name -}}", "web"),
        ("x {{-3}}", "x -3"),
        ("{{ 3 -}} \t\n", "3"),
        ("[\n  {{- range .List }}\n  {{ . }}\n  {{- end }}\n]", "[\n  a\n  b\n  c\n]"),
    ])
    func trimMarkers(template: String, expected: String) throws {
        #expect(try render(template, Self.data) == expected)
    }

    @Test(arguments: [
        ("{{if .Yes}}y{{end}}", "y"),
        ("{{if .No}}y{{else}}n{{end}}", "n"),
        ("{{if .Empty}}y{{else if .Zero}}z{{else if .Name}}{{.Name}}{{end}}", "web"),
        ("{{if .EmptyList}}y{{else}}empty{{end}}", "empty"),
        ("{{if .Missing}}y{{else}}missing{{end}}", "missing"),
        ("{{if .Nil}}y{{else}}nil{{end}}", "nil"),
        ("{{if .Map}}map{{end}}", "map"),
        ("{{if 0.0}}a{{else}}b{{end}}", "b"),
        ("{{with .Nested}}{{.Inner.Leaf}}{{end}}", "x"),
        ("{{with .Empty}}e{{else}}none{{end}}", "none"),
        ("{{with .Empty}}e{{else with .Name}}{{.}}{{end}}", "web"),
        ("{{with $x := .Name}}{{$x}}{{.}}{{end}}", "webweb"),
        ("{{if $x := .Count}}{{$x}}{{end}}", "3"),
    ])
    func conditionals(template: String, expected: String) throws {
        #expect(try render(template, Self.data) == expected)
    }

    @Test(arguments: [
        ("{{range .List}}[{{.}}]{{end}}", "[a][b][c]"),
        ("{{range $i, $v := .List}}{{$i}}={{$v}} {{end}}", "0=a 1=b 2=c "),
        ("{{range $v := .List}}{{$v}}{{end}}", "abc"),
        ("{{range $k, $v := .Map}}{{$k}}:{{$v}};{{end}}", "a:1;b:2;c:3;"),
        ("{{range .Map}}{{.}}{{end}}", "123"),
        ("{{range .EmptyList}}x{{else}}empty{{end}}", "empty"),
        ("{{range .Missing}}x{{else}}none{{end}}", "none"),
        ("{{range .List}}{{if eq . \"b\"}}{{break}}{{end}}{{.}}{{end}}", "a"),
        ("{{range .List}}{{if eq . \"b\"}}{{continue}}{{end}}{{.}}{{end}}", "ac"),
        ("{{range $i, $v := .List}}{{if $i}},{{end}}{{$v}}{{end}}", "a,b,c"),
        ("{{range 3}}{{.}}{{end}}", "012"),
        ("{{$x := 0}}{{range .Nums}}{{$x = .}}{{end}}{{$x}}", "2"),
    ])
    func ranges(template: String, expected: String) throws {
        #expect(try render(template, Self.data) == expected)
    }

    @Test func dollarStaysTheTopLevelDataInsideRange() throws {
        #expect(try render("{{range .}}{{$}}{{end}}", ["a", "b"]) == "[a b][a b]")
    }

    @Test(arguments: [
        ("{{define \"T\"}}<{{.}}>{{end}}{{template \"T\" .Name}}", "<web>"),
        ("{{define \"T\"}}<{{.}}>{{end}}{{template \"T\"}}", "<<no value>>"),
        ("{{template \"T\" .Count}}{{define \"T\"}}n={{.}}{{end}}", "n=3"),
        ("{{block \"B\" .Name}}[{{.}}]{{end}}", "[web]"),
        ("{{define \"R\"}}{{if .}}{{len .}}{{template \"R\" slice . 1}}{{end}}{{end}}{{template \"R\" .List}}", "321"),
        ("{{define \"V\"}}{{$}}{{end}}{{template \"V\" .Zero}}", "0"),
    ])
    func templates(template: String, expected: String) throws {
        #expect(try render(template, Self.data) == expected)
    }

    @Test func blockAndDefineOfOneNameConflictInOneText() throws {
        let text = "{{block \"B\" .}}default{{end}}{{define \"B\"}}override{{end}}"
        #expect(errorText(text) == "template: t:1: template: multiple definition of template \"B\"")
        let template = try GoTemplate(name: "t", text: "{{define \"B\"}}{{.}}!{{end}}")
        #expect(try template.render(templateNamed: "B", "hi") == "hi!")
        #expect(template.templateNames == ["B", "t"])
    }
}
