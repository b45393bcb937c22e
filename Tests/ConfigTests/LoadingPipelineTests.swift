import Documents
import Foundation
import Template
import Testing

@testable import Config

/// The loading pipeline as ecspresso runs it: Jsonnet (for .json/.jsonnet configs and .jsonnet
/// definitions), then the Go template, then parsing and validation.
@Suite struct LoadingPipelineTests {
    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "ecswift-pipeline-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let path = directory + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func loaders(_ environment: [String: String], ext: [String: String] = [:]) -> (ConfigLoader, DefinitionLoader) {
        let renderer = GoTemplateRenderer(functions: FunctionMap.config(environment: environment))
        let jsonnet = JsonnetStage(
            options: JsonnetOptions(
                extStrings: ext, nativeFunctions: JsonnetOptions.ecspressoNatives(environment: environment)))
        return (
            ConfigLoader(renderer: renderer, environment: environment, workingDirectory: directory, jsonnet: jsonnet),
            DefinitionLoader(renderer: renderer, jsonnet: jsonnet)
        )
    }

    @Test func yamlConfigIsTemplatedThenParsed() throws {
        let path = try write(
            "ecspresso.yml",
            """
            region: {{ must_env `AWS_REGION` }}
            cluster: {{ env "CLUSTER" "default" }}
            service: web
            task_definition: td.json
            timeout: 5m
            {{ if (env "WITH_SERVICE" "") }}service_definition: sd.json{{ end }}
            """)
        let config = try loaders(["AWS_REGION": "ap-northeast-1"]).0.load(path: path)
        #expect(config.region == "ap-northeast-1")
        #expect(config.cluster == "default")
        #expect(config.serviceDefinitionPath == nil)
        #expect(config.taskDefinitionPath == directory + "/td.json")
        #expect(config.timeoutSeconds == 300)
    }

    @Test func jsonnetConfigWithExtVars() throws {
        let path = try write(
            "ecspresso.jsonnet",
            """
            // comments are fine: JSON configs go through Jsonnet
            { region: 'us-east-1', cluster: std.extVar('cluster'), service: 'web', task_definition: 'td.jsonnet', }
            """)
        let config = try loaders([:], ext: ["cluster": "prod"]).0.load(path: path)
        #expect(config.cluster == "prod")
    }

    @Test func definitionsAreTemplatedAndJsonnetEvaluated() throws {
        let json = try write(
            "td.json",
            #"{"family": "app", "containerDefinitions": [{"name": "web", "image": "repo:{{ must_env `IMAGE_TAG` }}", "cpu": {{ env "CPU" "256" }}}]}"#
        )
        let jsonnet = try write(
            "td.jsonnet",
            "{ family: 'app', containerDefinitions: [{ name: 'web', image: 'repo:' + std.native('must_env')('IMAGE_TAG') }] }"
        )
        let loader = loaders(["IMAGE_TAG": "v42"]).1
        let fromJSON = try loader.taskDefinition(path: json)
        #expect(
            fromJSON.compactText
                == #"{"family":"app","containerDefinitions":[{"name":"web","image":"repo:v42","cpu":256}]}"#)
        let fromJsonnet = try loader.taskDefinition(path: jsonnet)
        #expect(fromJsonnet.value(at: ["containerDefinitions"])?[0]?["image"] == "repo:v42")
    }

    @Test func missingMustEnvNamesTheVariable() throws {
        let path = try write("td.json", "{\n\"family\": \"{{ must_env `FAMILY` }}\"}")
        #expect {
            _ = try loaders([:]).1.taskDefinition(path: path)
        } throws: { error in
            String(describing: error).contains("td.json: line 2: must_env: environment variable FAMILY is not defined")
        }
    }

    @Test func pluginFunctionInConfigGetsAHint() throws {
        let path = try write("ecspresso.yml", "region: {{ tfstate `x` }}\n")
        #expect {
            _ = try loaders([:]).0.load(path: path)
        } throws: { error in
            let text = String(describing: error)
            return text.contains("function \"tfstate\" not defined") && text.contains("hint:")
        }
    }

    @Test func requiredVersionIsChecked() throws {
        let ok = try write("ok.yml", "required_version: \">= 2.0, < 3\"\nservice: web\n")
        #expect(try loaders([:]).0.load(path: ok).service == "web")
        let tooNew = try write("new.yml", "required_version: \">= 3\"\n")
        #expect(throws: ConfigError.self) { try loaders([:]).0.load(path: tooNew) }
        let laterV2 = try write("later.yml", "required_version: \">= 2.5.0\"\nservice: web\n")
        let warnings = try loaders([:]).0.load(path: laterV2).warnings
        #expect(warnings.contains { $0.contains("asks for a newer ecspresso than v2.3.3") })
        let bad = try write("bad.yml", "required_version: \"soon\"\n")
        #expect {
            _ = try loaders([:]).0.load(path: bad)
        } throws: { error in
            String(describing: error).contains("required_version has invalid format: soon")
        }
    }

    @Test func numericTimeoutIsRejectedWithAHint() throws {
        let path = try write("t.yml", "timeout: 600\n")
        #expect {
            _ = try loaders([:]).0.load(path: path)
        } throws: { error in
            String(describing: error).contains("timeout: a bare number is not a duration")
        }
    }

    @Test func describeOutputIsAccepted() throws {
        let path = try write(
            "described.json",
            """
            {"taskDefinition": {"taskDefinitionArn": "arn:aws:ecs:us-east-1:1:task-definition/app:3", "family": "app",
              "revision": 3, "status": "ACTIVE", "ContainerDefinitions": [{"Name": "web", "Image": "nginx"}],
              "registeredAt": 1700000000.0, "requiresAttributes": [{"name": "x"}]},
             "tags": [{"key": "team", "value": "a"}]}
            """)
        let td = try loaders([:]).1.taskDefinition(path: path)
        #expect(
            td.compactText
                == #"{"family":"app","containerDefinitions":[{"name":"web","image":"nginx"}],"tags":[{"key":"team","value":"a"}]}"#
        )
    }

    @Test func typoInADefinitionIsReportedWithASuggestion() throws {
        let path = try write(
            "typo.json",
            #"{"family": "app", "containerDefinitions": [{"name": "web", "image": "x", "memoryReservaton": 1}]}"#)
        #expect {
            _ = try loaders([:]).1.taskDefinition(path: path)
        } throws: { error in
            String(describing: error).contains(
                "containerDefinitions[0].memoryReservaton: unknown key (did you mean \"memoryReservation\"?)")
        }
    }
}

