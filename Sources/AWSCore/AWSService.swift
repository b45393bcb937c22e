/// The wire protocol an AWS service speaks, which decides how requests are encoded and replies decoded.
public enum AWSProtocol: Sendable, Hashable {
    /// awsJson 1.1: `POST /`, `X-Amz-Target: <targetPrefix>.<Operation>`, JSON body and reply.
    case json(targetPrefix: String)
    /// awsQuery: form `POST /` with `Action` and `Version`, XML reply.
    case query(version: String)
    /// rest-json: HTTP method, path and query string carry the operation; JSON body and reply.
    case restJSON
    /// rest-xml (S3): HTTP method, path and query string carry the operation; XML or raw replies.
    case restXML
}

/// Describes how to reach, sign for and talk to one AWS service.
public struct AWSService: Sendable, Hashable {
    /// The host label in `https://{endpointPrefix}.{region}.amazonaws.com` (`ecs`, `api.ecr`).
    public var endpointPrefix: String
    /// The service name in the SigV4 credential scope (`ecs`, `ecr`, `elasticloadbalancing`).
    public var signingName: String
    /// The SDK service id (`ECS`, `Elastic Load Balancing v2`), used in messages and endpoint variables.
    public var serviceID: String
    /// The wire protocol.
    public var wireProtocol: AWSProtocol
    /// For global services (IAM), the region every call is signed for; `nil` for regional services.
    public var globalSigningRegion: String?

    /// Creates a service descriptor.
    public init(
        endpointPrefix: String, signingName: String, serviceID: String, wireProtocol: AWSProtocol,
        globalSigningRegion: String? = nil
    ) {
        self.endpointPrefix = endpointPrefix
        self.signingName = signingName
        self.serviceID = serviceID
        self.wireProtocol = wireProtocol
        self.globalSigningRegion = globalSigningRegion
    }

    /// The suffix of `AWS_ENDPOINT_URL_<SUFFIX>`: the service id upper-cased, spaces replaced by underscores.
    public var environmentSuffix: String {
        serviceID.uppercased().replacingOccurrences(of: " ", with: "_")
    }

    /// The key of this service in a shared-config `services` section (`ecs`, `elastic_load_balancing_v2`).
    var configKey: String { serviceID.lowercased().replacingOccurrences(of: " ", with: "_") }
}

extension AWSService {
    /// Amazon ECS (awsJson 1.1).
    public static let ecs = AWSService(
        endpointPrefix: "ecs", signingName: "ecs", serviceID: "ECS",
        wireProtocol: .json(targetPrefix: "AmazonEC2ContainerServiceV20141113"))
    /// Amazon EventBridge (awsJson 1.1).
    public static let events = AWSService(
        endpointPrefix: "events", signingName: "events", serviceID: "EventBridge",
        wireProtocol: .json(targetPrefix: "AWSEvents"))
    /// EventBridge Scheduler (rest-json).
    public static let scheduler = AWSService(
        endpointPrefix: "scheduler", signingName: "scheduler", serviceID: "Scheduler", wireProtocol: .restJSON)
    /// AWS CodeDeploy (awsJson 1.1).
    public static let codedeploy = AWSService(
        endpointPrefix: "codedeploy", signingName: "codedeploy", serviceID: "CodeDeploy",
        wireProtocol: .json(targetPrefix: "CodeDeploy_20141006"))
    /// Elastic Load Balancing v2 (awsQuery 2015-12-01).
    public static let elbv2 = AWSService(
        endpointPrefix: "elasticloadbalancing", signingName: "elasticloadbalancing",
        serviceID: "Elastic Load Balancing v2", wireProtocol: .query(version: "2015-12-01"))
    /// AWS IAM (awsQuery 2010-05-08), a global service signed for us-east-1 at `iam.amazonaws.com`.
    public static let iam = AWSService(
        endpointPrefix: "iam", signingName: "iam", serviceID: "IAM", wireProtocol: .query(version: "2010-05-08"),
        globalSigningRegion: "us-east-1")
    /// AWS STS (awsQuery 2011-06-15), regional endpoint.
    public static let sts = AWSService(
        endpointPrefix: "sts", signingName: "sts", serviceID: "STS", wireProtocol: .query(version: "2011-06-15"))
    /// CloudWatch Logs (awsJson 1.1).
    public static let logs = AWSService(
        endpointPrefix: "logs", signingName: "logs", serviceID: "CloudWatch Logs",
        wireProtocol: .json(targetPrefix: "Logs_20140328"))
    /// Systems Manager (awsJson 1.1).
    public static let ssm = AWSService(
        endpointPrefix: "ssm", signingName: "ssm", serviceID: "SSM", wireProtocol: .json(targetPrefix: "AmazonSSM"))
    /// Secrets Manager (awsJson 1.1).
    public static let secretsManager = AWSService(
        endpointPrefix: "secretsmanager", signingName: "secretsmanager", serviceID: "Secrets Manager",
        wireProtocol: .json(targetPrefix: "secretsmanager"))
    /// Amazon ECR (awsJson 1.1) at `api.ecr.{region}`, signed as `ecr`.
    public static let ecr = AWSService(
        endpointPrefix: "api.ecr", signingName: "ecr", serviceID: "ECR",
        wireProtocol: .json(targetPrefix: "AmazonEC2ContainerRegistry_V20150921"))
    /// Amazon S3 (rest-xml).
    public static let s3 = AWSService(
        endpointPrefix: "s3", signingName: "s3", serviceID: "S3", wireProtocol: .restXML)
    /// AWS CloudFormation (awsQuery 2010-05-15).
    public static let cloudFormation = AWSService(
        endpointPrefix: "cloudformation", signingName: "cloudformation", serviceID: "CloudFormation",
        wireProtocol: .query(version: "2010-05-15"))
    /// Application Auto Scaling (awsJson 1.1).
    public static let applicationAutoScaling = AWSService(
        endpointPrefix: "application-autoscaling", signingName: "application-autoscaling",
        serviceID: "Application Auto Scaling", wireProtocol: .json(targetPrefix: "AnyScaleFrontendService"))
    /// AWS Cloud Map (awsJson 1.1).
    public static let serviceDiscovery = AWSService(
        endpointPrefix: "servicediscovery", signingName: "servicediscovery", serviceID: "ServiceDiscovery",
        wireProtocol: .json(targetPrefix: "Route53AutoNaming_v20170314"))
}
