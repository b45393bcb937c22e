import CCrypto

/// SHA-256 and HMAC-SHA256 over the system libcrypto.
public enum Digest {
    /// The SHA-256 digest of `data`.
    public static func sha256(_ data: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        data.withUnsafeBufferPointer { buffer in
            _ = SHA256(buffer.baseAddress, buffer.count, &out)
        }
        return out
    }

    /// The lower-case hex SHA-256 digest of `data`.
    public static func sha256Hex(_ data: [UInt8]) -> String { hex(sha256(data)) }

    /// The HMAC-SHA256 of `data` under `key`.
    public static func hmacSHA256(key: [UInt8], data: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 32
        key.withUnsafeBufferPointer { k in
            data.withUnsafeBufferPointer { d in
                _ = HMAC(EVP_sha256(), k.baseAddress, Int32(k.count), d.baseAddress, d.count, &out, &length)
            }
        }
        return out
    }

    /// The SHA-1 digest of `data` as lower-case hex (the AWS CLI's SSO cache file names use it).
    public static func sha1Hex(_ data: [UInt8]) -> String {
        var out = [UInt8](repeating: 0, count: 20)
        data.withUnsafeBufferPointer { buffer in
            _ = SHA1(buffer.baseAddress, buffer.count, &out)
        }
        return hex(out)
    }

    /// Lower-case hex text of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
