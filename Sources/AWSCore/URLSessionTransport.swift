import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// An `HTTPTransport` over one `URLSession`, so connections are reused across calls of one client.
public final class URLSessionTransport: HTTPTransport, @unchecked Sendable {
    // URLSession is thread-safe; it is only not annotated Sendable on every platform.
    private let session: URLSession

    /// Creates a transport with its own ephemeral session (no cookies, no cache).
    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        self.session = URLSession(configuration: configuration)
    }

    deinit { session.finishTasksAndInvalidate() }

    /// Sends the request; maps `URLError`s to `TransportError` kinds the retry policy understands.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        let seconds = request.timeout.components
        urlRequest.timeoutInterval = Double(seconds.seconds) + Double(seconds.attoseconds) / 1e18
        for header in request.headers {
            urlRequest.addValue(header.value, forHTTPHeaderField: header.name)
        }
        if !request.body.isEmpty || request.method == "POST" || request.method == "PUT" {
            urlRequest.httpBody = Data(request.body)
        }
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: urlRequest)
        } catch let error as URLError {
            throw TransportError(kind: Self.kind(of: error.code), message: error.localizedDescription)
        } catch {
            throw TransportError(kind: .other, message: String(describing: error))
        }
        guard let http = response as? HTTPURLResponse else {
            throw TransportError(kind: .other, message: "not an HTTP response from \(request.url)")
        }
        var headers: [(name: String, value: String)] = []
        for (key, value) in http.allHeaderFields {
            headers.append((name: String(describing: key), value: String(describing: value)))
        }
        return HTTPResponse(status: http.statusCode, headers: headers, body: [UInt8](data))
    }

    static func kind(of code: URLError.Code) -> TransportError.Kind {
        switch code {
        case .timedOut: .timeout
        case .cannotConnectToHost, .networkConnectionLost, .cannotFindHost, .dnsLookupFailed,
            .notConnectedToInternet, .badServerResponse, .resourceUnavailable:
            .connection
        default: .other
        }
    }
}
