// An ecspresso task definition: ext vars, natives and an imported library.
local lib = import 'libs/container.libsonnet';
local env = std.native('env');
local must_env = std.native('must_env');
local region = must_env('ECSWIFT_TEST_REGION');

{
  family: 'app',
  taskRoleArn: 'arn:aws:iam::123456789012:role/app-task',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: std.toString(256 * std.extVar('count')),
  memory: '1024',
  containerDefinitions: [
    lib.container('app', '123456789012.dkr.ecr.%s.amazonaws.com/app' % region, std.extVar('tag'), region) {
      cpu: 128 * std.extVar('count'),
      environment: [
        { name: 'LOG_LEVEL', value: env('ECSWIFT_TEST_LOG_LEVEL', 'info') },
        { name: 'WORKERS', value: std.toString(std.extVar('count')) },
        { name: 'MESSAGE', value: 'tab\there "quoted" ünïcode' },
      ],
      secrets: [],
    },
  ],
  ephemeralStorage: { sizeInGiB: env('ECSWIFT_TEST_UNSET', 21) },
  tags: [
    { key: 'Tag', value: std.extVar('tag') },
  ],
}
