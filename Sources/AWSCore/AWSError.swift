/// An error reply from an AWS service, whatever its protocol.
public struct AWSError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The error code without namespace or suffix (`ClusterNotFoundException`, `Throttling`, `InternalFailure`).
    public var code: String
    /// The service's message, or a generic one when the body had none.
    public var message: String
    /// The HTTP status code.
    public var statusCode: Int
    /// The request id from `x-amzn-requestid`, `x-amz-request-id` or the XML `RequestId`.
    public var requestID: String?
    /// The service id (`ECS`, `CloudWatch Logs`).
    public var service: String
    /// The operation or action name (`DescribeServices`).
    public var operation: String

    /// Creates an error.
    public init(
        code: String, message: String, statusCode: Int, requestID: String? = nil, service: String, operation: String
    ) {
        self.code = code
        self.message = message
        self.statusCode = statusCode
        self.requestID = requestID
        self.service = service
        self.operation = operation
    }

    /// `ECS DescribeServices: ClusterNotFoundException: Cluster not found. (HTTP 400, request id …)`.
    public var description: String {
        var text = "\(service) \(operation): \(code)"
        if !message.isEmpty { text += ": \(message)" }
        text += " (HTTP \(statusCode)"
        if let requestID, !requestID.isEmpty { text += ", request id \(requestID)" }
        return text + ")"
    }

    /// Strips an error code to its bare name: drops anything before `#` and after `:`.
    ///
    /// `aws.protocoltests#ValidationException:http://…` → `ValidationException`.
    public static func sanitize(code raw: String) -> String {
        var code = Substring(raw.trimmingCharacters(in: .whitespacesAndNewlines))
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        return String(code)
    }

    /// The generic code AWS SDKs use for an error reply without a parsable body.
    public static func fallbackCode(status: Int) -> String {
        switch status {
        case 400: "BadRequest"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "NotFound"
        case 408: "RequestTimeout"
        case 429: "TooManyRequestsException"
        case 500: "InternalFailure"
        case 502: "BadGateway"
        case 503: "ServiceUnavailable"
        case 504: "GatewayTimeout"
        default: status >= 500 ? "InternalFailure" : "HTTP\(status)"
        }
    }
}

/// Errors AWSCore raises itself: configuration problems and replies it cannot understand.
public enum AWSCoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No provider in the chain found credentials.
    case noCredentials
    /// No region configured anywhere.
    case noRegion
    /// A named profile does not exist in the shared config or credentials file.
    case profileNotFound(String)
    /// A credential source was configured but failed.
    case credentials(source: String, reason: String)
    /// A successful reply whose body could not be decoded.
    case malformedResponse(service: String, operation: String, reason: String)
    /// An invalid request (bad endpoint URL, bad path).
    case invalidRequest(String)

    /// A message that says what to do.
    public var description: String {
        switch self {
        case .noCredentials:
            "no AWS credentials found: set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE (shared config "
                + "~/.aws/config or ~/.aws/credentials), AWS_WEB_IDENTITY_TOKEN_FILE+AWS_ROLE_ARN, or run on ECS/EC2 "
                + "with a role"
        case .noRegion:
            "no AWS region configured: pass --region, set AWS_REGION or AWS_DEFAULT_REGION, or add region to "
                + "the profile in ~/.aws/config"
        case .profileNotFound(let name):
            "AWS profile \"\(name)\" not found in the shared config or credentials file"
        case .credentials(let source, let reason):
            "AWS credentials from \(source): \(reason)"
        case .malformedResponse(let service, let operation, let reason):
            "\(service) \(operation): malformed response: \(reason)"
        case .invalidRequest(let reason):
            "invalid AWS request: \(reason)"
        }
    }
}
