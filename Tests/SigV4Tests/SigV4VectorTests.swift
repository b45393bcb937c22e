import Foundation
import Testing

@testable import SigV4

/// One botocore-generated vector from `Vectors/sigv4.json`.
struct SigV4Vector: Sendable, CustomTestStringConvertible {
    let name: String
    let service: String
    let region: String
    let method: String
    let url: String
    let headers: [[String]]
    let body: String
    let credentials: SigV4Credentials
    let unsignedPayload: Bool
    let epochSeconds: Double
    let expected: [String: String]

    var testDescription: String { name }

    static func all() throws -> [SigV4Vector] {
        let url = try #require(Bundle.module.url(forResource: "Vectors/sigv4", withExtension: "json"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let vectors = try #require(root["vectors"] as? [[String: Any]])
        return vectors.map { v in
            SigV4Vector(
                name: v["name"] as! String, service: v["service"] as! String, region: v["region"] as! String,
                method: v["method"] as! String, url: v["url"] as! String, headers: v["headers"] as! [[String]],
                body: v["body"] as! String,
                credentials: SigV4Credentials(
                    accessKeyID: v["accessKeyID"] as! String, secretAccessKey: v["secretAccessKey"] as! String,
                    sessionToken: v["sessionToken"] as? String),
                unsignedPayload: v["unsignedPayload"] as! Bool,
                epochSeconds: (v["epochSeconds"] as! NSNumber).doubleValue,
                expected: v["expected"] as! [String: String])
        }
    }
}

@Suite struct SigV4VectorTests {
    @Test(arguments: try SigV4Vector.all())
    func matchesBotocore(vector: SigV4Vector) throws {
        let request = SigV4Request(
            method: vector.method, url: try #require(URL(string: vector.url)),
            headers: vector.headers.map { SigV4Header(name: $0[0], value: $0[1]) }, body: Array(vector.body.utf8))
        let signed = SigV4Signer(service: vector.service, region: vector.region).sign(
            request, credentials: vector.credentials, date: Date(timeIntervalSince1970: vector.epochSeconds),
            payload: vector.unsignedPayload ? .unsigned : .signed)
        var got: [String: String] = [:]
        for header in signed where vector.expected[header.name.lowercased()] != nil {
            got[header.name.lowercased()] = header.value
        }
        #expect(got == vector.expected)
    }

    @Test func digestsMatchKnownValues() {
        #expect(Digest.sha256Hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            Digest.hex(
                Digest.hmacSHA256(
                    key: Array("key".utf8), data: Array("The quick brown fox jumps over the lazy dog".utf8)))
                == "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8")
        #expect(Digest.sha1Hex(Array("abc".utf8)) == "a9993e364706816aba3e25717850c26c9cd0d89d")
    }

    @Test(arguments: [
        ("/a/./b/../c", "/a/c"),
        ("//a//b/", "/a/b/"),
        ("/", "/"),
    ])
    func pathNormalisation(input: String, expected: String) {
        #expect(SigV4Signer.normalized(input) == expected)
    }
}
