import Documents

extension AWSError {
    /// Builds the error for a non-2xx reply, whatever shape its body has.
    ///
    /// Tries the protocol's own shape first, then the others (moto answers JSON services with XML
    /// auth errors), and falls back to a code derived from the status for HTML or empty bodies.
    static func from(
        response: HTTPResponse, wireProtocol: AWSProtocol, service: String, operation: String
    ) -> AWSError {
        var parsed: (code: String?, message: String?, requestID: String?) = (nil, nil, nil)
        let headerCode = response.header("x-amzn-errortype").map(sanitize(code:))
        let trimmed = response.body.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        if trimmed.first == UInt8(ascii: "{") {
            parsed = jsonFields(Array(trimmed))
        } else if trimmed.first == UInt8(ascii: "<") {
            parsed = xmlFields(Array(trimmed))
        }
        let code: String
        switch wireProtocol {
        case .json, .restJSON: code = headerCode ?? parsed.code ?? fallbackCode(status: response.status)
        case .query, .restXML: code = parsed.code ?? headerCode ?? fallbackCode(status: response.status)
        }
        let requestID =
            response.header("x-amzn-requestid") ?? response.header("x-amz-request-id") ?? parsed.requestID
        let message = parsed.message ?? (parsed.code == nil ? bodySnippet(response) : "")
        return AWSError(
            code: code, message: message, statusCode: response.status, requestID: requestID, service: service,
            operation: operation)
    }

    /// `__type`/`code` and `message`/`Message` from a JSON error body.
    static func jsonFields(_ body: [UInt8]) -> (code: String?, message: String?, requestID: String?) {
        guard let json = try? JSONValue.parse(bytes: body) else { return (nil, nil, nil) }
        let code = (json["__type"]?.stringValue ?? json["code"]?.stringValue ?? json["Code"]?.stringValue)
            .map(sanitize(code:))
        let message =
            json["message"]?.stringValue ?? json["Message"]?.stringValue ?? json["errorMessage"]?.stringValue
        return (code, message, nil)
    }

    /// Code, message and request id from `<ErrorResponse><Error>`, `<ErrorResponse><Errors><Error>` or S3's `<Error>`.
    static func xmlFields(_ body: [UInt8]) -> (code: String?, message: String?, requestID: String?) {
        guard let root = try? XMLNode.parse(body) else { return (nil, nil, nil) }
        let error: XMLNode?
        if root.name == "Error" {
            error = root
        } else {
            error = root.child("Error") ?? root.child(path: ["Errors", "Error"])
        }
        guard let error, let code = error.text(of: "Code") else { return (nil, nil, nil) }
        let requestID =
            root.text(of: "RequestId") ?? root.text(of: "RequestID") ?? error.text(of: "RequestId")
        return (sanitize(code: code), error.text(of: "Message") ?? "", requestID)
    }

    /// A short plain-text excerpt of a body that is not an AWS error document (an HTML 500 page).
    static func bodySnippet(_ response: HTTPResponse) -> String {
        var text = ""
        var inTag = false
        for character in response.bodyText {
            switch character {
            case "<": inTag = true
            case ">":
                inTag = false
                text += " "
            default: if !inTag { text.append(character) }
            }
        }
        let words = text.split(whereSeparator: { $0.isWhitespace })
        let joined = words.joined(separator: " ")
        if joined.isEmpty { return "HTTP \(response.status) with an empty body" }
        return joined.count > 200 ? String(joined.prefix(200)) + "…" : joined
    }
}
