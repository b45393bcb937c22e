import Foundation
import Testing

@testable import AWSCore

@Suite struct AWSErrorTests {
    struct Shape: Sendable, CustomTestStringConvertible {
        var name: String
        var wireProtocol: AWSProtocol
        var status: Int
        var headers: [(name: String, value: String)]
        var body: String
        var code: String
        var message: String
        var requestID: String?
        var testDescription: String { name }
    }

    static let shapes: [Shape] = [
        Shape(
            name: "json __type", wireProtocol: .json(targetPrefix: "X"), status: 400,
            headers: [(name: "x-amzn-RequestId", value: "req-1")],
            body: #"{"__type":"ClusterNotFoundException","message":"Cluster not found."}"#,
            code: "ClusterNotFoundException", message: "Cluster not found.", requestID: "req-1"),
        Shape(
            name: "json namespaced Message", wireProtocol: .json(targetPrefix: "X"), status: 400, headers: [],
            body: #"{"__type":"com.amazonaws.ecs#AccessDeniedException:http://internal","Message":"nope"}"#,
            code: "AccessDeniedException", message: "nope", requestID: nil),
        Shape(
            name: "X-Amzn-Errortype header", wireProtocol: .restJSON, status: 404,
            headers: [(name: "X-Amzn-Errortype", value: "ResourceNotFoundException:http://internal/")],
            body: #"{"Message":"Schedule x does not exist."}"#, code: "ResourceNotFoundException",
            message: "Schedule x does not exist.", requestID: nil),
        Shape(
            name: "query ErrorResponse", wireProtocol: .query(version: "2015-12-01"), status: 400, headers: [],
            body: """
                <ErrorResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"><Error><Type>Sender</Type>\
                <Code>TargetGroupNotFound</Code><Message>One or more target groups not found</Message></Error>\
                <RequestId>req-q</RequestId></ErrorResponse>
                """, code: "TargetGroupNotFound", message: "One or more target groups not found", requestID: "req-q"),
        Shape(
            name: "moto auth ErrorResponse/Errors on a JSON service", wireProtocol: .json(targetPrefix: "X"),
            status: 403, headers: [(name: "Content-Type", value: "text/html")],
            body: """
                <?xml version="1.0" encoding="UTF-8"?><ErrorResponse><Errors><Error><Code>InvalidClientTokenId</Code>\
                <Message>The security token included in the request is invalid.</Message></Error></Errors>\
                <RequestId>req-a</RequestId></ErrorResponse>
                """, code: "InvalidClientTokenId", message: "The security token included in the request is invalid.",
            requestID: "req-a"),
        Shape(
            name: "S3 Error", wireProtocol: .restXML, status: 404,
            headers: [(name: "x-amz-request-id", value: "s3-req")],
            body:
                "<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message><BucketName>b</BucketName></Error>",
            code: "NoSuchBucket", message: "The specified bucket does not exist", requestID: "s3-req"),
        Shape(
            name: "HTML 500", wireProtocol: .json(targetPrefix: "X"), status: 500, headers: [],
            body:
                "<!doctype html><html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>",
            code: "InternalFailure", message: "500 Internal Server Error Internal Server Error", requestID: nil),
        Shape(
            name: "plain 503", wireProtocol: .query(version: "x"), status: 503, headers: [],
            body: "Service Unavailable",
            code: "ServiceUnavailable", message: "Service Unavailable", requestID: nil),
        Shape(
            name: "empty 502", wireProtocol: .restXML, status: 502, headers: [], body: "", code: "BadGateway",
            message: "HTTP 502 with an empty body", requestID: nil),
    ]

    @Test(arguments: shapes)
    func errorShapes(shape: Shape) {
        let response = HTTPResponse(status: shape.status, headers: shape.headers, body: Array(shape.body.utf8))
        let error = AWSError.from(response: response, wireProtocol: shape.wireProtocol, service: "ECS", operation: "Op")
        #expect(error.code == shape.code)
        #expect(error.message == shape.message)
        #expect(error.statusCode == shape.status)
        #expect(error.requestID == shape.requestID)
    }

    @Test(arguments: [
        ("ClusterNotFoundException", "ClusterNotFoundException"),
        ("aws.protocoltests.restjson#FooError", "FooError"),
        ("FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError"),
        ("aws.protocoltests.restjson#FooError:http://internal.amazon.com/", "FooError"),
    ])
    func codeSanitizing(raw: String, code: String) {
        #expect(AWSError.sanitize(code: raw) == code)
    }

    @Test func descriptionNamesServiceOperationCodeStatusAndRequestID() {
        let error = AWSError(
            code: "ClusterNotFoundException", message: "Cluster not found.", statusCode: 400, requestID: "abc-123",
            service: "ECS", operation: "DescribeServices")
        #expect(
            error.description
                == "ECS DescribeServices: ClusterNotFoundException: Cluster not found. (HTTP 400, request id abc-123)")
    }

    @Test func clientThrowsTypedErrorWithServiceAndOperation() async throws {
        let transport = StubTransport(
            status: 400, body: #"{"__type":"ClusterNotFoundException","message":"Cluster not found."}"#)
        let client = try TestSupport.client(transport)
        await #expect(
            throws: AWSError(
                code: "ClusterNotFoundException", message: "Cluster not found.", statusCode: 400, service: "ECS",
                operation: "DescribeServices")
        ) {
            _ = try await client.json(.ecs, "DescribeServices", [:])
        }
        #expect(transport.requests.count == 1)
    }
}
