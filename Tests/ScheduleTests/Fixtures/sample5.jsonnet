{
  region: 'us-east-1',
  cluster: 'api',
  rules: [
    {
      name: 'hoge-task-name',
      scheduleExpression: 'cron(0 0 * * ? *)',
      taskDefinition: 'task1',
      network_configuration: {
        aws_vpc_configuration: {
          subnets: [
            '{{ plugin `first_tfstate` `aws_subnet.private-a.id` }}',
            '{{ plugin `second_tfstate` `aws_subnet.private-c.id` }}',
          ],
          security_groups: [
            "{{ plugin `first_tfstatef` `data.aws_security_group.default['%s'].id` `first` }}",
            "{{ plugin `second_tfstatef` `data.aws_security_group.default['%s'].id` `second` }}",
          ],
          assign_public_ip: 'ENABLED',
        },
      },
    },
  ],
  plugins: [
    { name: 'tfstate', config: { path: 'testdata/terraform.tfstate' }, func_prefix: 'first_' },
    { name: 'tfstate', config: { path: 'testdata/terraform.tfstate' }, func_prefix: 'second_' },
  ],
}
