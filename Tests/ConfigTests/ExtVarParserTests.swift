import Config
import Testing

@Suite struct ExtVarParserTests {
    @Test(
        arguments: [
            ([], [:]),
            (["a=1;b=2"], ["a": "1", "b": "2"]),
            (["a=1", "b=2"], ["a": "1", "b": "2"]),
            (["a=1;b=2", "c=3"], ["a": "1", "b": "2", "c": "3"]),
            (["a=1", "a=2"], ["a": "2"]),
            (["url=https://x/?q=1&r=2"], ["url": "https://x/?q=1&r=2"]),
            (["code={a: 1}"], ["code": "{a: 1}"]),
            (["c2=1+2"], ["c2": "1+2"]),
            (["a="], ["a": ""]),
            (["=v"], ["": "v"]),
            (["a=1;"], ["a": "1"]),
            (["a=x\\;y;b=2"], ["a": "x;y", "b": "2"]),
            (["path=C:\\dir"], ["path": "C:\\dir"]),
        ] as [([String], [String: String])])
    func parsesKongMaps(values: [String], expected: [String: String]) throws {
        #expect(try ExtVarParser.parse(values) == expected)
    }

    @Test(arguments: [
        (["a=1;oops;b=2"], "oops"),
        (["a=1;;b=2"], ""),
        (["novalue"], "novalue"),
        (["a=1", "bad"], "bad"),
    ])
    func malformedEntriesAreNamed(values: [String], entry: String) throws {
        let error = try #require(throws: ExtVarSyntaxError.self) { try ExtVarParser.parse(values) }
        #expect(error == ExtVarSyntaxError(entry: entry))
        #expect(error.description == "expected \"<key>=<value>\" but got \"\(entry)\"")
    }

    @Test(
        arguments: [
            ([], nil, [:]),
            ([], "s1=v1;s2=v2", ["s1": "v1", "s2": "v2"]),
            (["f=1"], "e=2", ["f": "1"]),
            ([], "", [:]),
        ] as [([String], String?, [String: String])])
    func environmentAppliesOnlyWithoutFlags(values: [String], environment: String?, expected: [String: String])
        throws
    {
        #expect(try ExtVarParser.parse(values, environmentValue: environment) == expected)
    }

    @Test func feedsTheEvaluator() throws {
        let options = JsonnetOptions(
            extStrings: try ExtVarParser.parse(["s1=v1", "s2=a=b"]),
            extCodes: try ExtVarParser.parse(["c1=123;c2=1+2"]))
        let output = try JsonnetEvaluator().evaluate(
            snippet: "[std.extVar(k) for k in ['s1', 's2', 'c1', 'c2']]", filename: "ext.jsonnet", options: options)
        #expect(output == "[\n   \"v1\",\n   \"a=b\",\n   123,\n   3\n]\n")
    }
}
