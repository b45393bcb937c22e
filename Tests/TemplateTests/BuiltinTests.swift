import Testing

@testable import Template

@Suite struct BuiltinTests {
    static let data: TemplateValue = [
        "List": ["a", "b", "c"], "Map": ["a": 1, "b": 2], "Grid": [[1, 2], [3, 4]], "Nil": .null, "Zero": 0,
    ]

    @Test(arguments: [
        ("{{print 1 2}}", "1 2"),
        ("{{print \"a\" 1 2 \"b\"}}", "a1 2b"),
        ("{{print \"a\" \"b\"}}", "ab"),
        ("{{print nil 1}}", "<nil> 1"),
        ("{{print .Missing}}", "<nil>"),
        ("{{print .List .Map}}", "[a b c] map[a:1 b:2]"),
        ("{{println \"a\" 1}}", "a 1\n"),
        ("{{println}}", "\n"),
        ("{{and 1 0 \"x\"}}", "0"),
        ("{{and 1 \"a\"}}", "a"),
        ("{{or 0 \"\" \"z\"}}", "z"),
        ("[{{or 0 \"\"}}]", "[]"),
        ("{{or 1 (index .List 99)}}", "1"),
        ("{{and 0 (index .List 99)}}", "0"),
        ("{{\"x\" | and 1}}", "x"),
        ("{{not 0}} {{not \"a\"}} {{not .Missing}}", "true false true"),
        ("{{len \"héllo\"}} {{len .List}} {{len .Map}}", "6 3 2"),
        ("{{index .List 1}} {{index .Map \"b\"}} {{index .Grid 1 0}}", "b 2 3"),
        ("{{index .Map \"zz\"}}", "<no value>"),
        ("{{index \"abc\" 0}}", "97"),
        ("{{index .List}}", "[a b c]"),
        ("{{slice \"hello\" 1 3}} {{slice .List 1}} {{slice .List}} {{slice .List 1 2}}", "el [b c] [a b c] [b]"),
        ("{{eq 1 1}} {{eq \"a\" \"b\" \"a\"}} {{eq .Missing \"x\"}} {{eq .Nil nil}}", "true true false true"),
        ("{{ne 1 2}} {{ne \"a\" \"a\"}}", "true false"),
        ("{{lt 1 2}} {{le 2 2}} {{gt \"b\" \"a\"}} {{ge 1 2}} {{lt 1.5 2.5}}", "true true true false true"),
        ("{{if and (eq .Zero 0) (not .Missing)}}ok{{end}}", "ok"),
        ("{{html \"<a href='x'>&\\\"</a>\"}}", "&lt;a href=&#39;x&#39;&gt;&amp;&#34;&lt;/a&gt;"),
        ("{{\"<x>\" | html}} {{html 1 2}}", "&lt;x&gt; 1 2"),
        ("{{js \"it's <b>\\\"q\\\"=\\n\"}}", "it\\'s \\u003Cb\\u003E\\\"q\\\"\\u003D\\u000A"),
        ("{{urlquery \"a b&c=d/é~\"}}", "a+b%26c%3Dd%2F%C3%A9~"),
    ])
    func builtins(template: String, expected: String) throws {
        #expect(try render(template, Self.data) == expected)
    }

    @Test func userFunctionsOverrideBuiltins() throws {
        let functions = FunctionMap(["len": { _ in .string("mine") }])
        #expect(try render("{{len 3}}", functions: functions) == "mine")
    }

    @Test func builtinsMapExposesEveryPredefinedFunction() throws {
        let builtins = FunctionMap.builtins
        #expect(builtins.names.count == 19)
        #expect(try builtins["printf"]?(["%03d", 7]) == "007")
    }
}