extension LoadingPipelineTests {
    @Test func pinnedEcspressoVersionOfAnotherMajorWarns() throws {
        let path = try write("ecspresso.yml", "service: web\n")
        _ = try write(".ecspresso-version", "1.7.0\n")
        let warnings = try loaders([:]).0.load(path: path).warnings
        #expect(
            warnings.contains {
                $0.hasSuffix(".ecspresso-version pins ecspresso 1.7.0; ecswift behaves as ecspresso v2.3.3")
            })
        _ = try write(".ecspresso-version", "2.0.0\n")
        #expect(try loaders([:]).0.load(path: path).warnings.isEmpty)
    }
}

extension LoadingPipelineTests {
    @Test func pluginKeysMatchCaseInsensitivelyAsGoDoes() throws {
        let path = try write(
            "plugins.yml", "plugins:\n  - Name: tfstate\n    Config:\n      path: x.tfstate\n    Func_Prefix: a_\n")
        let plugins = try loaders([:]).0.load(path: path).plugins
        #expect(plugins == [PluginConfig(name: "tfstate", config: ["path": "x.tfstate"], funcPrefix: "a_")])
    }
}

extension LoadingPipelineTests {
    @Test func keysDifferingOnlyInCaseLoadAsGoMatchesThem() throws {
        let td = try write(
            "case.json",
            #"{"FAMILY": "app", "containerdefinitions": [{"NAME": "web", "image": "x", "portmappings": [{"containerport": 80}], "dockerLabels": {"Keep.Me": "1"}}]}"#
        )
        #expect(
            try loaders([:]).1.taskDefinition(path: td).compactText
                == #"{"family":"app","containerDefinitions":[{"name":"web","image":"x","portMappings":[{"containerPort":80}],"dockerLabels":{"Keep.Me":"1"}}]}"#
        )
        let sd = try write("sd.json", #"{"desiredcount": 2, "LaunchType": "FARGATE"}"#)
        #expect(
            try loaders([:]).1.serviceDefinition(path: sd).compactText == #"{"desiredCount":2,"launchType":"FARGATE"}"#)
    }
}

extension LoadingPipelineTests {
    @Test func missingJSONConfigIsReportedAsMissing() {
        #expect(throws: ConfigError.unreadable(path: directory + "/nope.json", reason: "no such file")) {
            try loaders([:]).0.load(path: directory + "/nope.json")
        }
    }
}
