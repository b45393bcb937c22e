import Foundation

/// The two date forms SigV4 uses, computed in UTC without a formatter.
struct SigV4Timestamp {
    /// `yyyyMMdd'T'HHmmss'Z'`.
    let dateTime: String
    /// `yyyyMMdd`.
    let date: String

    init(_ date: Date) {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ v: Int32, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        self.date = pad(parts.tm_year + 1900, 4) + pad(parts.tm_mon + 1, 2) + pad(parts.tm_mday, 2)
        self.dateTime = self.date + "T" + pad(parts.tm_hour, 2) + pad(parts.tm_min, 2) + pad(parts.tm_sec, 2) + "Z"
    }
}
