#!/usr/bin/env python3
"""Generates the ECS definition schema ecswift validates task and service definitions against.

Reads botocore's ECS service model (data/ecs/2014-11-13/service-2.json[.gz] of the installed
botocore) and writes Sources/Config/Validation/ECSSchema+Generated.swift: a Swift raw string
holding compact JSON, parsed once at run time by ECSSchema.

    python3 scripts/gen_ecs_schema.py            # rewrite the generated file
    python3 scripts/gen_ecs_schema.py --check    # exit 1 if it is out of date
    python3 scripts/gen_ecs_schema.py --model path/to/service-2.json

It also writes Sources/Config/Render/APIShapes+Generated.swift, the shapes `render` prints through
(see RENDER_ROOTS below): every structure reachable from RegisterTaskDefinitionRequest and from
ecspresso's service definition type, with the members that aws-sdk-go-v2 declares as Go value
types and so prints even when unset ("zero": member -> "" / 0 / false).

Schema JSON:
  roots     validation entry points -> structure name
  readOnly  keys of describe-* output that the request does not take (ignored, not errors)
  enums     enum shape -> allowed values, in model order
  shapes    structure -> {"members": {name: type}, "required": [names]}
Type tokens: string integer long boolean double timestamp, "enum:<Name>", "struct:<Name>",
"list:<type>", "map:<type>" (maps have string keys).
"""
import argparse
import gzip
import json
import os
import sys

OUTPUT = "Sources/Config/Validation/ECSSchema+Generated.swift"
RENDER_OUTPUT = "Sources/Config/Render/APIShapes+Generated.swift"

# Validation entry points and the request structures whose members they accept.
ROOTS = {
    "taskDefinition": ["RegisterTaskDefinitionRequest"],
    "service": ["CreateServiceRequest", "UpdateServiceRequest"],
    "taskOverride": ["TaskOverride"],
}
# Keys ECS returns from describe-* calls that the request does not take: output shape minus inputs.
READ_ONLY = {"taskDefinition": ("TaskDefinition", ["RegisterTaskDefinitionRequest"]),
             "service": ("Service", ["CreateServiceRequest", "UpdateServiceRequest"])}
# Members the API rejects when missing although the model does not mark them required.
EXTRA_REQUIRED = {"ContainerDefinition": ["image", "name"]}
# Members the model marks required that ecswift fills in itself (service name, cluster).
DROP_REQUIRED = {"CreateServiceRequest": ["serviceName"], "UpdateServiceRequest": ["service"]}
PRIMITIVES = {"string", "integer", "long", "boolean", "double", "timestamp", "float"}


def load_model(path):
    if path is None:
        import botocore
        base = os.path.join(os.path.dirname(botocore.__file__), "data", "ecs", "2014-11-13", "service-2.json")
        path = base if os.path.exists(base) else base + ".gz"
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return json.load(f)


