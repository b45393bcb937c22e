import AWSCore
import Documents
import Foundation
import Testing

@testable import Config

@Suite("PluginSet: names, prefixes, configuration errors")
struct PluginSetTests {
    let directory = PluginFixtures.directory

    func load(_ plugins: [PluginConfig], environment: [String: String] = [:]) async throws -> PluginSet {
        try await PluginSet.load(plugins, configDirectory: directory, aws: try makeClient(), environment: environment)
    }

    @Test("ssm and secretsmanager_arn are always there")
    func defaults() async throws {
        let set = try await load([])
        #expect(set.functions.keys.sorted() == ["secretsmanager_arn", "ssm"])
    }

    @Test("each plugin's functions under its prefix")
    func prefixes() async throws {
        let set = try await load([
            plugin("tfstate", ["path": "terraform.tfstate"]),
            plugin("tfstate", ["path": "terraform.tfstate"], prefix: "bucket_"),
            plugin("CloudFormation"),
            plugin("ssm", prefix: "other_"),
        ])
        #expect(
            set.functions.keys.sorted() == [
                "bucket_tfstate", "bucket_tfstatef", "cfn_export", "cfn_output", "other_ssm", "secretsmanager_arn",
                "ssm", "tfstate", "tfstatef",
            ])
        #expect(try await call(set, "bucket_tfstate", ["aws_subnet.private-a.id"]) == "subnet-01234567")
        #expect(try await call(set, "tfstatef", ["aws_subnet.private[%d].id", "0"]) == "subnet-0aaa1111")
    }

    @Test("the same plugin twice without a prefix is an error naming the function")
    func duplicate() async throws {
        let text = await message {
            _ = try await load([
                plugin("tfstate", ["path": "terraform.tfstate"]), plugin("tfstate", ["url": "terraform.tfstate"]),
            ])
        }
        #expect(text == "template function tfstate already exists. set func_prefix to tfstate plugin")
    }

    @Test("a repeated default plugin is skipped; any other repeat is a duplicate, prefix included")
    func repeated() async throws {
        let set = try await load([plugin("ssm", prefix: "x_"), plugin("ssm", prefix: "x_")])
        #expect(set.functions["x_ssm"] != nil)
        let text = await message {
            _ = try await load([plugin("cloudformation", prefix: "a_"), plugin("cloudformation", prefix: "a_")])
        }
        #expect(text == "template function a_cfn_export already exists. set func_prefix to cloudformation plugin")
    }

    @Test("the default plugins configured again are accepted")
    func defaultAgain() async throws {
        let set = try await load([plugin("ssm"), plugin("secretsmanager")])
        #expect(set.functions.keys.sorted() == ["secretsmanager_arn", "ssm"])
    }

    @Test("an unknown plugin lists the valid names")
    func unknown() async throws {
        let text = await message { _ = try await load([plugin("tfstat", ["path": "terraform.tfstate"])]) }
        #expect(text == "plugin tfstat is not available (valid plugins: cloudformation, secretsmanager, ssm, tfstate)")
    }

    @Test(
        "tfstate config errors",
        arguments: [
            (JSONValue.object(JSONObject()), "tfstate plugin: requires path or url for tfstate location"),
            (JSONValue(dictionaryLiteral: ("path", 1)), "tfstate plugin: requires path for tfstate file as a string"),
            (JSONValue(dictionaryLiteral: ("url", ["a"])), "tfstate plugin: requires url for tfstate URL as a string"),
        ] as [(JSONValue, String)])
    func configErrors(config: JSONValue, expected: String) async throws {
        let text = await message {
            _ = try await load([PluginConfig(name: "tfstate", config: config, funcPrefix: "")])
        }
        #expect(text == expected)
    }

    @Test(
        "unreadable states name the location",
        arguments: [
            ("missing.tfstate", "failed to read tfstate from \(PluginFixtures.directory)/missing.tfstate"),
            ("v3.tfstate", "failed to read tfstate from \(PluginFixtures.directory)/v3.tfstate: unsupported state"),
            ("gs://bucket/key", "failed to read tfstate from gs://bucket/key: URL scheme gs is not supported"),
            ("s3://bucket-only", "failed to read tfstate from s3://bucket-only: expected s3://BUCKET/KEY"),
            ("remote://host/org", "failed to read tfstate from remote://host/org: expected remote://HOST/"),
        ])
    func unreadable(url: String, expectedPrefix: String) async throws {
        let text = await message { _ = try await load([plugin("tfstate", ["url": url])]) }
        #expect(text?.hasPrefix(expectedPrefix) == true, "\(text ?? "no error")")
    }

    @Test("path, plain url and file:// url read the same local state")
    func localForms() async throws {
        let configs = [
            plugin("tfstate", ["path": "terraform.tfstate"]),
            plugin("tfstate", ["path": PluginFixtures.statePath], prefix: "abs_"),
            plugin("tfstate", ["url": "terraform.tfstate"], prefix: "url_"),
            plugin("tfstate", ["url": "file://" + PluginFixtures.statePath], prefix: "file_"),
        ]
        let set = try await load(configs)
        for prefix in ["", "abs_", "url_", "file_"] {
            #expect(try await call(set, prefix + "tfstate", ["output.vpc_id"]) == "vpc-0a1b2c3d4e5f67890")
        }
    }

    @Test("a missing address names the address and the state file")
    func missingAddress() async throws {
        let set = try await load([plugin("tfstate", ["path": "terraform.tfstate"])])
        let text = await message { _ = try await call(set, "tfstate", ["aws_vpc.nothing.id"]) }
        #expect(text == "aws_vpc.nothing.id is not found in tfstate \(PluginFixtures.statePath)")
    }

    @Test("http(s) state from a URL")
    func http() async throws {
        let base = try await LoopbackServer.stateServer.url()
        let set = try await load([plugin("tfstate", ["url": "\(base)/terraform.tfstate"])])
        #expect(try await call(set, "tfstate", ["aws_iam_role.task.arn"]) == "arn:aws:iam::123456789012:role/app-task")
        let text = await message { _ = try await load([plugin("tfstate", ["url": "\(base)/nope.tfstate"])]) }
        #expect(text == "failed to read tfstate from \(base)/nope.tfstate: GET \(base)/nope.tfstate: HTTP 404")
    }

    @Test("Terraform Cloud: workspace id, current state version, hosted state download")
    func terraformCloud() async throws {
        let base = try await LoopbackServer.stateServer.url()
        let url = "remote://\(base.host ?? "127.0.0.1"):\(base.port ?? 0)/acme/app"
        let set = try await load([plugin("tfstate", ["url": url])], environment: ["TFE_TOKEN": "test-token"])
        #expect(try await call(set, "tfstate", ["output.private_subnet_ids[0]"]) == "subnet-0aaa1111")
        let denied = await message { _ = try await load([plugin("tfstate", ["url": url])]) }
        #expect(denied?.hasSuffix("HTTP 401") == true, "\(denied ?? "no error")")
        let missing = await message {
            _ = try await load(
                [plugin("tfstate", ["url": url.replacingOccurrences(of: "/app", with: "/nope")])],
                environment: ["TFE_TOKEN": "test-token"])
        }
        #expect(missing?.hasSuffix("HTTP 404") == true, "\(missing ?? "no error")")
    }

    @Test("a local state with a remote backend block follows it, with the workspace prefix")
    func remoteBackend() async throws {
        let base = try await LoopbackServer.stateServer.url()
        let host = "\(base.host ?? "127.0.0.1"):\(base.port ?? 0)"
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tfbackend-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let backend = """
            {"version": 3, "backend": {"type": "remote", "config": {"hostname": "\(host)", "organization": "acme",
              "token": null, "workspaces": {"name": null, "prefix": "a"}}}}
            """
        try backend.write(to: directory.appendingPathComponent("terraform.tfstate"), atomically: true, encoding: .utf8)
        try "pp\n".write(to: directory.appendingPathComponent("environment"), atomically: true, encoding: .utf8)
        let set = try await PluginSet.load(
            [plugin("tfstate", ["path": "terraform.tfstate"])], configDirectory: directory.path, aws: try makeClient(),
            environment: ["TFE_TOKEN": "test-token"])
        #expect(try await call(set, "tfstate", ["aws_vpc.main.id"]) == "vpc-0a1b2c3d4e5f67890")
    }
}
