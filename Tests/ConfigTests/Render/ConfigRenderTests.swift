import Config
import Documents
import Foundation
import Testing

@Suite struct ConfigRenderTests {
    func load() throws -> EcspressoConfig {
        let loader = ConfigLoader(environment: [:], workingDirectory: RenderFixture.directory.path)
        return try loader.load(path: loader.resolvePath(nil))
    }

    @Test func configMatchesHandWrittenGolden() throws {
        let config = try load()
        let options = ConfigRender.Options(
            configPath: "ecspresso.yml", region: config.region, timeoutSeconds: config.timeoutSeconds)
        #expect(ConfigRender.yaml(config, options: options) == (try RenderFixture.text("ecspresso.expected.yml")))
    }

    @Test func pathsFollowTheConfigPathAsGiven() throws {
        let config = try load()
        let options = ConfigRender.Options(configPath: "Fixtures/ecspresso.yml", region: nil, timeoutSeconds: 600)
        let yaml = ConfigRender.yaml(config, options: options)
        #expect(yaml.contains("region: \"\"\n"))
        #expect(yaml.contains("service_definition: Fixtures/service-def.json\n"))
        #expect(yaml.contains("task_definition: Fixtures/fargate-taskdef.json\n"))
        #expect(yaml.contains("timeout: \"10m0s\"\n"))
    }

    @Test func filterCommandFromTheEnvironmentWins() throws {
        let config = try load()
        let options = ConfigRender.Options(
            configPath: "ecspresso.yml", region: "us-east-1", timeoutSeconds: 90, filterCommand: "fzf")
        let yaml = ConfigRender.yaml(config, options: options)
        #expect(yaml.contains("region: us-east-1\n") && yaml.contains("filter_command: fzf\ntimeout: \"1m30s\"\n"))
    }

    @Test func jsonnetFormattingMatchesGoJsonnetDefaults() throws {
        let definition = try DefinitionLoader().serviceDefinition(path: RenderFixture.path("service-def.json"))
        let json = APIJSON.render(definition, shape: .serviceDefinition(serviceName: "web"))
        let formatted = try JsonnetEvaluator().format(json: json)
        #expect(formatted == (try RenderFixture.text("service-def.expected.jsonnet")))
    }

    /// go-jsonnet keeps the layout of its input; ecspresso feeds it `json.MarshalIndent` output.
    @Test func jsonnetFormattingQuotesAsGoJsonnet() throws {
        let json =
            "{\n  \"a-b\": \"it's\",\n  \"local\": \"x\\\"y\",\n  \"ok\": \"\\u003c&\\u003e\",\n"
            + "  \"n\": 1.50,\n  \"e\": {},\n  \"l\": []\n}\n"
        let formatted = try JsonnetEvaluator().format(json: json)
        #expect(
            formatted == """
                {
                  'a-b': "it's",
                  'local': 'x"y',
                  ok: '<&>',
                  n: 1.50,
                  e: {},
                  l: [],
                }

                """)
    }
}

/// Paths into `Render/Fixtures`, found from this file (the directory is excluded from resources).
enum RenderFixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func text(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
}
