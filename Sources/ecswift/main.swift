import CLI
import Foundation

let status = await ECSwiftCLI.run(Array(CommandLine.arguments.dropFirst()), context: .process())
exit(status)
