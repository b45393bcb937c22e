import Deploy
import Foundation
import Logging

/// A swift-log handler writing ecspresso-style lines (`2006/01/02 15:04:05 [DEBUG] …`) to stderr.
struct StderrLogHandler: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    let write: @Sendable (String) -> Void

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let tag: String
        switch event.level {
        case .trace, .debug: tag = "DEBUG"
        case .info, .notice: tag = "INFO"
        case .warning: tag = "WARNING"
        case .error, .critical: tag = "ERROR"
        }
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        write("\(Console.timestamp(Date())) [\(tag)] \(event.message)\(fields.isEmpty ? "" : " " + fields)")
    }
}
