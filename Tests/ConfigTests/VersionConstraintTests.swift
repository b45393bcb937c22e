import Testing

@testable import Config

@Suite struct VersionConstraintTests {
    @Test(arguments: [
        (">= 2.0", "2.3.3", true),
        (">= 2.0, < 3", "2.3.3", true),
        (">= 2.4", "2.3.3", false),
        ("~> 2.1", "2.3.3", true),
        ("~> 2.1", "3.0.0", false),
        ("~> 2.3.0", "2.3.9", true),
        ("~> 2.3.0", "2.4.0", false),
        ("= v2.3.3", "2.3.3", true),
        ("!= 2.3.3", "2.3.3", false),
        ("< 2", "2.3.3", false),
        ("> 2.3.2", "2.3.3+meta", true),
        (">= 2.0", "2.4.0-nightly", false),
    ])
    func constraints(constraint: String, version: String, satisfied: Bool) throws {
        let parsed = try #require(VersionConstraint(constraint))
        #expect(parsed.isSatisfied(by: version) == satisfied)
    }

    @Test(arguments: ["", ">= two", "~>", "1.2.3.4"])
    func malformed(constraint: String) {
        #expect(VersionConstraint(constraint) == nil)
    }
}
