local env = std.native('env');
local must_env = std.native('must_env');
{
  region: env('ECSCHEDULE_TEST_REGION', 'ap-northeast-1'),
  cluster: must_env('ECSCHEDULE_TEST_ENV'),
  rules: [
    {
      name: 'job-' + must_env('ECSCHEDULE_TEST_ENV'),
      scheduleExpression: 'rate(1 day)',
      taskDefinition: 'task1',
      taskCount: std.extVar('COUNT'),
      disabled: must_env('ECSCHEDULE_TEST_ENV') == 'prod',
      description: std.extVar('DESCRIPTION'),
    },
  ],
}
