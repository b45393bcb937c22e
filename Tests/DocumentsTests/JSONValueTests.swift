import Testing

@testable import Documents

@Suite struct JSONValueTests {
    @Test(arguments: [
        ("{\"b\":1,\"a\":[true,null,\"x\"]}", "{\"b\":1,\"a\":[true,null,\"x\"]}"),
        ("  [1.50, -0, 1e3] ", "[1.50,-0,1e3]"),
        ("\"<a&b>\"", "\"\\u003ca\\u0026b\\u003e\""),
        ("\"\\ud83d\\ude00 \\u00e9\"", "\"😀 é\""),
        ("{}", "{}"),
    ])
    func roundTripCompact(input: String, expected: String) throws {
        #expect(try JSONValue.parse(input).compactText == expected)
    }

    @Test func indentedMatchesGoMarshalIndent() throws {
        let value = try JSONValue.parse(#"{"family":"app","containerDefinitions":[{"name":"web","cpu":0}],"tags":[]}"#)
        #expect(
            value.indentedText == """
                {
                  "family": "app",
                  "containerDefinitions": [
                    {
                      "name": "web",
                      "cpu": 0
                    }
                  ],
                  "tags": []
                }
                """)
    }

    @Test(arguments: [
        ("{\"a\":1,}", 1, 8),
        ("{\n  \"a\" 1}", 2, 7),
        ("[1,2", 1, 5),
    ])
    func syntaxErrorsCarryPosition(input: String, line: Int, column: Int) {
        #expect(throws: JSONSyntaxError.self) { try JSONValue.parse(input) }
        do {
            _ = try JSONValue.parse(input)
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
        }
    }

    @Test func sortedKeysUseByteOrder() throws {
        let value = try JSONValue.parse(#"{"b":1,"B":2,"a":3}"#)
        #expect(JSONWriter(indent: "", sortKeys: true).string(value) == #"{"B":2,"a":3,"b":1}"#)
    }

    @Test func yamlKeepsOrderAndTypes() throws {
        let yaml = """
            region: ap-northeast-1
            cluster: default
            timeout: "10m"
            count: 3
            ratio: 0.5
            enabled: true
            nothing: ~
            list:
              - a
              - b: 1
            """
        let value = try JSONValue.parseYAML(yaml)
        #expect(
            value.compactText
                == #"{"region":"ap-northeast-1","cluster":"default","timeout":"10m","count":3,"ratio":0.5,"enabled":true,"nothing":null,"list":["a",{"b":1}]}"#
        )
    }

    @Test func yamlErrorHasLine() {
        do {
            _ = try JSONValue.parseYAML("a: 1\nb: [1, 2\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.line != nil)
        }
    }

    @Test(arguments: [
        ("arn:aws:ecs:us-east-1:123456789012:task-definition/app:3", "app:3"),
        ("arn:aws:ecs:us-east-1:123456789012:service/default/web", "web"),
        ("app:3", "app:3"),
    ])
    func arnShortNames(arn: String, name: String) {
        #expect(ARN.shortName(arn) == name)
    }
}
