import Config
import Documents

/// Realistic definitions as users keep them in their repos, and as `aws ecs describe-*` prints them.
enum ValidationFixtures {
    /// Parses JSON text and normalises it the way ``DefinitionLoader`` does.
    static func load(_ text: String) -> JSONValue {
        do {
            return APIKeyCase.normalize(try JSONValue.parse(text))
        } catch {
            preconditionFailure("fixture is not JSON: \(error)")
        }
    }

    /// A Fargate task definition with an app, a FireLens log router and a Datadog sidecar.
    static let fargateTaskDefinition = #"""
        {
          "family": "web", "cpu": "1 vCPU", "memory": "2048", "networkMode": "awsvpc",
          "requiresCompatibilities": ["FARGATE"],
          "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
          "taskRoleArn": "arn:aws:iam::123456789012:role/web-task",
          "runtimePlatform": {"cpuArchitecture": "ARM64", "operatingSystemFamily": "LINUX"},
          "ephemeralStorage": {"sizeInGiB": 30},
          "containerDefinitions": [
            {
              "name": "app", "image": "123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/web:v1.2.3",
              "cpu": 0, "memoryReservation": 1024, "essential": true,
              "portMappings": [{"name": "http", "containerPort": 8080, "protocol": "tcp", "appProtocol": "http"}],
              "environment": [{"name": "RAILS_ENV", "value": "production"}],
              "secrets": [{"name": "DATABASE_URL", "valueFrom": "arn:aws:ssm:ap-northeast-1:123456789012:parameter/web/db"}],
              "dockerLabels": {"com.datadoghq.ad.instances": "[{}]", "team": "web"},
              "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"],
                              "interval": 30, "timeout": 5, "retries": 3, "startPeriod": 10},
              "dependsOn": [{"containerName": "log_router", "condition": "START"}],
              "ulimits": [{"name": "nofile", "softLimit": 65536, "hardLimit": 65536}],
              "linuxParameters": {"initProcessEnabled": true},
              "mountPoints": [{"sourceVolume": "shared", "containerPath": "/shared", "readOnly": false}],
              "logConfiguration": {
                "logDriver": "awsfirelens",
                "options": {"Name": "datadog", "Host": "http-intake.logs.datadoghq.com", "TLS": "on"},
                "secretOptions": [{"name": "apikey", "valueFrom": "arn:aws:ssm:ap-northeast-1:123456789012:parameter/dd"}]
              }
            },
            {
              "name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
              "essential": true, "memoryReservation": 50, "user": "0",
              "firelensConfiguration": {"type": "fluentbit", "options": {"enable-ecs-log-metadata": "true"}},
              "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/web",
                "awslogs-region": "ap-northeast-1", "awslogs-stream-prefix": "firelens"}}
            },
            {
              "name": "datadog-agent", "image": "public.ecr.aws/datadog/agent:7", "essential": false,
              "cpu": 64, "memory": 256,
              "environment": [{"name": "ECS_FARGATE", "value": "true"}],
              "portMappings": [{"containerPort": 8126, "hostPort": 8126, "protocol": "tcp"}]
            }
          ],
          "volumes": [
            {"name": "shared"},
            {"name": "efs", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0",
              "transitEncryption": "ENABLED", "authorizationConfig": {"accessPointId": "fsap-01", "iam": "ENABLED"}}}
          ],
          "tags": [{"key": "env", "value": "production"}]
        }
        """#

    /// `aws ecs describe-task-definition --query taskDefinition` output, read-only fields included.
    static let describedTaskDefinition = #"""
        {
          "taskDefinitionArn": "arn:aws:ecs:ap-northeast-1:123456789012:task-definition/web:42",
          "containerDefinitions": [
            {"name": "app", "image": "nginx:1.27", "cpu": 0, "memory": 512,
             "portMappings": [{"containerPort": 80, "hostPort": 80, "protocol": "tcp"}],
             "essential": true, "environment": [], "mountPoints": [], "volumesFrom": [], "systemControls": [],
             "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/web"},
               "secretOptions": []}}
          ],
          "family": "web", "networkMode": "awsvpc", "revision": 42, "volumes": [], "status": "ACTIVE",
          "requiresAttributes": [{"name": "com.amazonaws.ecs.capability.logging-driver.awslogs"},
            {"name": "ecs.capability.task-eni"}],
          "placementConstraints": [], "compatibilities": ["EC2", "FARGATE"],
          "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512",
          "registeredAt": "2025-01-23T10:11:12.345000+09:00",
          "registeredBy": "arn:aws:sts::123456789012:assumed-role/deploy/ci"
        }
        """#

    /// A service definition using the structures deploys most often touch.
    static let serviceDefinition = #"""
        {
          "launchType": "FARGATE", "platformVersion": "LATEST", "desiredCount": 2,
          "deploymentConfiguration": {
            "deploymentCircuitBreaker": {"enable": true, "rollback": true},
            "maximumPercent": 200, "minimumHealthyPercent": 100
          },
          "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0a", "subnet-0b"],
            "securityGroups": ["sg-01"], "assignPublicIp": "DISABLED"}},
          "loadBalancers": [{"targetGroupArn":
            "arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/web/0123456789abcdef",
            "containerName": "app", "containerPort": 8080}],
          "serviceConnectConfiguration": {"enabled": true, "namespace": "internal",
            "services": [{"portName": "http", "discoveryName": "web",
              "clientAliases": [{"port": 80, "dnsName": "web.internal"}]}],
            "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/service-connect"}}},
          "healthCheckGracePeriodSeconds": 60, "enableExecuteCommand": true, "enableECSManagedTags": true,
          "propagateTags": "SERVICE", "schedulingStrategy": "REPLICA",
          "deploymentController": {"type": "ECS"},
          "tags": [{"key": "env", "value": "production"}]
        }
        """#

    /// One element of `aws ecs describe-services` output `services`, read-only fields included.
    static let describedService = #"""
        {
          "serviceArn": "arn:aws:ecs:ap-northeast-1:123456789012:service/prod/web", "serviceName": "web",
          "clusterArn": "arn:aws:ecs:ap-northeast-1:123456789012:cluster/prod",
          "loadBalancers": [], "serviceRegistries": [], "status": "ACTIVE", "desiredCount": 2,
          "runningCount": 2, "pendingCount": 0, "launchType": "FARGATE", "platformVersion": "LATEST",
          "platformFamily": "Linux", "taskDefinition": "arn:aws:ecs:ap-northeast-1:123456789012:task-definition/web:42",
          "deploymentConfiguration": {"deploymentCircuitBreaker": {"enable": true, "rollback": true},
            "maximumPercent": 200, "minimumHealthyPercent": 100},
          "deployments": [{"id": "ecs-svc/123", "status": "PRIMARY", "desiredCount": 2, "runningCount": 2,
            "rolloutState": "COMPLETED", "createdAt": 1737594672.123}],
          "roleArn": "arn:aws:iam::123456789012:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS",
          "events": [{"id": "e1", "createdAt": 1737594672.5, "message": "(service web) has reached a steady state."}],
          "createdAt": 1737594000.0, "placementConstraints": [], "placementStrategy": [],
          "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0a"], "securityGroups": ["sg-01"],
            "assignPublicIp": "DISABLED"}},
          "healthCheckGracePeriodSeconds": 0, "schedulingStrategy": "REPLICA",
          "deploymentController": {"type": "ECS"},
          "createdBy": "arn:aws:iam::123456789012:role/deploy", "enableECSManagedTags": true,
          "propagateTags": "NONE", "enableExecuteCommand": false, "availabilityZoneRebalancing": "ENABLED",
          "taskSets": []
        }
        """#
}
