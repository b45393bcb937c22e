import Config
import Documents
import Testing

@Suite struct APIJSONTests {
    @Test func fargateTaskDefinitionMatchesHandWrittenGolden() throws {
        let definition = try DefinitionLoader().taskDefinition(path: RenderFixture.path("fargate-taskdef.json"))
        let rendered = APIJSON.render(definition, shape: .taskDefinition)
        #expect(rendered == (try RenderFixture.text("fargate-taskdef.expected.json")))
    }

    @Test func serviceDefinitionMatchesHandWrittenGolden() throws {
        let definition = try DefinitionLoader().serviceDefinition(path: RenderFixture.path("service-def.json"))
        let rendered = APIJSON.render(definition, shape: .serviceDefinition(serviceName: "web"))
        #expect(rendered == (try RenderFixture.text("service-def.expected.json")))
    }

    /// The zero fields the spec lists (§2.13, §4.7 "Output Go types"), each from a minimal document.
    @Test(arguments: [
        (#"{"family":"f","containerDefinitions":[{"name":"a","image":"i"}]}"#, "ipcMode", JSONValue.string("")),
        (#"{"family":"f","containerDefinitions":[{"name":"a","image":"i"}]}"#, "networkMode", .string("")),
        (#"{"family":"f","containerDefinitions":[{"name":"a","image":"i"}]}"#, "pidMode", .string("")),
        (#"{"ephemeralStorage":{}}"#, "ephemeralStorage.sizeInGiB", .number("0")),
    ])
    func taskDefinitionZeroFields(document: String, keyPath: String, expected: JSONValue) throws {
        let rendered = APIJSON.canonical(try JSONValue.parse(document), shape: .taskDefinition)
        #expect(rendered.value(at: keyPath.split(separator: ".").map(String.init)) == expected)
    }

    @Test func containerAndNestedZeroFields() throws {
        let document = try JSONValue.parse(
            #"{"containerDefinitions":[{"name":"a","portMappings":[{"containerPort":80}],"ulimits":[{"name":"nofile"}]}]}"#
        )
        let container = try #require(APIJSON.canonical(document, shape: .taskDefinition)["containerDefinitions"]?[0])
        #expect(container["cpu"] == .number("0"))
        let mapping = container["portMappings"]?[0]?.objectValue?.sortedByKey()
        #expect(mapping.map(JSONValue.object) == ["appProtocol": "", "containerPort": 80, "protocol": ""])
        let ulimit = container["ulimits"]?[0]?.objectValue?.sortedByKey()
        #expect(ulimit.map(JSONValue.object) == ["hardLimit": 0, "name": "nofile", "softLimit": 0])
        #expect(container["versionConsistency"] == nil, "added after aws-sdk-go-v2 ecs v1.37.0")
    }

    @Test func serviceZeroFieldsAndForcedName() throws {
        let document = try JSONValue.parse(
            #"""
            {"ServiceName":"other","deploymentConfiguration":{"deploymentCircuitBreaker":{}},
             "capacityProviderStrategy":[{"capacityProvider":"FARGATE"}],
             "serviceConnectConfiguration":{"enabled":true}}
            """#)
        let service = APIJSON.canonical(document, shape: .serviceDefinition(serviceName: "web"))
        #expect(service["serviceName"] == "web")
        for (key, value) in [
            ("enableECSManagedTags", JSONValue.bool(false)), ("enableExecuteCommand", .bool(false)),
            ("pendingCount", .number("0")), ("runningCount", .number("0")), ("launchType", .string("")),
            ("propagateTags", .string("")), ("schedulingStrategy", .string("")),
        ] {
            #expect(service[key] == value, "\(key)")
        }
        #expect(service["desiredCount"] == nil, "ecspresso's DesiredCount is a pointer")
        #expect(service["availabilityZoneRebalancing"] == nil)
        #expect(
            service.value(at: ["deploymentConfiguration", "deploymentCircuitBreaker"]) == [
                "enable": false, "rollback": false,
            ])
        #expect(service.value(at: ["deploymentConfiguration", "strategy"]) == nil)
        let item = service["capacityProviderStrategy"]?[0]?.objectValue?.sortedByKey()
        #expect(item.map(JSONValue.object) == ["base": 0, "capacityProvider": "FARGATE", "weight": 0])
    }

    @Test func userMapsKeepTheirKeysAndNullsAndEmptyArraysGo() throws {
        let document = try JSONValue.parse(
            #"""
            {"volumes":[{"name":"v","dockerVolumeConfiguration":{"driverOpts":{"Type":"nfs"},"labels":{"Owner":"me"}}}],
             "containerDefinitions":[{"name":"a","command":null,"links":[],"dockerLabels":{"A":null}}],
             "placementConstraints":[],"unknownKey":1}
            """#)
        let rendered = APIJSON.canonical(document, shape: .taskDefinition)
        let volume = try #require(rendered["volumes"]?[0]?["dockerVolumeConfiguration"])
        #expect(volume["driverOpts"] == ["Type": "nfs"])
        #expect(volume["labels"] == ["Owner": "me"])
        #expect(volume["scope"] == "")
        let container = try #require(rendered["containerDefinitions"]?[0])
        #expect(container["command"] == nil && container["links"] == nil)
        #expect(container["dockerLabels"] == ["A": ""], "Go decodes null into a map[string]string as \"\"")
        #expect(rendered["placementConstraints"] == nil && rendered["unknownKey"] == nil)
        #expect(APIJSON.unknownKeys(document, shape: .taskDefinition) == ["unknownKey"])
    }

    @Test func outputIsSortedEscapedAndNewlineTerminated() throws {
        let document = try JSONValue.parse(#"{"family":"a<b>&","cpu":"256","containerDefinitions":[]}"#)
        let text = APIJSON.render(document, shape: .taskDefinition)
        #expect(
            text == """
                {
                  "cpu": "256",
                  "family": "a\\u003cb\\u003e\\u0026",
                  "ipcMode": "",
                  "networkMode": "",
                  "pidMode": ""
                }

                """)
    }
}
