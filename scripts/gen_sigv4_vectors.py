#!/usr/bin/env python3
"""Generates SigV4 test vectors with botocore's reference signer.

Run once (python3 scripts/gen_sigv4_vectors.py) and commit the output:
Tests/SigV4Tests/Vectors/sigv4.json. The Swift signer must reproduce every
`expected` header exactly for the same request and fixed timestamp.
"""
import datetime
import json
import os
from unittest import mock

import botocore.auth
from botocore.auth import S3SigV4Auth, SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials

FIXED = datetime.datetime(2026, 11, 23, 13, 45, 7, tzinfo=datetime.timezone.utc)
KEY, SECRET = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
TOKEN = "IQoJb3JpZ2luX2VjEXAMPLE//session+token=="

CASES = [
    dict(name="ecs-json", service="ecs", region="us-east-1", method="POST",
         url="https://ecs.us-east-1.amazonaws.com/",
         headers={"Content-Type": "application/x-amz-json-1.1",
                  "X-Amz-Target": "AmazonEC2ContainerServiceV20141113.DescribeServices"},
         body='{"cluster":"default","services":["web"],"include":["TAGS"]}'),
    dict(name="ecs-json-session-token", service="ecs", region="ap-northeast-1", method="POST",
         url="https://ecs.ap-northeast-1.amazonaws.com/", token=True,
         headers={"Content-Type": "application/x-amz-json-1.1",
                  "X-Amz-Target": "AmazonEC2ContainerServiceV20141113.UpdateService"},
         body='{"service":"web","taskDefinition":"app:3","desiredCount":2}'),
    dict(name="loopback-port", service="events", region="us-east-1", method="POST",
         url="http://127.0.0.1:4599/",
         headers={"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "AWSEvents.ListRules"},
         body='{"NamePrefix":"ecschedule-"}'),
    dict(name="query-form", service="sts", region="us-east-1", method="POST",
         url="https://sts.us-east-1.amazonaws.com/",
         headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
         body="Action=GetCallerIdentity&Version=2011-06-15"),
    dict(name="rest-get-query", service="scheduler", region="eu-west-1", method="GET",
         url="https://scheduler.eu-west-1.amazonaws.com/schedules/nightly-batch?groupName=default&MaxResults=10",
         headers={}, body=""),
    dict(name="rest-path-escapes", service="scheduler", region="eu-west-1", method="GET",
         url="https://scheduler.eu-west-1.amazonaws.com/schedules/a%3Ab%20c?groupName=my%20group&x=a%2Bb",
         headers={}, body=""),
    dict(name="rest-dot-segments", service="scheduler", region="eu-west-1", method="DELETE",
         url="https://scheduler.eu-west-1.amazonaws.com/schedules/./x/../nightly?clientToken=abc",
         headers={}, body=""),
    dict(name="query-sorting", service="scheduler", region="us-west-2", method="GET",
         url="https://scheduler.us-west-2.amazonaws.com/schedules?b=2&a=3&a=1&c=",
         headers={}, body=""),
    dict(name="header-whitespace", service="ecs", region="us-east-1", method="POST",
         url="https://ecs.us-east-1.amazonaws.com/",
         headers={"Content-Type": "application/x-amz-json-1.1",
                  "X-Amz-Target": "AmazonEC2ContainerServiceV20141113.ListClusters",
                  "X-Custom": "  a   b  c ", "User-Agent": "ecswift/test"},
         body="{}"),
    dict(name="s3-path-style-signed", service="s3", region="us-east-1", method="GET",
         url="http://127.0.0.1:4599/tfstate-bucket/env/prod/terraform.tfstate", headers={}, body=""),
    dict(name="s3-key-escapes", service="s3", region="ap-northeast-1", method="GET",
         url="https://s3.ap-northeast-1.amazonaws.com/my-bucket/dir/a%20b%2Bc.tfstate", headers={}, body=""),
    dict(name="s3-unsigned-payload", service="s3", region="us-east-1", method="GET",
         url="https://my-bucket.s3.us-east-1.amazonaws.com/terraform.tfstate", headers={}, body="",
         unsigned=True, token=True),
    dict(name="unicode-body", service="ecs", region="us-east-1", method="POST",
         url="https://ecs.us-east-1.amazonaws.com/",
         headers={"Content-Type": "application/x-amz-json-1.1",
                  "X-Amz-Target": "AmazonEC2ContainerServiceV20141113.TagResource"},
         body='{"tags":[{"key":"owner","value":"山田 ✓"}]}'),
]


def sign(case):
    creds = Credentials(KEY, SECRET, TOKEN if case.get("token") else None)
    request = AWSRequest(method=case["method"], url=case["url"], headers=dict(case["headers"]),
                         data=case["body"].encode("utf-8"))
    if case.get("unsigned"):
        request.context["client_config"] = Config(s3={"payload_signing_enabled": False})
    signer_class = S3SigV4Auth if case["service"] == "s3" else SigV4Auth
    with mock.patch.object(botocore.auth, "get_current_datetime", return_value=FIXED):
        signer_class(creds, case["service"], case["region"]).add_auth(request)
    wanted = ("authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256")
    return {k.lower(): v for k, v in request.headers.items() if k.lower() in wanted}


def main():
    vectors = []
    for case in CASES:
        vectors.append({
            "name": case["name"], "service": case["service"], "region": case["region"],
            "method": case["method"], "url": case["url"],
            "headers": [[k, v] for k, v in case["headers"].items()], "body": case["body"],
            "accessKeyID": KEY, "secretAccessKey": SECRET,
            "sessionToken": TOKEN if case.get("token") else None,
            "unsignedPayload": bool(case.get("unsigned")),
            "epochSeconds": int(FIXED.timestamp()),
            "expected": sign(case),
        })
    out = os.path.join(os.path.dirname(__file__), "..", "Tests", "SigV4Tests", "Vectors", "sigv4.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"generator": "botocore " + botocore.__version__, "vectors": vectors}, f, indent=2,
                  ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(vectors)} vectors to {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
