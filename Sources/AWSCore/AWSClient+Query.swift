import Documents

extension AWSClient {
    /// Calls an awsQuery action: form `POST /` with `Action`, `Version` and the already flattened parameters.
    ///
    /// Returns the `<{Action}Result>` element when the reply has one (`<DescribeTargetGroupsResult>`),
    /// else the document root. Build parameters with `QueryParameters`.
    public func query(_ service: AWSService, _ action: String, _ parameters: [(String, String)]) async throws
        -> XMLNode
    {
        guard case .query(let version) = service.wireProtocol else {
            throw AWSCoreError.invalidRequest(
                "\(service.serviceID) does not speak awsQuery; \(action) needs another call")
        }
        let form = PercentEncoding.form([("Action", action), ("Version", version)] + parameters)
        let call = AWSCall(
            service: service, operation: action, method: "POST", path: "/", query: [],
            headers: [(name: "Content-Type", value: "application/x-www-form-urlencoded; charset=utf-8")],
            body: Array(form.utf8))
        let response = try await perform(call)
        let root: XMLNode
        do {
            root = try XMLNode.parse(response.body)
        } catch {
            throw AWSCoreError.malformedResponse(service: service.serviceID, operation: action, reason: "\(error)")
        }
        return root.child("\(action)Result") ?? root
    }

    /// STS `GetCallerIdentity`: the account and ARN the resolved credentials belong to.
    public func callerIdentity() async throws -> (account: String, arn: String) {
        let result = try await query(.sts, "GetCallerIdentity", [])
        guard let account = result.text(of: "Account"), let arn = result.text(of: "Arn") else {
            throw AWSCoreError.malformedResponse(
                service: "STS", operation: "GetCallerIdentity", reason: "no Account or Arn element")
        }
        return (account, arn)
    }
}

/// Builds awsQuery parameter lists: `Name.member.N` for lists, `Name.Sub` for structures.
public enum QueryParameters {
    /// `name.member.1=v1`, `name.member.2=v2`, … (empty for an empty list).
    public static func list(_ name: String, _ values: [String]) -> [(String, String)] {
        values.enumerated().map { ("\(name).member.\($0.offset + 1)", $0.element) }
    }

    /// Flattens a JSON input the way botocore serialises awsQuery: objects by `.Key`, arrays by `.member.N`,
    /// scalars as text; `null` members are skipped.
    ///
    /// `{"Names": ["a"], "Tags": [{"Key": "k", "Value": "v"}]}` →
    /// `Names.member.1=a`, `Tags.member.1.Key=k`, `Tags.member.1.Value=v`.
    public static func flatten(_ input: JSONValue, prefix: String = "") -> [(String, String)] {
        func join(_ key: String) -> String { prefix.isEmpty ? key : "\(prefix).\(key)" }
        switch input {
        case .null: return []
        case .bool(let value): return [(prefix, value ? "true" : "false")]
        case .number(let text): return [(prefix, text)]
        case .string(let text): return [(prefix, text)]
        case .array(let elements):
            return elements.enumerated().flatMap { flatten($0.element, prefix: join("member.\($0.offset + 1)")) }
        case .object(let object):
            return object.flatMap { flatten($0.value, prefix: join($0.key)) }
        }
    }
}
