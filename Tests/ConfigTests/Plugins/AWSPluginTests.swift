import AWSCore
import Foundation
import Testing

@testable import Config

/// Seeds the emulator once per test process.
actor EmulatorSeed {
    static let shared = EmulatorSeed()
    private var done = false

    /// Parameters, a secret, a stack with outputs and an export, and states in S3.
    func ensure() async throws {
        if done { return }
        try await EmulatorControl.seed(
            """
            ssm.put_parameter(Name="/app/string", Value="string value", Type="String", Overwrite=True)
            ssm.put_parameter(Name="/app/secure", Value="securestring value", Type="SecureString", Overwrite=True)
            ssm.put_parameter(Name="/app/list", Value="a,b,c", Type="StringList", Overwrite=True)
            ssm.put_parameter(Name="/app/cached", Value="once", Type="String", Overwrite=True)
            sm.create_secret(Name="app/db", SecretString="hunter2")
            cfn.create_stack(StackName="network", TemplateBody='''{
              "Resources": {"Queue": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "plugins-q"}}},
              "Outputs": {
                "QueueName": {"Value": "plugins-q"},
                "VpcId": {"Value": "vpc-cfn0001", "Export": {"Name": "network-vpc-id"}}}}''')
            s3.create_bucket(Bucket="tfstate-bucket")
            s3.upload_file("\(PluginFixtures.statePath)", "tfstate-bucket", "app/terraform.tfstate")
            s3.upload_file("\(PluginFixtures.statePath)", "tfstate-bucket", "ws/staging/app.tfstate")
            """)
        done = true
    }
}

@Suite("AWS-backed plugins on the emulator", .serialized)
struct AWSPluginTests {
    func load(_ plugins: [PluginConfig] = [], environment extra: [String: String] = [:]) async throws -> PluginSet {
        try await EmulatorSeed.shared.ensure()
        let environment = try await EmulatorControl.environment().merging(extra) { $1 }
        return try await PluginSet.load(
            plugins, configDirectory: PluginFixtures.directory, aws: try makeClient(environment),
            environment: environment)
    }

    @Test(
        "ssm values",
        arguments: [
            (["/app/string"], "string value"),
            (["/app/secure"], "securestring value"),
            (["/app/list", "0"], "a"),
            (["/app/list", "2"], "c"),
            (["arn:aws:ssm:us-east-1:123456789012:parameter/app/string"], "string value"),
        ])
    func ssm(args: [String], expected: String) async throws {
        #expect(try await call(try await load(), "ssm", args) == expected)
    }

    @Test(
        "ssm errors",
        arguments: [
            (
                ["/app/list", "3"],
                "ssm: index 3 is out of range for StringList parameter /app/list, which has 3 values"
            ),
            (["/app/list", "-1"], "ssm: index -1 is out of range for StringList parameter /app/list"),
            (["/app/list", "x"], "ssm: index x is not an integer"),
            (["/app/list"], "ssm: the second argument is required for StringList type parameter /app/list"),
            (
                ["/app/string", "0"],
                "ssm: the second argument is supported only for StringList type, but the parameter /app/string is of type String"
            ),
            (
                ["/app/secure", "0"],
                "ssm: the second argument is supported only for StringList type, but the parameter"
            ),
            (["/app/list", "0", "1"], "ssm: ssm template function accepts at most 2 parameters, but got 3"),
            ([], "ssm: a parameter name is required"),
            (["/app/missing"], "ssm: parameter /app/missing is not found"),
        ])
    func ssmErrors(args: [String], expectedPrefix: String) async throws {
        let set = try await load()
        let text = await message { _ = try await call(set, "ssm", args) } ?? "no error"
        #expect(text.hasPrefix(expectedPrefix), "\(text)")
        #expect(!text.contains("securestring value") && !text.contains("a,b,c"))
    }

    @Test("secretsmanager_arn gives the full ARN; a missing secret is named")
    func secretsManager() async throws {
        let set = try await load()
        let arn = try await call(set, "secretsmanager_arn", ["app/db"])
        #expect(arn.hasPrefix("arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-"), "\(arn)")
        #expect(try await call(set, "secretsmanager_arn", [arn]) == arn)
        let text = await message { _ = try await call(set, "secretsmanager_arn", ["app/none"]) }
        #expect(text == "secretsmanager_arn: secret app/none is not found")
    }

