// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ecswift",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ecswift", targets: ["ecswift"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // System libcrypto (apt libssl-dev): SHA-256/HMAC in 4 s of build instead of swift-crypto's 60–90 s.
        .systemLibrary(name: "CCrypto", path: "Sources/CCrypto"),
        .target(name: "Documents", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "SigV4", dependencies: ["CCrypto"]),
        .target(
            name: "AWSCore",
            dependencies: ["Documents", "SigV4", .product(name: "Logging", package: "swift-log")]
        ),
        .target(name: "AWSServices", dependencies: ["AWSCore", "Documents"]),
        .target(name: "Template", dependencies: ["Documents"]),
        .target(name: "Config", dependencies: ["Documents", "Template", "AWSServices"]),
        .target(name: "Diff", dependencies: ["Documents"]),
        .target(
            name: "Deploy",
            dependencies: [
                "Config", "Diff", "AWSServices", "Documents", .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "Schedule", dependencies: ["Config", "AWSServices", "Documents", "Diff"]),
        .target(
            name: "CLI",
            dependencies: [
                "Deploy", "Schedule", "Config", "AWSCore", "Template",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "ecswift", dependencies: ["CLI"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents"]),
        .testTarget(name: "SigV4Tests", dependencies: ["SigV4"], resources: [.copy("Vectors")]),
        .testTarget(name: "AWSCoreTests", dependencies: ["AWSCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TemplateTests", dependencies: ["Template"]),
        .testTarget(name: "DeployTests", dependencies: ["Deploy", "AWSServices"]),
        .testTarget(
            name: "ConfigTests", dependencies: ["Config", "AWSCore"], exclude: ["Render/Fixtures"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "ScheduleTests", dependencies: ["Schedule", "CLI"]),
        .testTarget(name: "IntegrationTests", dependencies: ["CLI", "Deploy", "AWSServices", "AWSCore"]),
    ]
)
