import Foundation
import Testing

@testable import AWSCore

@Suite struct RegionEndpointTests {
    @Test(
        arguments: [
            ("flag", ["AWS_REGION": "env", "AWS_DEFAULT_REGION": "default"], "profile", "flag"),
            (nil, ["AWS_REGION": "env", "AWS_DEFAULT_REGION": "default"], "profile", "env"),
            (nil, ["AWS_DEFAULT_REGION": "default"], "profile", "default"),
            (nil, [:], "profile", "profile"),
            (nil, ["AWS_REGION": ""], "profile", "profile"),
        ] as [(String?, [String: String], String?, String)])
    func regionPrecedence(explicit: String?, environment: [String: String], profile: String?, expected: String) throws {
        let resolved = try Region.resolve(
            explicit: explicit, environment: environment, profile: profile.map { ["region": $0] })
        #expect(resolved == expected)
    }

    @Test func missingRegionIsAnError() {
        #expect(throws: AWSCoreError.noRegion) {
            try Region.resolve(explicit: nil, environment: [:], profile: nil)
        }
    }

    @Test func profileRegionFromSharedConfig() throws {
        let client = try AWSClient(
            options: AWSClientOptions(),
            environment: ["AWS_CONFIG_FILE": TestSupport.fixture("config"), "HOME": "/nonexistent-home"],
            transport: StubTransport(body: "{}"), logger: .init(label: "test"))
        #expect(client.region == "eu-west-1")
    }

    static let ecsAndLocal = [
        "AWS_ENDPOINT_URL_ECS": "http://127.0.0.1:4599", "AWS_ENDPOINT_URL": "http://127.0.0.1:5000",
    ]

    @Test(
        arguments: [
            (AWSService.ecs, "us-east-1", [:], "https://ecs.us-east-1.amazonaws.com", "us-east-1", false),
            (.ecr, "ap-northeast-1", [:], "https://api.ecr.ap-northeast-1.amazonaws.com", "ap-northeast-1", false),
            (.logs, "cn-north-1", [:], "https://logs.cn-north-1.amazonaws.com.cn", "cn-north-1", false),
            (.iam, "eu-west-1", [:], "https://iam.amazonaws.com", "us-east-1", false),
            (.ecs, "us-east-1", ecsAndLocal, "http://127.0.0.1:4599", "us-east-1", true),
            (.events, "us-east-1", ecsAndLocal, "http://127.0.0.1:5000", "us-east-1", true),
            (
                .elbv2, "us-east-1", ["AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2": "http://localhost:4600/"],
                "http://localhost:4600", "us-east-1", true
            ),
            (
                .logs, "us-east-1", ["AWS_ENDPOINT_URL_CLOUDWATCH_LOGS": "https://logs.example.com"],
                "https://logs.example.com", "us-east-1", false
            ),
            (.s3, "us-east-1", ["AWS_ENDPOINT_URL": "http://[::1]:4599"], "http://[::1]:4599", "us-east-1", true),
            (
                .ecs, "us-east-1",
                ["AWS_ENDPOINT_URL": "http://127.0.0.1:4599", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"],
                "https://ecs.us-east-1.amazonaws.com", "us-east-1", false
            ),
        ] as [(AWSService, String, [String: String], String, String, Bool)])
    func endpointResolution(
        service: AWSService, region: String, environment: [String: String], url: String, signingRegion: String,
        pathStyle: Bool
    ) throws {
        let endpoint = try Endpoint.resolve(
            service, region: region, environment: environment, profile: nil, config: nil)
        #expect(endpoint.url.absoluteString == url)
        #expect(endpoint.signingRegion == signingRegion)
        #expect(endpoint.s3PathStyle == pathStyle)
    }

    @Test(arguments: [
        (AWSService.ecs, "http://127.0.0.1:4599"), (.elbv2, "http://localhost:4600"), (.sts, "http://127.0.0.1:5000"),
    ])
    func profileServicesSectionAndEndpointURL(service: AWSService, url: String) throws {
        let config = SharedConfig.load(environment: [
            "AWS_CONFIG_FILE": TestSupport.fixture("config"), "HOME": "/nonexistent-home",
        ])
        let endpoint = try Endpoint.resolve(
            service, region: "us-west-2", environment: [:], profile: config.profile("local"), config: config)
        #expect(endpoint.url.absoluteString == url)
    }

    @Test(arguments: [
        (
            "my-bucket", "/my-bucket/state/tfstate", false, "https://my-bucket.s3.us-east-1.amazonaws.com",
            "/state/tfstate"
        ),
        ("my.bucket", "/my.bucket/key", false, "https://s3.us-east-1.amazonaws.com", "/my.bucket/key"),
        ("bucket", "/bucket/key", true, "http://127.0.0.1:4599", "/bucket/key"),
    ])
    func s3Addressing(bucket: String, path: String, pathStyle: Bool, host: String, newPath: String) throws {
        let base = pathStyle ? "http://127.0.0.1:4599" : "https://s3.us-east-1.amazonaws.com"
        let endpoint = Endpoint(url: URL(string: base)!, signingRegion: "us-east-1", s3PathStyle: pathStyle)
        let moved = endpoint.s3Addressing(path: path)
        #expect(moved.endpoint.url.absoluteString == host)
        #expect(moved.path == newPath)
    }

    @Test func environmentSuffixes() {
        let services: [AWSService] = [
            .ecs, .events, .scheduler, .codedeploy, .elbv2, .iam, .sts, .logs, .ssm, .secretsManager, .ecr, .s3,
            .cloudFormation, .applicationAutoScaling, .serviceDiscovery,
        ]
        #expect(
            services.map(\.environmentSuffix) == [
                "ECS", "EVENTBRIDGE", "SCHEDULER", "CODEDEPLOY", "ELASTIC_LOAD_BALANCING_V2", "IAM", "STS",
                "CLOUDWATCH_LOGS", "SSM", "SECRETS_MANAGER", "ECR", "S3", "CLOUDFORMATION", "APPLICATION_AUTO_SCALING",
                "SERVICEDISCOVERY",
            ])
    }

    @Test func iniParsing() {
        let ini = INIFile.parse(
            """
            # comment
            [profile a]  
            key = value ; trailing comment
            url = http://x/#frag
            s3 =
              endpoint_url = http://y
            ; another
            [ default ]
            region=us-east-1
            """)
        #expect(
            ini.section("profile a") == [
                "key": "value", "url": "http://x/#frag", "s3": "", "s3.endpoint_url": "http://y",
            ])
        #expect(ini.section("default") == ["region": "us-east-1"])
    }
}
