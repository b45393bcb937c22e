import Testing

@testable import Config

@Suite("tfstate addresses against a v4 state")
struct TFStateLookupTests {
    let state: TFState

    init() throws {
        state = try TFState(bytes: try PluginFixtures.stateBytes(), location: PluginFixtures.statePath)
    }

    @Test(
        "resolves",
        arguments: [
            // managed resources and nested attributes
            ("aws_vpc.main.id", "vpc-0a1b2c3d4e5f67890"),
            ("aws_vpc.main.cidr_block", "10.0.0.0/16"),
            ("aws_vpc.main.enable_dns_hostnames", "true"),
            ("aws_vpc.main.tags.Name", "main"),
            ("aws_vpc.main.tags.cost-center", "ops"),
            (#"aws_vpc.main.tags["kubernetes.io/role"]"#, "shared"),
            ("aws_vpc.main.tags", #"{"Name":"main","cost-center":"ops","kubernetes.io/role":"shared"}"#),
            ("aws_iam_role.task.arn", "arn:aws:iam::123456789012:role/app-task"),
            ("aws_lb.x.subnet_mapping[0].subnet_id", "subnet-0aaa1111"),
            ("aws_lb.x.subnet_mapping[1].subnet_id", "subnet-0bbb2222"),
            ("aws_lb.x.subnet_mapping[-1].subnet_id", "subnet-0bbb2222"),
            ("aws_lb.x.idle_timeout", "60"),
            ("aws_lb.x.access_logs[0].enabled", "false"),
            ("aws_ecs_cluster.main.setting[0].value", "enabled"),
            ("aws_ecs_cluster.main.weight", "0.5"),
            // names with `-`: the longest resource address wins
            ("aws_subnet.private-a.id", "subnet-01234567"),
            ("aws_subnet.private-c.id", "subnet-12345678"),
            // count and for_each instances
            ("aws_subnet.private[0].id", "subnet-0aaa1111"),
            ("aws_subnet.private[1].availability_zone", "ap-northeast-1c"),
            (#"aws_security_group.web["app"].id"#, "sg-0app0000"),
            ("aws_security_group.web['admin'].id", "sg-0adm0000"),
            (#"aws_security_group.web["app"].ingress[0].cidr_blocks"#, #"["0.0.0.0/0"]"#),
            (#"aws_security_group.web["admin"].ingress"#, "[]"),
            // data sources
            ("data.aws_caller_identity.current.account_id", "123456789012"),
            ("data.aws_security_group.default['first'].id", "sg-11111111"),
            (#"data.aws_security_group.default["second"].id"#, "sg-99999999"),
            ("data.terraform_remote_state.network.outputs.vpc_id", "vpc-remote0001"),
            ("data.terraform_remote_state.network.outputs.azs[1]", "ap-northeast-1c"),
            // modules, nested and indexed
            ("module.vpc.aws_subnet.private[0].id", "subnet-0mod0000"),
            ("module.vpc.aws_subnet.private[1].cidr_block", "10.1.2.0/24"),
            (#"module.logs.aws_cloudwatch_log_group.main["app"].retention_in_days"#, "30"),
            (#"module.logs.aws_cloudwatch_log_group.main["web"].id"#, "/main/web"),
            (#"module.worker["batch"].module.queue.aws_sqs_queue.jobs.name"#, "jobs"),
            // outputs
            ("output.vpc_id", "vpc-0a1b2c3d4e5f67890"),
            ("outputs.vpc_id", "vpc-0a1b2c3d4e5f67890"),
            ("output.private_subnet_ids", #"["subnet-0aaa1111","subnet-0bbb2222"]"#),
            ("output.private_subnet_ids[1]", "subnet-0bbb2222"),
            ("output.db-endpoint", "db.internal:5432"),
            ("output.service_config.port", "8080"),
            ("output.service_config", #"{"debug":false,"name":"web","port":8080}"#),
        ])
    func resolves(address: String, expected: String) throws {
        #expect(try state.lookup(address) == expected)
    }

    @Test(
        "is not found",
        arguments: [
            "aws_vpc.nothing.id",
            "aws_vpc.main.no_such_attribute",
            "aws_vpc.main.ipv6_cidr_block",  // null
            "aws_subnet.private[2].id",
            "aws_subnet.private.id",  // counted resource without an index
            "aws_subnet.private-b.id",
            #"aws_security_group.web["nope"].id"#,
            "data.aws_caller_identity.other.account_id",
            "module.nothing.aws_subnet.private[0].id",
            "module.vpc.aws_subnet.private[0].nope",
            "aws_lb.x.subnet_mapping[9].subnet_id",
            "aws_lb.x.subnet_mapping.subnet_id",  // key on an array
            "aws_lb.x.idle_timeout[0]",  // index on a number
            "aws_lb.x.subnet_mapping[zero]",  // malformed index
            "aws_vpc.mainx",  // prefix but not at a segment boundary
            "output.nothing",
            "output.private_subnet_ids[5]",
            "",
        ])
    func notFound(address: String) {
        #expect(throws: PluginError.addressNotFound(address: address, location: PluginFixtures.statePath)) {
            try state.lookup(address)
        }
    }

    @Test("the not-found error names the address and the state file")
    func notFoundMessage() {
        let error = PluginError.addressNotFound(address: "aws_vpc.nothing.id", location: "/x/terraform.tfstate")
        #expect(error.description == "aws_vpc.nothing.id is not found in tfstate /x/terraform.tfstate")
    }

    @Test("the index covers every instance and output")
    func addresses() {
        let addresses = state.addresses
        #expect(addresses.contains("aws_subnet.private[0]"))
        #expect(addresses.contains(#"aws_security_group.web["admin"]"#))
        #expect(addresses.contains(#"module.logs.aws_cloudwatch_log_group.main["web"]"#))
        #expect(addresses.contains("data.terraform_remote_state.network"))
        #expect(addresses.contains("output.db-endpoint"))
        #expect(addresses.count == 23)
    }

    @Test(
        "rejects what is not a v4 state",
        arguments: [
            (#"{"version": 3, "modules": []}"#, "unsupported state version 3 (only version 4 is supported)"),
            (#"{"resources": []}"#, "unsupported state version missing (only version 4 is supported)"),
            ("[]", "the state is not a JSON object"),
        ])
    func rejects(text: String, reason: String) {
        #expect(throws: PluginError.stateUnreadable(location: "s", reason: reason)) {
            try TFState(bytes: Array(text.utf8), location: "s")
        }
    }

    @Test("invalid JSON names the location")
    func invalidJSON() {
        let error = #expect(throws: PluginError.self) { try TFState(bytes: Array("{".utf8), location: "t.tfstate") }
        #expect(error?.description.hasPrefix("failed to read tfstate from t.tfstate: invalid JSON") == true)
    }

    @Test(
        "tfstatef formats like Go's Sprintf",
        arguments: [
            ("aws_subnet.x[%d].id", ["1"], "aws_subnet.x[1].id"),
            ("data.aws_security_group.default['%s'].id", ["first"], "data.aws_security_group.default['first'].id"),
            ("aws_x.y[%q].id", ["k"], #"aws_x.y["k"].id"#),
            ("100%% %v", ["x"], "100% x"),
            ("a.%s.%s", ["b"], "a.b.%!s(MISSING)"),
            ("a.b", ["c"], "a.b%!(EXTRA string=c)"),
        ])
    func sprintf(format: String, args: [String], expected: String) {
        #expect(GoFormat.sprintf(format, args) == expected)
    }

    @Test("tfstate and tfstatef functions")
    func functions() throws {
        let functions = TFStatePlugin(state: state).functions
        #expect(try functions["tfstate"]?(["aws_iam_role.task.arn"]) == "arn:aws:iam::123456789012:role/app-task")
        #expect(try functions["tfstatef"]?(["aws_subnet.private[%d].id", "1"]) == "subnet-0bbb2222")
        #expect(try functions["tfstatef"]?(["data.aws_security_group.default['%s'].id", "second"]) == "sg-99999999")
        #expect(throws: PluginError.self) { try functions["tfstate"]?([]) }
        #expect(throws: PluginError.self) { try functions["tfstatef"]?([]) }
    }
}
