import CLI
import Foundation
import Testing

/// `ecswift render` in-process: no emulator, no AWS credentials, no region.
@Suite struct RenderCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../ConfigTests/Render/Fixtures").standardized

    func fixture(_ name: String) throws -> String {
        try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    func render(_ arguments: [String], environment: [String: String] = [:]) async -> (Int32, String, String) {
        let output = OutputCapture()
        let status = await ECSwiftCLI.run(
            arguments,
            context: CLIContext(
                environment: environment, workingDirectory: Self.fixtures.path, writeOut: output.appendOut,
                writeErr: output.appendErr))
        return (status, output.out, output.err)
    }

    @Test func taskDefinitionRendersWithoutAWS() async throws {
        let (status, out, err) = await render(["render", "taskdef"])
        #expect(status == 0, "\(err)")
        #expect(out + "\n" == (try fixture("fargate-taskdef.expected.json")))
    }

    @Test func targetsAreConcatenatedWithoutSeparator() async throws {
        let (status, out, err) = await render(["render", "config", "task-definition", "servicedef"])
        #expect(status == 0, "\(err)")
        let expected =
            try fixture("ecspresso.expected.yml") + fixture("fargate-taskdef.expected.json")
            + fixture("service-def.expected.json")
        #expect(out + "\n" == expected)
    }

    @Test func jsonnetFlagFormatsTheServiceDefinition() async throws {
        let (status, out, err) = await render(["--config", "ecspresso.yml", "render", "--jsonnet", "servicedef"])
        #expect(status == 0, "\(err)")
        #expect(out + "\n" == (try fixture("service-def.expected.jsonnet")))
    }

    @Test func timeoutFlagIsTheRenderedTimeout() async throws {
        let (status, out, _) = await render(["render", "config", "--timeout", "90s"])
        #expect(status == 0)
        #expect(out.contains("timeout: \"1m30s\""))
    }

    @Test func missingTargetIsAUsageError() async {
        let (status, _, err) = await render(["render"])
        #expect(status == 2)
        #expect(err.contains("render needs a target"))
    }
}
