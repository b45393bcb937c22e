import Documents
import Foundation
import Testing

@testable import AWSCore

@Suite struct AWSClientProtocolTests {
    @Test func queryPostsFormAndReturnsTheResultElement() async throws {
        let transport = StubTransport(
            headers: [(name: "Content-Type", value: "text/xml")],
            body: """
                <DescribeTargetGroupsResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/">
                <DescribeTargetGroupsResult><TargetGroups><member><TargetGroupName>web</TargetGroupName></member>
                <member><TargetGroupName>api</TargetGroupName></member></TargetGroups></DescribeTargetGroupsResult>
                <ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeTargetGroupsResponse>
                """)
        let client = try TestSupport.client(transport)
        let result = try await client.query(
            .elbv2, "DescribeTargetGroups", QueryParameters.list("Names", ["web", "api gw"]))
        #expect(result.name == "DescribeTargetGroupsResult")
        #expect(result.members(of: "TargetGroups").compactMap { $0.text(of: "TargetGroupName") } == ["web", "api"])
        let request = try #require(transport.requests.first)
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded; charset=utf-8")
        #expect(
            request.bodyText
                == "Action=DescribeTargetGroups&Version=2015-12-01&Names.member.1=web&Names.member.2=api%20gw")
        #expect(request.header("Authorization")?.contains("/elasticloadbalancing/aws4_request") == true)
    }

    @Test func iamIsSignedForUsEast1AtTheGlobalEndpoint() async throws {
        let transport = StubTransport(body: "<GetRoleResponse><GetRoleResult><Role/></GetRoleResult></GetRoleResponse>")
        _ = try await TestSupport.client(transport).query(.iam, "GetRole", [("RoleName", "r")])
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "https://iam.amazonaws.com/")
        #expect(request.header("Authorization")?.contains("/us-east-1/iam/aws4_request") == true)
    }

    @Test func callerIdentity() async throws {
        let transport = StubTransport(
            body: """
                <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>
                <UserId>AKIA</UserId><Account>123456789012</Account><Arn>arn:aws:sts::123456789012:user/moto</Arn>
                </GetCallerIdentityResult></GetCallerIdentityResponse>
                """)
        let identity = try await TestSupport.client(transport).callerIdentity()
        #expect(identity.account == "123456789012")
        #expect(identity.arn == "arn:aws:sts::123456789012:user/moto")
        #expect(transport.requests.first?.bodyText == "Action=GetCallerIdentity&Version=2011-06-15")
    }

    @Test func flattenFollowsAwsQueryRules() {
        let input: JSONValue = [
            "Names": ["a", "b"], "Tags": [["Key": "k", "Value": "v"]], "PageSize": 10, "Marker": .null,
            "Enabled": true,
        ]
        let flat = QueryParameters.flatten(input)
        #expect(
            flat.map { "\($0.0)=\($0.1)" } == [
                "Names.member.1=a", "Names.member.2=b", "Tags.member.1.Key=k", "Tags.member.1.Value=v", "PageSize=10",
                "Enabled=true",
            ])
    }

    @Test func restJSONSendsMethodPathQueryAndBody() async throws {
        let transport = StubTransport(body: #"{"ScheduleArn":"arn:aws:scheduler:us-east-1:1:schedule/default/a b"}"#)
        let client = try TestSupport.client(
            transport,
            environment: TestSupport.baseEnvironment.merging(["AWS_ENDPOINT_URL": "http://127.0.0.1:4599"]) { $1 })
        let reply = try await client.rest(
            .scheduler, method: "PUT", path: "/schedules/a b", query: [("groupName", "default")],
            body: ["ScheduleExpression": "rate(1 hour)"])
        #expect(reply["ScheduleArn"]?.stringValue?.hasSuffix("a b") == true)
        let request = try #require(transport.requests.first)
        #expect(request.method == "PUT")
        #expect(request.url.absoluteString == "http://127.0.0.1:4599/schedules/a%20b?groupName=default")
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.bodyText == #"{"ScheduleExpression":"rate(1 hour)"}"#)
        #expect(request.header("Authorization")?.contains("/ap-northeast-1/scheduler/aws4_request") == true)
    }

    @Test func restJSONNotFoundUsesStatusAndHeaderCode() async throws {
        let transport = StubTransport(
            status: 404, headers: [(name: "X-Amzn-Errortype", value: "ResourceNotFoundException")],
            body: #"{"Message":"Schedule a does not exist."}"#)
        await #expect {
            _ = try await TestSupport.client(transport).rest(.scheduler, method: "GET", path: "/schedules/a")
        } throws: { error in
            let error = error as? AWSError
            return error?.code == "ResourceNotFoundException" && error?.operation == "GET /schedules"
                && error?.statusCode == 404
        }
    }

    @Test func restDataReturnsRawBytesPathStyleOnLocalEndpoints() async throws {
        let transport = StubTransport(body: #"{"version": 4}"#)
        let client = try TestSupport.client(
            transport,
            environment: TestSupport.baseEnvironment.merging(["AWS_ENDPOINT_URL_S3": "http://127.0.0.1:4599"]) { $1 })
        let bytes = try await client.restData(.s3, method: "GET", path: "/state/env/prod terraform.tfstate")
        #expect(String(decoding: bytes, as: UTF8.self) == #"{"version": 4}"#)
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "http://127.0.0.1:4599/state/env/prod%20terraform.tfstate")
        #expect(request.header("x-amz-content-sha256") != nil)
    }

    @Test func restDataUsesVirtualHostsOnAWS() async throws {
        let transport = StubTransport(body: "x")
        _ = try await TestSupport.client(transport).restData(.s3, method: "GET", path: "/state/key")
        #expect(
            transport.requests.first?.url.absoluteString == "https://state.s3.ap-northeast-1.amazonaws.com/key")
    }

    @Test func wrongProtocolIsRejectedBeforeSending() async throws {
        let transport = StubTransport(body: "{}")
        await #expect(throws: AWSCoreError.self) {
            _ = try await TestSupport.client(transport).json(.iam, "GetRole", [:])
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func xmlReaderHandlesNamespacesCDATAAndEntities() throws {
        let root = try XMLNode.parse(
            #"<a:Root xmlns:a="urn:x"><a:Item id="1">x &amp; y</a:Item><Data><![CDATA[<raw>]]></Data></a:Root>"#)
        #expect(root.name == "Root")
        #expect(root.child("Item")?.text == "x & y")
        #expect(root.child("Item")?.attributes["id"] == "1")
        #expect(root.text(of: "Data") == "<raw>")
        #expect(throws: XMLSyntaxError.self) { try XMLNode.parse("<unclosed>") }
    }
}