    @Test(
        "cloudformation outputs and exports",
        arguments: [
            ("cfn_output", ["network", "QueueName"], "plugins-q"),
            ("cfn_output", ["network", "VpcId"], "vpc-cfn0001"),
            ("cfn_export", ["network-vpc-id"], "vpc-cfn0001"),
        ])
    func cloudFormation(function: String, args: [String], expected: String) async throws {
        let set = try await load([plugin("cloudformation", prefix: "x_")])
        #expect(try await call(set, "x_" + function, args) == expected)
    }

    @Test(
        "cloudformation errors",
        arguments: [
            ("cfn_output", ["network", "Nope"], "cfn_output: outputKey Nope is not found in stack network"),
            ("cfn_output", ["nostack", "VpcId"], "cfn_output: stack nostack is not found"),
            ("cfn_output", ["network"], "cfn_output: takes 2 arguments (stack name, output key), got 1"),
            ("cfn_export", ["nope"], "cfn_export: nope is not found in exports"),
        ])
    func cloudFormationErrors(function: String, args: [String], expected: String) async throws {
        let set = try await load([plugin("cloudformation")])
        #expect(await message { _ = try await call(set, function, args) } == expected)
    }

    @Test("each name reaches AWS once per run")
    func caching() async throws {
        let set = try await load([plugin("cloudformation")])
        try await EmulatorControl.resetCallCounts()
        for _ in 0..<3 {
            #expect(try await call(set, "ssm", ["/app/cached"]) == "once")
            #expect(try await call(set, "ssm", ["/app/list", "1"]) == "b")
            _ = try await call(set, "secretsmanager_arn", ["app/db"])
            #expect(try await call(set, "cfn_output", ["network", "QueueName"]) == "plugins-q")
            #expect(try await call(set, "cfn_output", ["network", "VpcId"]) == "vpc-cfn0001")
            #expect(try await call(set, "cfn_export", ["network-vpc-id"]) == "vpc-cfn0001")
        }
        _ = await message { _ = try await call(set, "ssm", ["/app/list"]) }  // cached; the error needs no call
        let counts = try await EmulatorControl.callCounts()
        #expect(counts["GetParameter"] == 2)
        #expect(counts["DescribeSecret"] == 1)
        #expect(counts["DescribeStacks"] == 1)
        #expect(counts["ListExports"] == 1)
        // A new run (a new PluginSet) starts with an empty cache.
        _ = try await call(try await load(), "ssm", ["/app/cached"])
        #expect(try await EmulatorControl.callCounts()["GetParameter"] == 3)
    }

    @Test("tfstate from s3://bucket/key")
    func s3URL() async throws {
        let set = try await load([plugin("tfstate", ["url": "s3://tfstate-bucket/app/terraform.tfstate"])])
        #expect(try await call(set, "tfstate", ["aws_lb.x.subnet_mapping[0].subnet_id"]) == "subnet-0aaa1111")
        let text = await message { _ = try await load([plugin("tfstate", ["url": "s3://tfstate-bucket/none"])]) }
        #expect(text?.hasPrefix("failed to read tfstate from s3://tfstate-bucket/none: ") == true, "\(text ?? "")")
    }

    @Test("a local state with an s3 backend block follows it, in the TF_WORKSPACE workspace")
    func s3Backend() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tfs3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let backend = """
            {"version": 3, "backend": {"type": "s3", "config": {"bucket": "tfstate-bucket", "key": "app.tfstate",
              "region": "us-east-1", "workspace_key_prefix": "ws"}}}
            """
        try backend.write(to: directory.appendingPathComponent("terraform.tfstate"), atomically: true, encoding: .utf8)
        try await EmulatorSeed.shared.ensure()
        let environment = try await EmulatorControl.environment().merging(["TF_WORKSPACE": "staging"]) { $1 }
        let set = try await PluginSet.load(
            [plugin("tfstate", ["path": "terraform.tfstate"])], configDirectory: directory.path,
            aws: try makeClient(environment), environment: environment)
        #expect(try await call(set, "tfstate", ["output.vpc_id"]) == "vpc-0a1b2c3d4e5f67890")
    }
}
