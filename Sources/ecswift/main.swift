import CLI
import Foundation

exit(await ECSwiftCLI.runProcess(Array(CommandLine.arguments.dropFirst())))
