// Shared container pieces, imported relative to the importing file.
{
  logConfiguration(group, region, prefix):: {
    logDriver: 'awslogs',
    options: {
      'awslogs-group': group,
      'awslogs-region': region,
      'awslogs-stream-prefix': prefix,
    },
  },

  container(name, image, tag, region):: {
    name: name,
    image: '%s:%s' % [image, tag],
    essential: true,
    portMappings: [
      { containerPort: 8080, hostPort: 8080, protocol: 'tcp' },
    ],
    logConfiguration: $.logConfiguration('/ecs/' + name, region, name),
  },
}
