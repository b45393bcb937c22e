import Dispatch
import Foundation

extension ECSwiftCLI {
    /// Runs the command line of this process and returns its exit status; SIGINT and SIGTERM cancel
    /// the running command, which then ends with `[WARNING] Interrupted` and status 1, as ecspresso.
    public static func runProcess(_ arguments: [String]) async -> Int32 {
        let context = CLIContext.process()
        let task = Task { await run(arguments, context: context) }
        let sources = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { task.cancel() }
            source.resume()
            return source
        }
        let status = await task.value
        sources.forEach { $0.cancel() }
        return status
    }
}
