#!/usr/bin/env python3
"""Generates the ECS definition schema ecswift validates task and service definitions against.

Reads botocore's ECS service model (data/ecs/2014-11-13/service-2.json[.gz] of the installed
botocore) and writes Sources/Config/Validation/ECSSchema+Generated.swift: a Swift raw string
holding compact JSON, parsed once at run time by ECSSchema.

    python3 scripts/gen_ecs_schema.py            # rewrite the generated file
    python3 scripts/gen_ecs_schema.py --check    # exit 1 if it is out of date
    python3 scripts/gen_ecs_schema.py --model path/to/service-2.json

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


def render(schema, botocore_version):
    def line(name, value):
        return json.dumps(name) + ":" + json.dumps(value, sort_keys=True, separators=(",", ":"))

    enums = ",\n".join(line(k, schema["enums"][k]) for k in sorted(schema["enums"]))
    shapes = ",\n".join(line(k, schema["shapes"][k]) for k in sorted(schema["shapes"]))
    head = ",\n".join(line(k, schema[k]) for k in ("apiVersion", "readOnly", "roots"))
    body = "{" + head + ',\n"enums":{\n' + enums + '},\n"shapes":{\n' + shapes + "}}"
    assert '"#' not in body
    return (
        "// GENERATED by scripts/gen_ecs_schema.py from botocore "
        + botocore_version
        + " (ECS API "
        + schema["apiVersion"]
        + "). Do not edit.\n"
        "// Regenerate: python3 scripts/gen_ecs_schema.py  (check: --check)\n"
        "// swift-format-ignore-file\n\n"
        "extension ECSSchema {\n"
        "    /// The ECS request shapes as compact JSON; see scripts/gen_ecs_schema.py for the format.\n"
        '    static let generatedJSON = #"""\n' + body + '\n"""#\n}\n'
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="service-2.json[.gz]; default: the installed botocore's")
    parser.add_argument("--output", default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="fail if --output is not up to date")
    args = parser.parse_args()
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    model = load_model(args.model)
    if args.model is None:
        import botocore

        version = botocore.__version__
    else:
        version = "model " + os.path.basename(args.model)
    text = render(Generator(model).schema(model), version)
    if args.check:
        with open(args.output, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{args.output} is out of date: run python3 scripts/gen_ecs_schema.py")
        return
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
