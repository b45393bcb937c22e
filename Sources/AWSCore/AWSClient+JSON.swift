import Documents

extension AWSClient {
    /// Calls an awsJson 1.1 operation: `POST /` with `X-Amz-Target: <prefix>.<operation>`.
    ///
    /// The reply is decoded as JSON whatever its Content-Type (moto says `text/html` for some
    /// services); `null` object members are dropped so absent and null read the same. An empty
    /// body decodes as `{}`.
    public func json(_ service: AWSService, _ operation: String, _ input: JSONValue) async throws -> JSONValue {
        guard case .json(let targetPrefix) = service.wireProtocol else {
            throw AWSCoreError.invalidRequest(
                "\(service.serviceID) does not speak awsJson; \(operation) needs another call")
        }
        let body = input.isNull ? "{}" : input.compactText
        let call = AWSCall(
            service: service, operation: operation, method: "POST", path: "/", query: [],
            headers: [
                (name: "Content-Type", value: "application/x-amz-json-1.1"),
                (name: "X-Amz-Target", value: "\(targetPrefix).\(operation)"),
            ],
            body: Array(body.utf8))
        let response = try await perform(call)
        return try Self.decodeJSON(response, service: service, operation: operation)
    }

    /// Decodes a JSON reply body, tolerating an empty body and `null` members.
    static func decodeJSON(_ response: HTTPResponse, service: AWSService, operation: String) throws -> JSONValue {
        if response.body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .object(JSONObject())
        }
        do {
            return withoutNullMembers(try JSONValue.parse(bytes: response.body))
        } catch {
            throw AWSCoreError.malformedResponse(
                service: service.serviceID, operation: operation, reason: "invalid JSON at \(error)")
        }
    }

    /// Removes `null` object members at every depth (array elements are kept).
    static func withoutNullMembers(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            let members = object.filter { !$0.value.isNull }.map {
                JSONObject.Member(key: $0.key, value: withoutNullMembers($0.value))
            }
            return .object(JSONObject(members))
        case .array(let elements):
            return .array(elements.map(withoutNullMembers))
        default:
            return value
        }
    }
}
