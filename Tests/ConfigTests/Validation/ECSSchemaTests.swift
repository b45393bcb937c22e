import Testing

@testable import Config

@Suite struct ECSSchemaTests {
    let schema = ECSSchema.shared

    @Test func everyReferenceResolves() {
        func check(_ type: ECSSchema.FieldType, at place: String) {
            switch type {
            case .structure(let name): #expect(schema.shapes[name] != nil, "\(place): \(name)")
            case .enumeration(let name): #expect(schema.enums[name]?.isEmpty == false, "\(place): \(name)")
            case .list(let element), .map(let element): check(element, at: place)
            default: break
            }
        }
        for (name, shape) in schema.shapes {
            for (member, type) in shape.members { check(type, at: "\(name).\(member)") }
            for member in shape.required { #expect(shape.members[member] != nil, "\(name) requires \(member)") }
        }
        #expect(schema.shapes.count > 50)
    }

    @Test(arguments: [
        ("RegisterTaskDefinitionRequest", "cpu", ECSSchema.FieldType.string),
        ("RegisterTaskDefinitionRequest", "networkMode", .enumeration("NetworkMode")),
        ("RegisterTaskDefinitionRequest", "containerDefinitions", .list(.structure("ContainerDefinition"))),
        ("ContainerDefinition", "cpu", .integer),
        ("ContainerDefinition", "memoryReservation", .integer),
        ("ContainerDefinition", "dockerLabels", .map(.string)),
        ("LogConfiguration", "options", .map(.string)),
        ("DeploymentConfiguration", "maximumPercent", .integer),
        ("CreateServiceRequestUpdateServiceRequest", "forceNewDeployment", .boolean),
        ("CreateServiceRequestUpdateServiceRequest", "launchType", .enumeration("LaunchType")),
    ])
    func memberTypesFollowTheModel(shape: String, member: String, type: ECSSchema.FieldType) {
        #expect(schema.shapes[shape]?.members[member] == type)
    }

    @Test func requiredAndReadOnlyLists() {
        #expect(schema.roots["taskDefinition"] == "RegisterTaskDefinitionRequest")
        #expect(schema.shapes["RegisterTaskDefinitionRequest"]?.required == ["containerDefinitions", "family"])
        #expect(schema.shapes["ContainerDefinition"]?.required == ["image", "name"])
        #expect(schema.shapes["CreateServiceRequestUpdateServiceRequest"]?.required == [])
        #expect(schema.readOnly["taskDefinition"]?.isSuperset(of: DefinitionLoader.readOnlyTaskDefinitionKeys) == true)
        let service = schema.readOnly["service"] ?? []
        for key in ["serviceArn", "status", "runningCount", "deployments", "events", "createdAt", "clusterArn"] {
            #expect(service.contains(key), "\(key)")
        }
        #expect(!service.contains("desiredCount"))
    }

    @Test(arguments: ["string", "list:struct:PortMapping", "map:string", "enum:LaunchType", "list:list:long"])
    func typeTokensParse(token: String) {
        #expect(ECSSchema.FieldType(token: token[...]) != nil)
    }

    @Test(arguments: ["", "list", "list:", "object", "map:nope"])
    func badTypeTokensAreRejected(token: String) {
        #expect(ECSSchema.FieldType(token: token[...]) == nil)
    }
}