class Generator:
    def __init__(self, model):
        self.shapes = model["shapes"]
        self.structs = {}
        self.enums = {}

    def type_of(self, name):
        shape = self.shapes[name]
        kind = shape["type"]
        if kind == "structure":
            self.add_struct(name)
            return "struct:" + name
        if kind == "list":
            return "list:" + self.type_of(shape["member"]["shape"])
        if kind == "map":
            key = self.shapes[shape["key"]["shape"]]["type"]
            assert key == "string", f"{name}: map key {key}"
            return "map:" + self.type_of(shape["value"]["shape"])
        if kind == "string" and "enum" in shape:
            self.enums[name] = list(shape["enum"])
            return "enum:" + name
        assert kind in PRIMITIVES, f"{name}: unsupported type {kind}"
        return "double" if kind == "float" else kind

    def add_struct(self, name):
        if name in self.structs:
            return
        shape = self.shapes[name]
        entry = {"members": {}, "required": []}
        self.structs[name] = entry
        for member, ref in shape.get("members", {}).items():
            entry["members"][member] = self.type_of(ref["shape"])
        required = set(shape.get("required", [])) | set(EXTRA_REQUIRED.get(name, []))
        entry["required"] = sorted(required - set(DROP_REQUIRED.get(name, [])))

    def merged_root(self, key, names):
        for name in names:
            self.add_struct(name)
        if len(names) == 1:
            return names[0]
        merged = {"members": {}, "required": []}
        for name in names:
            for member, kind in self.structs[name]["members"].items():
                previous = merged["members"].setdefault(member, kind)
                assert previous == kind, f"{key}.{member}: {previous} vs {kind}"
        merged["required"] = sorted(set.intersection(*(set(self.structs[n]["required"]) for n in names)))
        root = "".join(names)
        assert root not in self.shapes, root
        self.structs[root] = merged
        return root

    def schema(self, model):
        roots = {key: self.merged_root(key, names) for key, names in ROOTS.items()}
        read_only = {}
        for key, (output, inputs) in READ_ONLY.items():
            accepted = set().union(*(self.shapes[n]["members"] for n in inputs))
            read_only[key] = sorted(set(self.shapes[output]["members"]) - accepted)
        return {
            "apiVersion": model["metadata"]["apiVersion"],
            "roots": roots,
            "readOnly": read_only,
            "enums": self.enums,
            "shapes": self.structs,
        }


def generated_header(schema, botocore_version):
    """The comment block every generated Swift file starts with."""
    return (
        "// GENERATED by scripts/gen_ecs_schema.py from botocore "
        + botocore_version
        + " (ECS API "
        + schema["apiVersion"]
        + "). Do not edit.\n"
        "// Regenerate: python3 scripts/gen_ecs_schema.py  (check: --check)\n"
        "// swift-format-ignore-file\n\n"
    )


def render(schema, botocore_version):
    def line(name, value):
        return json.dumps(name) + ":" + json.dumps(value, sort_keys=True, separators=(",", ":"))

    enums = ",\n".join(line(k, schema["enums"][k]) for k in sorted(schema["enums"]))
    shapes = ",\n".join(line(k, schema["shapes"][k]) for k in sorted(schema["shapes"]))
    head = ",\n".join(line(k, schema[k]) for k in ("apiVersion", "readOnly", "roots"))
    body = "{" + head + ',\n"enums":{\n' + enums + '},\n"shapes":{\n' + shapes + "}}"
    assert '"#' not in body
    return (
        generated_header(schema, botocore_version)
        +         "extension ECSSchema {\n"
        "    /// The ECS request shapes as compact JSON; see scripts/gen_ecs_schema.py for the format.\n"
        '    static let generatedJSON = #"""\n' + body + '\n"""#\n}\n'
    )


# --- Render shapes (MarshalJSONForAPI's zero fields) ------------------------------------------------
#
# ecspresso v2.3 prints aws-sdk-go-v2 structs (service/ecs v1.37.0, early 2024). Members that target
# a primitive shape without "box": true (Integer, Boolean, Long, Double and the ranged integers such as
# CapacityProviderStrategyItemBase) and enum strings are Go value types: json.Marshal prints them
# even when unset, as 0 / false / "". Boxed primitives, String, lists, maps, structures and
# timestamps are pointers or nil-able and are dropped when absent.
RENDER_ROOTS = {
    "taskDefinition": ("RegisterTaskDefinitionRequest", {}),
    # ecspresso's `Service` type: types.Service plus the CreateService members it reads back from the
    # PRIMARY deployment, with its own `DesiredCount *int32` shadowing the value-typed one.
    "service": ("Service", {"serviceConnectConfiguration": "CreateServiceRequest",
                            "volumeConfigurations": "CreateServiceRequest",
                            "vpcLatticeConfigurations": "CreateServiceRequest"}),
}
RENDER_POINTER_MEMBERS = {"Service": ["desiredCount"]}
# Value-typed members that botocore 1.43 has but aws-sdk-go-v2 ecs v1.37.0 did not: printing their zero
# value ("versionConsistency": "" in every container) would change render output for every user.
# Structures that are new as a whole (CanaryConfiguration, DeploymentLifecycleHook,
# ServiceConnectAccessLogConfiguration, ContainerRestartPolicy …) keep their zero fields: they only
# appear when written, and then they print as the current SDK would.
RENDER_EXCLUDED_ZERO = {
    "ContainerDefinition": ["versionConsistency"],  # 2024-11
    "DeploymentConfiguration": ["strategy"],  # 2025-07, ECS-native blue/green
    "Service": ["availabilityZoneRebalancing",  # 2024-11
                "resourceManagementType"],  # 2025
}
ZERO = {"integer": 0, "long": 0, "double": 0, "float": 0, "boolean": False}


