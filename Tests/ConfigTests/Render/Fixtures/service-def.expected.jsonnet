{
  capacityProviderStrategy: [
    {
      base: 0,
      capacityProvider: 'FARGATE_SPOT',
      weight: 3,
    },
    {
      base: 1,
      capacityProvider: 'FARGATE',
      weight: 1,
    },
  ],
  deploymentConfiguration: {
    alarms: {
      alarmNames: [
        'web-5xx',
      ],
      enable: true,
      rollback: false,
    },
    deploymentCircuitBreaker: {
      enable: true,
      rollback: true,
    },
    maximumPercent: 200,
    minimumHealthyPercent: 100,
  },
  desiredCount: 3,
  enableECSManagedTags: false,
  enableExecuteCommand: true,
  healthCheckGracePeriodSeconds: 60,
  launchType: '',
  loadBalancers: [
    {
      containerName: 'app',
      containerPort: 8080,
      targetGroupArn: 'arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/web/0123456789abcdef',
    },
  ],
  networkConfiguration: {
    awsvpcConfiguration: {
      assignPublicIp: '',
      securityGroups: [
        'sg-0123456789abcdef0',
      ],
      subnets: [
        'subnet-0a1b2c3d',
        'subnet-4e5f6a7b',
      ],
    },
  },
  pendingCount: 0,
  platformVersion: '1.4.0',
  propagateTags: 'SERVICE',
  runningCount: 0,
  schedulingStrategy: '',
  serviceConnectConfiguration: {
    enabled: true,
    namespace: 'internal',
    services: [
      {
        clientAliases: [
          {
            dnsName: 'web.internal',
            port: 80,
          },
        ],
        portName: 'http',
      },
    ],
  },
  serviceName: 'web',
  tags: [
    {
      key: 'env',
      value: 'production',
    },
  ],
}
