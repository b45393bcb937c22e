{
  network_configuration: {
    aws_vpc_configuration: {
      subnets: ['subnet-01234567', 'subnet-12345678'],
      security_groups: ['sg-11111111', 'sg-99999999'],
      assign_public_ip: 'ENABLED',
    },
  },
}