class RenderGenerator(Generator):
    def zero_of(self, name):
        shape = self.shapes[name]
        kind = shape["type"]
        if kind == "string" and "enum" in shape:
            return ""
        if kind in ZERO and not shape.get("box"):
            return ZERO[kind]
        return None

    def add_struct(self, name):
        if name in self.structs:
            return
        super().add_struct(name)
        entry = self.structs[name]
        del entry["required"]
        zero = {}
        for member, ref in self.shapes[name].get("members", {}).items():
            value = self.zero_of(ref["shape"])
            if value is not None and member not in RENDER_EXCLUDED_ZERO.get(name, []) \
                    and member not in RENDER_POINTER_MEMBERS.get(name, []):
                zero[member] = value
        entry["zero"] = zero

    def schema(self, model):
        roots = {}
        for key, (name, extra) in RENDER_ROOTS.items():
            self.add_struct(name)
            if not extra:
                roots[key] = name
                continue
            merged = {"members": dict(self.structs[name]["members"]), "zero": dict(self.structs[name]["zero"])}
            for member, source in extra.items():
                merged["members"][member] = self.type_of(self.shapes[source]["members"][member]["shape"])
            root = name + "Definition"
            assert root not in self.shapes, root
            self.structs[root] = merged
            roots[key] = root
        for name, members in RENDER_EXCLUDED_ZERO.items():
            for member in members:
                assert member in self.shapes[name]["members"], f"{name}.{member} is gone from the model"
        return {"apiVersion": model["metadata"]["apiVersion"], "roots": roots, "shapes": self.structs}


def render_shapes(schema, botocore_version):
    def line(name, value):
        return json.dumps(name) + ":" + json.dumps(value, sort_keys=True, separators=(",", ":"))

    shapes = ",\n".join(line(k, schema["shapes"][k]) for k in sorted(schema["shapes"]))
    head = ",\n".join(line(k, schema[k]) for k in ("apiVersion", "roots"))
    body = "{" + head + ',\n"shapes":{\n' + shapes + "}}"
    assert '"#' not in body
    return (
        generated_header(schema, botocore_version)
        +         "extension APIShapes {\n"
        "    /// The shapes render prints, with Go value-type zero fields; see scripts/gen_ecs_schema.py.\n"
        '    static let generatedJSON = #"""\n' + body + '\n"""#\n}\n'
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="service-2.json[.gz]; default: the installed botocore's")
    parser.add_argument("--output", default=OUTPUT)
    parser.add_argument("--render-output", default=RENDER_OUTPUT)
    parser.add_argument("--check", action="store_true", help="fail if --output is not up to date")
    args = parser.parse_args()
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    model = load_model(args.model)
    if args.model is None:
        import botocore

        version = botocore.__version__
    else:
        version = "model " + os.path.basename(args.model)
    outputs = {
        args.output: render(Generator(model).schema(model), version),
        args.render_output: render_shapes(RenderGenerator(model).schema(model), version),
    }
    for output, text in outputs.items():
        if args.check:
            with open(output, encoding="utf-8") as f:
                if f.read() != text:
                    sys.exit(f"{output} is out of date: run python3 scripts/gen_ecs_schema.py")
            continue
        os.makedirs(os.path.dirname(output), exist_ok=True)
        with open(output, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
