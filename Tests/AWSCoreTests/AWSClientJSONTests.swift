import Documents
import Foundation
import Logging
import Testing

@testable import AWSCore

@Suite struct AWSClientJSONTests {
    @Test func jsonCallSendsTargetContentTypeAndSignsForServiceAndRegion() async throws {
        let transport = StubTransport(
            headers: [(name: "Content-Type", value: "text/html; charset=utf-8")],
            body: #"{"clusters":[{"clusterName":"default","tags":null}],"failures":[],"nextToken":null}"#)
        let client = try TestSupport.client(
            transport,
            environment: TestSupport.baseEnvironment.merging(["AWS_ENDPOINT_URL": "http://127.0.0.1:4599"]) { $1 })
        let reply = try await client.json(.ecs, "DescribeClusters", ["clusters": ["default"]])
        #expect(reply["clusters"]?[0]?["clusterName"]?.stringValue == "default")
        #expect(reply["nextToken"] == nil)
        #expect(reply["clusters"]?[0]?["tags"] == nil)
        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == "http://127.0.0.1:4599/")
        #expect(request.header("Content-Type") == "application/x-amz-json-1.1")
        #expect(request.header("X-Amz-Target") == "AmazonEC2ContainerServiceV20141113.DescribeClusters")
        #expect(request.bodyText == #"{"clusters":["default"]}"#)
        let authorization = try #require(request.header("Authorization"))
        #expect(authorization.contains("Credential=AKIDEXAMPLE/20231114/ap-northeast-1/ecs/aws4_request"))
        #expect(request.header("X-Amz-Date") == "20231114T221320Z")
    }

    @Test func ecrUsesApiPrefixAndEcrSigningName() async throws {
        let transport = StubTransport(body: "{}")
        let client = try TestSupport.client(transport)
        _ = try await client.json(.ecr, "DescribeImages", [:])
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "https://api.ecr.ap-northeast-1.amazonaws.com/")
        #expect(request.header("Authorization")?.contains("/ap-northeast-1/ecr/aws4_request") == true)
    }

    @Test func emptyReplyDecodesAsEmptyObject() async throws {
        let client = try TestSupport.client(StubTransport(body: ""))
        #expect(try await client.json(.logs, "PutRetentionPolicy", [:]) == .object(JSONObject()))
    }

    @Test func sessionTokenIsSent() async throws {
        let transport = StubTransport(body: "{}")
        var environment = TestSupport.baseEnvironment
        environment["AWS_SESSION_TOKEN"] = "FwoGZXIvYXdzEXAMPLETOKEN"
        _ = try await TestSupport.client(transport, environment: environment).json(.ssm, "GetParameter", [:])
        #expect(transport.requests.first?.header("X-Amz-Security-Token") == "FwoGZXIvYXdzEXAMPLETOKEN")
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["AWSCORE_MOTO_URL"] != nil))
    func allProtocolsAgainstLocalMoto() async throws {
        let url = ProcessInfo.processInfo.environment["AWSCORE_MOTO_URL"]!
        let client = try AWSClient(
            options: AWSClientOptions(region: "us-west-2"),
            environment: [
                "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_ENDPOINT_URL": url,
                "HOME": "/nonexistent-home",
            ],
            logger: Logger(label: "moto"))
        _ = try await client.json(.ecs, "CreateCluster", ["clusterName": "awscore-probe"])
        let reply = try await client.json(.ecs, "DescribeClusters", ["clusters": ["awscore-probe"]])
        #expect(reply["clusters"]?[0]?["clusterName"]?.stringValue == "awscore-probe")
        await #expect(throws: AWSError.self) {
            _ = try await client.json(.ecs, "DescribeServices", ["cluster": "missing", "services": ["x"]])
        }
        let identity = try await client.callerIdentity()
        #expect(identity.account == "123456789012")
        await #expect {
            _ = try await client.query(.elbv2, "DescribeTargetGroups", QueryParameters.list("Names", ["missing"]))
        } throws: { error in
            (error as? AWSError)?.code == "TargetGroupNotFound"
        }
        let created = try await client.rest(
            .scheduler, method: "POST", path: "/schedules/probe",
            body: [
                "ScheduleExpression": "rate(1 hour)", "FlexibleTimeWindow": ["Mode": "OFF"],
                "Target": [
                    "Arn": "arn:aws:ecs:us-west-2:123456789012:cluster/x",
                    "RoleArn": "arn:aws:iam::123456789012:role/r",
                ],
            ])
        #expect(created["ScheduleArn"]?.stringValue?.hasSuffix("schedule/default/probe") == true)
        let fetched = try await client.rest(
            .scheduler, method: "GET", path: "/schedules/probe", query: [("groupName", "default")])
        #expect(fetched["ScheduleExpression"]?.stringValue == "rate(1 hour)")
    }
}
