import Config
import Foundation
import Testing

/// Paths into `Fixtures/jsonnet` and the options the ecspresso task definition fixture needs.
enum JsonnetFixture {
    static func path(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: "Fixtures/jsonnet/\(name)", withExtension: nil)).path
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    static let environment = ["ECSWIFT_TEST_REGION": "ap-northeast-1"]

    static var taskDefinitionOptions: JsonnetOptions {
        JsonnetOptions(
            extStrings: ["tag": "v1.2.3"],
            extCodes: ["count": "1+1"],
            nativeFunctions: JsonnetOptions.ecspressoNatives(environment: environment)
        )
    }
}

@Suite struct JsonnetEvaluatorTests {
    let evaluator = JsonnetEvaluator()

    @Test func taskDefinitionMatchesGolden() throws {
        let output = try evaluator.evaluate(
            file: JsonnetFixture.path("ecs-task-def.jsonnet"), options: JsonnetFixture.taskDefinitionOptions)
        #expect(output == (try JsonnetFixture.text("ecs-task-def.golden.json")))
    }

    @Test func snippetImportsRelativeToItsFilename() throws {
        let filename = try JsonnetFixture.path("ecs-task-def.jsonnet")
        let snippet = "local lib = import 'libs/container.libsonnet'; lib.logConfiguration('g', 'r', 'p').options"
        let output = try evaluator.evaluate(snippet: snippet, filename: filename, options: JsonnetOptions())
        let expected = """
            {
               "awslogs-group": "g",
               "awslogs-region": "r",
               "awslogs-stream-prefix": "p"
            }

            """
        #expect(output == expected)
    }

    @Test func importsFallBackToLibrarySearchPaths() throws {
        let path = try JsonnetFixture.path("jpath-user.jsonnet")
        let vendor = try JsonnetFixture.path("vendor")
        let output = try evaluator.evaluate(file: path, options: JsonnetOptions(librarySearchPaths: [vendor]))
        #expect(output == "{\n   \"name\": \"from-jpath\"\n}\n")
        #expect(throws: JsonnetError.self) { try evaluator.evaluate(file: path, options: JsonnetOptions()) }
    }

    /// Both Jsonnet implementations print non-integers with `%.17g` and integers with `%.0f`.
    @Test(arguments: [
        ("0.5", "0.5"), ("0.1", "0.10000000000000001"), ("1e3", "1000"), ("[]", "[ ]"), ("{}", "{ }"),
        ("'a' + 1", "\"a1\""),
    ])
    func manifestsLikeTheReference(snippet: String, expected: String) throws {
        let output = try evaluator.evaluate(snippet: snippet, filename: "inline.jsonnet", options: JsonnetOptions())
        #expect(output == expected + "\n")
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var file: String
        var options: JsonnetOptions
        var fragments: [String]
        var testDescription: String { file + " " + fragments[0] }
    }

    @Test(arguments: [
        ErrorCase(
            file: "broken.jsonnet", options: JsonnetOptions(),
            fragments: ["STATIC ERROR: /", "broken.jsonnet:4:3-6: expected a comma before next field."]),
        ErrorCase(
            file: "ecs-task-def.jsonnet",
            options: JsonnetOptions(
                extCodes: ["count": "2"],
                nativeFunctions: JsonnetOptions.ecspressoNatives(environment: JsonnetFixture.environment)),
            fragments: ["RUNTIME ERROR: undefined external variable: tag", "ecs-task-def.jsonnet:"]
        ),
        ErrorCase(
            file: "ecs-task-def.jsonnet",
            options: JsonnetOptions(
                extStrings: ["tag": "x"], extCodes: ["count": "2"],
                nativeFunctions: JsonnetOptions.ecspressoNatives(environment: [:])),
            fragments: ["RUNTIME ERROR: must_env: ECSWIFT_TEST_REGION is not set", "ecs-task-def.jsonnet:5:"]
        ),
    ])
    func evaluationErrorsNameTheFileAndLine(_ errorCase: ErrorCase) throws {
        let path = try JsonnetFixture.path(errorCase.file)
        let error = try #require(throws: JsonnetError.self) {
            try evaluator.evaluate(file: path, options: errorCase.options)
        }
        guard case .evaluation(let errorPath, _) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(errorPath == path)
        #expect(error.description.hasPrefix(path + ": "))
        for fragment in errorCase.fragments { #expect(error.description.contains(fragment), "\(error)") }
    }

    @Test func missingLibraryIsAClearError() throws {
        let evaluator = JsonnetEvaluator(libraryName: "libjsonnet-missing.so.0")
        for _ in 0..<2 {
            let error = try #require(throws: JsonnetError.self) {
                try evaluator.evaluate(file: "conf/td.jsonnet", options: JsonnetOptions())
            }
            #expect(error == .libraryUnavailable(path: "conf/td.jsonnet", detail: "libjsonnet-missing.so.0 not found"))
            #expect(
                error.description
                    == "conf/td.jsonnet: Jsonnet support needs libjsonnet (libjsonnet-missing.so.0 not found): install "
                    + "it with 'apt-get install libjsonnet0' (Debian/Ubuntu) or 'brew install jsonnet' (macOS)")
        }
    }

    #if os(Linux)
        /// A library that loads but is not libjsonnet (or is too old) is reported, not called.
        @Test func libraryWithoutJsonnetSymbolsIsAClearError() throws {
            let evaluator = JsonnetEvaluator(libraryName: "libm.so.6")
            let error = try #require(throws: JsonnetError.self) {
                try evaluator.evaluate(snippet: "{}", filename: "x.jsonnet", options: JsonnetOptions())
            }
            #expect(
                error
                    == .libraryUnavailable(
                        path: "x.jsonnet",
                        detail: "libm.so.6 has no jsonnet_version; libjsonnet 0.10 or later is needed"))
        }
    #endif

    @Test func oneEvaluatorServesConcurrentTasks() async throws {
        let path = try JsonnetFixture.path("ecs-task-def.jsonnet")
        let golden = try JsonnetFixture.text("ecs-task-def.golden.json")
        let evaluator = self.evaluator
        let outputs = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<16 {
                group.addTask { try evaluator.evaluate(file: path, options: JsonnetFixture.taskDefinitionOptions) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outputs.count == 16)
        #expect(outputs.allSatisfy { $0 == golden })
    }

    @Test func reportsTheLibraryVersion() throws {
        #expect(try evaluator.libraryVersion().hasPrefix("v0."))
    }
}
