import Config
import Documents
import Testing

@Suite struct JsonnetNativeTests {
    let evaluator = JsonnetEvaluator()

    func evaluate(_ snippet: String, natives: [String: JsonnetNativeFunction]) throws -> JSONValue {
        let options = JsonnetOptions(nativeFunctions: natives)
        return try JSONValue.parse(evaluator.evaluate(snippet: snippet, filename: "natives.jsonnet", options: options))
    }

    /// Arguments arrive as `JSONValue`; `describe` echoes their kind and text back as a string.
    @Test(arguments: [
        ("'s'", "string:s"), ("42", "number:42"), ("0.25", "number:0.25"), ("-1e20", "number:-1e+20"),
        ("true", "bool:true"),
        ("false", "bool:false"), ("null", "null"),
    ])
    func argumentsConvertToJSONValue(argument: String, expected: String) throws {
        let describe = JsonnetNativeFunction(parameters: ["v"]) { args in
            switch args[0] {
            case .string(let s): return .string("string:" + s)
            case .number(let n): return .string("number:" + n)
            case .bool(let b): return .string("bool:\(b)")
            case .null: return .string("null")
            default: return .string("other")
            }
        }
        let output = try evaluate("std.native('describe')(\(argument))", natives: ["describe": describe])
        #expect(output == .string(expected))
    }

    @Test func resultsOfEveryKindConvertToJsonnet() throws {
        let value: JSONValue = [
            "s": "x", "i": 3, "f": .number("0.5"), "t": true, "n": .null, "a": [1, "two", [false]],
            "o": ["nested": ["k": "v"]],
        ]
        let make = JsonnetNativeFunction(parameters: []) { _ in value }
        let output = try evaluate(
            "local v = std.native('make')(); v + { sum: v.i + v.f, len: std.length(v.a) }", natives: ["make": make])
        #expect(output["s"] == "x")
        #expect(output["sum"] == .number("3.5"))
        #expect(output["len"] == 3)
        #expect(output["a"] == [1, "two", [false]])
        #expect(output["o"]?["nested"]?["k"] == "v")
        #expect(output["n"] == .null)
        #expect(output["t"] == true)
    }

    @Test func aThrowingNativeIsARuntimeError() throws {
        let fail = JsonnetNativeFunction(parameters: ["x"]) { args in
            throw JsonnetNativeError("fail: got \(args[0].compactText)")
        }
        let error = try #require(throws: JsonnetError.self) {
            try evaluate("std.native('fail')('a')", natives: ["fail": fail])
        }
        #expect(error.description.hasPrefix("natives.jsonnet: RUNTIME ERROR: fail: got \"a\""))
    }

    struct EnvCase: Sendable, CustomTestStringConvertible {
        var snippet: String
        var ecspresso: String  // the compact JSON result, or "error: …" fragment
        var ecschedule: String
        var testDescription: String { snippet }
    }

    static let environment = ["SET": "value", "EMPTY": "", "ENV": "prod"]

    @Test(arguments: [
        EnvCase(snippet: "env('SET', 'd')", ecspresso: "\"value\"", ecschedule: "\"value\""),
        EnvCase(snippet: "env('UNSET', 'd')", ecspresso: "\"d\"", ecschedule: "\"d\""),
        EnvCase(snippet: "env('UNSET', 3)", ecspresso: "3", ecschedule: "3"),
        EnvCase(snippet: "env('EMPTY', 'd')", ecspresso: "\"d\"", ecschedule: "\"\""),
        EnvCase(snippet: "must_env('EMPTY')", ecspresso: "\"\"", ecschedule: "\"\""),
        EnvCase(snippet: "must_env('ENV') == 'prod'", ecspresso: "true", ecschedule: "true"),
        EnvCase(
            snippet: "must_env('UNSET')", ecspresso: "error: must_env: UNSET is not set",
            ecschedule: "error: must_env: environment variable \"UNSET\" is not set"),
        EnvCase(
            snippet: "must_env(1)", ecspresso: "error: must_env: invalid argument type",
            ecschedule: "error: must_env: name must be a string"),
    ])
    func envNativesFollowEachTool(_ envCase: EnvCase) throws {
        let snippet = "local env = std.native('env'), must_env = std.native('must_env'); \(envCase.snippet)"
        let tools: [(String, [String: JsonnetNativeFunction])] = [
            (envCase.ecspresso, JsonnetOptions.ecspressoNatives(environment: Self.environment)),
            (envCase.ecschedule, JsonnetOptions.ecscheduleNatives(environment: Self.environment)),
        ]
        for (expected, natives) in tools {
            if expected.hasPrefix("error: ") {
                let error = try #require(throws: JsonnetError.self) { try evaluate(snippet, natives: natives) }
                #expect(error.description.contains("RUNTIME ERROR: " + expected.dropFirst(7)), "\(error)")
            } else {
                #expect(try evaluate(snippet, natives: natives).compactText == expected)
            }
        }
    }
}
